"""Scoring over sets with hand-built gold records and fake predictions."""

from __future__ import annotations

import json

import pytest

from legation.evaluate import GoldEvent, GoldRecord, GoldSet, GoldSpan, PredictedEvent, render_run, score_set
from legation.evaluate._score import EvaluationRun, actor_country
from legation.records import Actor


def gold_set(*records: GoldRecord) -> GoldSet:
    return GoldSet(name="t.jsonl", path="t.jsonl", sha256="0" * 64, records=records, total_records=len(records))


def rec(id: str, root: str | None = None, pairs=(), *, reciprocal=False, **kw) -> GoldRecord:
    events = (GoldEvent(roots=(root,), pairs=tuple(pairs), reciprocal=reciprocal),) if root else ()
    return GoldRecord(id=id, text=f"Sentence {id}.", format=kw.pop("format", "petr2"), events=events, **kw)


P = PredictedEvent


def test_root_and_triple_sets_micro():
    gs = gold_set(
        rec("a", "04", [("USA", "CHN")]),
        rec("b", "11", [("RUS", "UKR")]),
        rec("c", "19", [("ISR", "PSE")]),
    )
    preds = {
        "a": [P("04", "USA", "CHN"), P("04", "USA", "CHN")],  # duplicates collapse: one set member
        "b": [P("11", "UKR", "RUS")],  # right root, wrong direction
        # c: nothing
    }
    s = score_set(gs, preds)
    assert (s.roots.tp, s.roots.fp, s.roots.fn) == (2, 0, 1)
    assert s.roots.precision == 1.0 and s.roots.recall == pytest.approx(2 / 3)
    assert (s.triples.tp, s.triples.fp, s.triples.fn) == (1, 1, 2)
    assert (s.dyads.tp, s.dyads.fp, s.dyads.fn) == (1, 1, 2)
    assert s.per_root["04"].f1 == 1.0 and s.per_root["19"].recall == 0.0
    assert s.headline()["root_f1"] == pytest.approx(0.8)


def test_extra_guesses_cost_precision():
    gs = gold_set(rec("a", "04", [("USA", "CHN")]))
    one = score_set(gs, {"a": [P("04", "USA", "CHN")]})
    many = score_set(gs, {"a": [P(r, "USA", "CHN") for r in ("01", "02", "03", "04", "05")]})
    assert one.roots.f1 == 1.0
    assert many.roots.recall == 1.0 and many.roots.precision == pytest.approx(0.2)
    assert many.roots.f1 < one.roots.f1 and many.triples.f1 < one.triples.f1


def test_reciprocal_counts_both_directions_only_if_emitted():
    gs = gold_set(rec("a", "03", [("CHL", "PER"), ("PER", "CHL")], reciprocal=True, format="plover"))
    one_way = score_set(gs, {"a": [P("03", "CHL", "PER", reciprocal=True)]})
    assert (one_way.triples.tp, one_way.triples.fn) == (1, 1)
    both = score_set(gs, {"a": [P("03", "CHL", "PER", reciprocal=True), P("03", "PER", "CHL", reciprocal=True)]})
    assert both.triples.f1 == 1.0


def test_ambiguous_gold_root_matches_either_allowed_root():
    g = GoldRecord(id="a", text="x", format="plover", events=(GoldEvent(roots=("18", "20"), pairs=(("USA", "IRQ"),)),))
    assert score_set(gold_set(g), {"a": [P("20", "USA", "IRQ")]}).triples.f1 == 1.0
    s = score_set(gold_set(g), {"a": [P("19", "USA", "IRQ")]})
    assert s.roots.tp == 0 and s.confusion == {"18": {"19": 1}}


def test_no_event_sentences_and_false_alarms():
    gs = gold_set(
        rec("a", no_events_expected=True),
        rec("b", no_events_expected=True),
        rec("c", "01", [("FRA", None)], no_events_expected=False),
    )
    s = score_set(gs, {"b": [P("01", "FRA")], "c": [P("01", "FRA")]})
    assert (s.no_event_k, s.no_event_n) == (1, 2)
    assert s.headline()["no_event_k"] == 1
    assert (s.roots.tp, s.roots.fp) == (1, 1)  # an event on a no-event sentence is a false positive
    assert s.confusion == {"01": {"01": 1}, "none": {"01": 1}}


def test_confusion_matrix_rows_gold_columns_predicted():
    gs = gold_set(rec("a", "04"), rec("b", "11"), rec("c", "19"))
    s = score_set(gs, {"a": [P("04"), P("01")], "b": [P("12")]})
    assert s.confusion == {"04": {"04": 1}, "none": {"01": 1}, "11": {"12": 1}, "19": {"none": 1}}


def test_class_macro_f1_uses_highest_confidence_event_and_no_event_is_a_miss():
    def crec(id, cls):
        return GoldRecord(id=id, text="x", format="conflibert", has_triples=False, roots_known=False, penta_class=cls)

    gs = gold_set(crec("a", 1), crec("b", 1), crec("c", 4), crec("d", 0))
    preds = {
        "a": [P("01", confidence=0.4), P("04", confidence=0.9)],  # best is 04 -> class 1 (hit)
        "b": [P("19", confidence=0.7)],  # class 4 (miss for 1, false positive for 4)
        "c": [P("18", confidence=0.5)],  # class 4 hit
        # d: no event -> a miss for class 0, no false positive anywhere
    }
    s = score_set(gs, preds)
    assert s.class_f1[1].tp == 1 and s.class_f1[1].fn == 1 and s.class_f1[1].fp == 0
    assert s.class_f1[4].tp == 1 and s.class_f1[4].fp == 1
    assert s.class_f1[0].fn == 1 and s.class_f1[0].f1 == 0.0
    expected = (2 * 1 * 0.5 / 1.5 + 2 * 0.5 * 1 / 1.5 + 0.0) / 3
    assert s.macro_f1 == pytest.approx(expected)
    assert s.roots is None and s.triples is None  # no roots known, no countries in this gold


def test_span_recall_by_overlap():
    text = "Kenya's foreign minister praised Uganda on Friday."
    g = GoldRecord(
        id="a", text=text, format="conflibert", has_triples=False, penta_class=1,
        events=(GoldEvent(roots=("05",)),),
        spans=(GoldSpan("S", 0, 24, text[0:24]), GoldSpan("T", 33, 39, "Uganda"), GoldSpan("R", 43, 49, "Friday")),
    )
    s = score_set(gold_set(g), {"a": [P("05", "KEN", "UGA", source_span=(8, 24), target_span=(0, 5))]})
    assert (s.span_recalled, s.span_total) == (1, 3)  # both predicted spans overlap only the S span
    assert s.span_by_role == {"R": (0, 1), "S": (1, 1), "T": (0, 1)}
    assert s.span_precision == 1.0 and s.headline()["span_recall"] == pytest.approx(1 / 3)
    s2 = score_set(gold_set(g), {"a": [P("05", source_span=(33, 36)), P("05", source_span=(50, 51))]})
    assert s2.span_recalled == 1 and s2.span_precision == 0.5


def test_misses_are_ranked_worst_first():
    gs = gold_set(rec("a", "04", [("USA", "CHN")]), rec("b", "11", [("RUS", "UKR")]), rec("c", "19", [("ISR", "PSE")]))
    s = score_set(gs, {"a": [P("04", "USA", "CHN")], "b": [P("01", "RUS"), P("02", "RUS")], "c": [P("19", "ISR", "SYR")]})
    assert [m.id for m in s.misses] == ["b", "c"]
    assert s.misses[0].expected == ("11 RUS->UKR",)
    assert s.misses[0].predicted[0].startswith("01 RUS->-")


def test_actor_country_from_actor():
    assert actor_country(Actor("UN", 0, 2, "IGOUNO", "IGO")) == "IGO"
    assert actor_country(Actor("Tokyo", 0, 5, "JPN", "JPN")) == "JPN"
    assert actor_country(Actor("Amnesty", 0, 7, "NGOHRI", None)) == "NGO"
    assert actor_country(Actor("rebels", 0, 6, "---REB", None)) is None
    assert actor_country(None) is None


def test_report_text_and_json_shapes():
    gs = gold_set(rec("a", "04", [("USA", "CHN")], no_events_expected=False), rec("b", no_events_expected=True))
    s = score_set(gs, {"a": [P("04", "USA", "CHN", cameo="042")]}, seconds=0.5)
    run = EvaluationRun([s], load_seconds=1.0, total_seconds=1.5)
    text = render_run(run, misses=5)
    assert "root (micro)" in text and "confusion" in text and "summary" in text
    d = json.loads(json.dumps(run.to_dict()))
    assert d["sets"]["t.jsonl"]["headline"] == {"root_f1": 1.0, "triple_f1": 1.0, "no_event_k": 1}
    assert d["sets"]["t.jsonl"]["no_event"] == {"k": 1, "n": 1}
    assert d["timing"]["sentences"] == 2
