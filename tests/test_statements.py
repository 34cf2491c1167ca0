"""code: bare statements. A sentence that reports what a speaker told someone and tells of no
other event is the speaker's public statement (CAMEO 010) at low confidence; the gold scorer leaves such roots out of
PLOVER gold, which has no category for them.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from legation import Coder, Options
from legation.evaluate import GoldEvent, GoldRecord, GoldSet, PredictedEvent, score_set

DAY = dt.date(2023, 4, 20)


@pytest.mark.model
def test_statement_to_someone_is_coded_with_low_confidence(coder):
    events = coder.code_text("The Kenyan foreign minister told reporters on Monday the rains would return in May.", doc_id="t", date=DAY)
    assert [(e.cameo, e.source.country) for e in events] == [("010", "KEN")]
    assert events[0].target is not None and events[0].target.code == "---MED"
    assert events[0].confidence <= 0.4 and events[0].rule.startswith("statement:")


@pytest.mark.model
def test_statement_aimed_at_no_one_is_coded_only_when_it_opens_with_its_speaker(coder):
    events = coder.code_text("The Kenyan foreign minister said on Monday the rains would return in May.", doc_id="t", date=DAY)
    assert [(e.cameo, e.source.country, e.target) for e in events] == [("010", "KEN", None)]
    assert events[0].confidence <= 0.4
    # an attribution put after what was said most often tells an event the coder missed
    assert coder.code_text("The rains would return in May, the Kenyan foreign minister said on Monday.", doc_id="t", date=DAY) == []


@pytest.mark.model
def test_reported_event_wins_over_the_statement(coder):
    events = coder.code_text("The Kenyan foreign minister told reporters Kenya had sent aid to Somalia.", doc_id="t", date=DAY)
    roots = {e.cameo_root for e in events}
    assert "01" not in roots and "07" in roots


@pytest.mark.model
def test_unresolved_speaker_makes_only_an_uncoded_statement(coder):
    # a lone sentence that tells nothing but someone's words is their statement (the last word,
    # see EventExtractor._unattributed_statement): the speaker no table codes stays uncoded, at
    # the lowest confidence
    evs = coder.code_text("Officials told reporters the bridge would reopen next week.", doc_id="t", date=DAY)
    assert [(e.cameo, e.source.country) for e in evs] == [("010", None)]
    assert evs[0].confidence <= 0.3


@pytest.mark.model
def test_statements_can_be_switched_off(coder):
    quiet = Coder(Options(code_statements=False))
    assert quiet.code_text("The Kenyan foreign minister told reporters the rains would return in May.", doc_id="t", date=DAY) == []


def test_plover_gold_does_not_score_statements_or_appeals():
    rec = GoldRecord(id="a", text="A sentence.", format="plover", events=(GoldEvent(roots=("04",), pairs=(("USA", "CHN"),)),))
    other = GoldRecord(id="b", text="A sentence.", format="petr2", events=(GoldEvent(roots=("04",), pairs=(("USA", "CHN"),)),))
    gs = GoldSet(name="t.jsonl", path="t.jsonl", sha256="0" * 64, records=(rec, other), total_records=2)
    pred = [PredictedEvent("04", "USA", "CHN"), PredictedEvent("01", "USA", None), PredictedEvent("02", "USA", "CHN")]
    s = score_set(gs, {"a": pred, "b": pred})
    # record a (PLOVER): only the 04 is scored; record b (PETR-2 codes statements): all three are
    assert (s.roots.tp, s.roots.fp, s.roots.fn) == (2, 2, 0)
    assert s.unscored_events == 2 and s.predicted_events == 4


@pytest.mark.model
def test_appeal_for_something_needs_no_addressee(coder):
    events = coder.code_text("Zambian church leaders called for calm after the disputed vote.", doc_id="t", date=DAY)
    assert [(e.cameo_root, e.source.country, e.target) for e in events] == [("02", "ZMB", None)]


@pytest.mark.model
def test_what_a_reported_demand_asks_for_has_not_happened(coder):
    events = coder.code_text("Egypt's president said Britain must be willing to negotiate with Sudan.", doc_id="t", date=DAY)
    assert [e.cameo_root for e in events] == ["10"]
