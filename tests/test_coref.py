"""resolve: in-document coreference of people the dictionary does not know (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from legation import Coder, Options

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


def _sources(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [(e.source.text, e.source.code, e.source.name or "") for e in coder.code_text(text, doc_id="c", date=DAY)]


def test_a_composed_person_is_named_later_by_a_given_name(coder):
    text = ("Malawian Foreign Minister Nancy Tembo arrived in Lusaka on Monday. "
            "Nancy later met Zambian officials. Later, Tembo visited Zimbabwe.")
    sources = _sources(coder, text)
    assert ("Nancy", "MWIGOV", "Nancy Tembo") in sources
    assert ("Tembo", "MWIGOV", "Nancy Tembo") in sources


def test_a_name_part_shared_by_two_people_is_not_guessed(coder):
    text = ("Malawian Foreign Minister Nancy Tembo met Zambian Foreign Minister Nancy Mwale in Lusaka on Monday. "
            "Nancy later visited Zimbabwe.")
    assert not [s for s in _sources(coder, text) if s[0] == "Nancy" and s[2]]


def test_sentences_the_prefilter_skips_still_inform_coreference(coder):
    # the first sentence holds no trigger word, so it is never parsed; its countries still count
    text = "How would you describe the ties between Chile and Peru? The two countries signed a fisheries accord on Monday."
    with_filter = coder.code_text(text, doc_id="c", date=DAY)
    without = Coder(Options(prefilter=False), knowledge=coder.knowledge, nlp=coder.processor.nlp).code_text(text, doc_id="c", date=DAY)
    assert {e.source.country for e in with_filter if e.cameo.startswith("057")} == {"CHL", "PER"}
    assert [e.to_dict() for e in with_filter] == [e.to_dict() for e in without]


def test_a_person_before_any_known_office_is_not_former(coder):
    # the dictionary's first role for Joe Biden starts in 2009 (vice president)
    events = coder.code_text("Joe Biden visited Poland.", doc_id="c", date=dt.date(2005, 5, 1))
    (e,) = [e for e in events if e.cameo == "042"]
    assert e.source.code == "USA" and e.source.country == "USA" and e.source.name == "Joe Biden"
    assert e.source.role is None and e.source.sectors == ()


def test_a_serving_leader_is_named_by_surname_alone(coder):
    events = coder.code_text("Putin met Xi in Moscow on Monday.", doc_id="c", date=DAY)
    (e,) = [e for e in events if e.cameo == "040"]
    assert (e.source.code, e.source.name) == ("RUSGOV", "Vladimir Putin")
    assert e.target is not None and (e.target.code, e.target.name) == ("CHNGOV", "Xi Jinping")


def test_a_former_leaders_common_surname_is_not_guessed(coder):
    # Gordon Brown left office in 2010: "Brown" in 2023 news is anyone
    events = coder.code_text("Police arrested Brown in Chicago on Monday.", doc_id="c", date=DAY)
    assert all((e.target is None or e.target.name != "Gordon Brown") for e in events)


def test_a_common_bare_surname_needs_a_publication_date(coder):
    # undated: a leader's distinctive surname is taken, a common one (data/common_names.txt) is not
    events = coder.code_text("Putin met Xi in Moscow.", doc_id="c", date=None)
    assert any(e.source.name == "Vladimir Putin" for e in events)
    events = coder.code_text("Police arrested Brown in Chicago.", doc_id="c", date=None)
    assert all((e.target is None or e.target.name != "Gordon Brown") for e in events)
