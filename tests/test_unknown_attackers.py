"""code: attacks told by their victims, whose author is not named ("three policemen were killed by
a landmine", "a car bomb killed two guards"): the weapon or the act stands for an uncoded source,
and the victims are the target, never the source.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_pairs = partial(triples, day=DAY)


def test_passive_victims_are_the_target(coder):
    assert _pairs(coder, "Two Chadian gendarmes were killed by a landmine near the Libyan border.") == {("19", "---", "TCD")}


def test_weapon_subject_is_an_unknown_attacker(coder):
    # (a bomb as the subject makes the killing a bombing, root 18)
    assert ("18", "---", "TCD") in _pairs(coder, "A car bomb killed two Chadian gendarmes in the capital.")


def test_agent_inside_the_weapon_phrase_is_the_attacker(coder):
    pairs = _pairs(coder, "Airstrikes by the Chadian army killed dozens of Boko Haram fighters on the lake.")
    assert any(src.startswith("TCD") for _, src, _ in pairs)


def test_victims_killed_in_an_ambush_are_not_its_source(coder):
    pairs = _pairs(coder, "Four Chadian gendarmes were killed in an ambush near the border.")
    assert pairs and all(src == "---" and tgt == "TCD" for _, src, tgt in pairs)


def test_engaged_in_fighting_keeps_its_subject_as_source(coder):
    pairs = _pairs(coder, "Chadian troops were engaged in heavy fighting against Boko Haram on the lake.")
    assert any(src.startswith("TCD") for _, src, _ in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Chadian police arrested three students for attacking a Libyan diplomat.",
        "Chadian police charged him with attacking a Libyan diplomat.",
        "A Chadian court convicted two men of bombing the Libyan embassy.",
    ],
)
def test_the_reason_for_an_arrest_or_charge_is_not_an_attack_by_the_police(coder, text):
    assert not any(e.cameo_root in ("18", "19", "20") for e in coder.code_text(text, doc_id="t", date=DAY))


def test_fighting_between_two_sides_is_theirs_not_the_displaced(coder):
    events = coder.code_text("Thousands of Chadian civilians were displaced by fighting between rebels and government forces.",
                             doc_id="t", date=DAY)
    fights = [e for e in events if e.cameo_root == "19"]
    assert fights and all(e.source.sectors[:1] != ("CVL",) for e in fights)
    assert {e.source.code for e in fights} == {"TCDREB", "TCDGOV"}


def test_announcing_a_clause_that_holds_the_act_codes_it_once(coder):
    events = coder.code_text("Chad's interior ministry announced that police would enforce a curfew in border towns.",
                             doc_id="t", date=DAY)
    assert [e.cameo_root for e in events] == ["13"]


def test_civilians_using_force_riot(coder):
    events = coder.code_text("Angry Chadian protesters attacked a police station in the capital.", doc_id="t", date=DAY)
    assert [e.cameo for e in events] == ["145"]
