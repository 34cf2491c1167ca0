"""code: who acts in a story when the sentence says it by reference or by role: "the two leaders",
a guest "welcomed at the palace" (a visit received, not praise), military aircraft.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 6, 12)


def test_the_two_leaders_are_the_last_two_people_named(coder):
    story = ("Canadian Prime Minister Justin Trudeau arrived in Tokyo on Tuesday. Japanese Prime Minister "
             "Fumio Kishida greeted him at the airport. On Wednesday the two leaders signed a trade accord.")
    events = [e for e in coder.code_text(story, doc_id="s", date=DAY) if e.cameo.startswith("057")]
    assert {(e.source.name, e.target.name) for e in events} >= {("Justin Trudeau", "Fumio Kishida")}


def test_welcoming_a_guest_at_a_place_is_hosting(coder):
    events = coder.code_text("Ghana's president welcomed Kishida at the Jubilee House with a guard of honour.", doc_id="s", date=DAY)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("043", "GHA", "JPN")]


def test_welcoming_a_decision_is_praise(coder):
    events = coder.code_text("Ghana welcomed Kishida's decision at the forum.", doc_id="s", date=DAY)
    assert [e.cameo for e in events] == ["051"]


def test_fighter_jets_are_the_military(coder):
    events = coder.code_text("Indian fighter jets struck camps across the border on Sunday.", doc_id="s", date=DAY)
    assert events and all(e.source.code == "INDMIL" for e in events)


def test_condemning_the_attack_is_aimed_at_the_last_attacker(coder):
    story = ("Ethiopian jets bombed a market in northern Sudan on Monday. "
             "Khartoum condemned the bombing on Tuesday.")
    events = [e for e in coder.code_text(story, doc_id="s", date=DAY) if e.cameo_root == "11"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("SDN", "ETH")]


def test_condemning_with_no_attack_told_needs_a_named_target(coder):
    events = coder.code_text("Khartoum condemned the bombing on Tuesday.", doc_id="s", date=DAY)
    assert all(e.target is None or e.target.country != "ETH" for e in events)


def test_a_titled_person_in_a_sentence_without_events_is_named_later(coder):
    story = ("Malawian President Lazarus Chakwera is due to speak at the Security Council on Friday. "
             "Ruto met Chakwera on Saturday.")
    events = [e for e in coder.code_text(story, doc_id="s", date=DAY) if e.sentence_index == 1 and e.cameo_root == "04"]
    assert any(e.target is not None and e.target.country == "MWI" for e in events)


def test_the_assembly_is_the_organisation_named_before(coder):
    story = ("Ghana's president spoke at the UN General Assembly on Tuesday. "
             "On Wednesday the Kenyan president addressed the assembly.")
    events = [e for e in coder.code_text(story, doc_id="s", date=DAY) if e.sentence_index == 1 and e.cameo_root == "04"]
    assert [(e.source.country, e.target.code if e.target else None) for e in events] == [("KEN", "IGOUNOLEG")]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Peru's president attended the general debate of the UN General Assembly on Tuesday.", "IGOUNOLEG"),
        ("Ghana's foreign minister chaired a meeting of the UN Security Council.", "IGOUNOSEC"),
    ],
)
def test_attending_or_chairing_a_session_is_taking_part(coder, text, target):
    events = coder.code_text(text, doc_id="s", date=DAY)
    assert [(e.cameo, e.target.code if e.target else None) for e in events] == [("040", target)]


def test_the_two_alone_are_the_last_two_people_named(coder):
    story = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
             "The two signed a trade accord.")
    events = [e for e in coder.code_text(story, doc_id="s", date=DAY) if e.sentence_index == 1]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {("KEN", "TZA"), ("TZA", "KEN")}


def test_a_person_named_after_an_unlisted_role_is_found_later_by_surname(coder):
    story = ("Kenyan press secretary Wanjiru Kamau spoke to reporters on Monday. "
             "Kamau accused Uganda of closing the border.")
    events = [e for e in coder.code_text(story, doc_id="s", date=DAY) if e.sentence_index == 1]
    assert [(e.cameo_root, e.source.country, e.source.name) for e in events] == [("11", "KEN", "Wanjiru Kamau")]


def test_an_organisation_official_keeps_the_organisation_later(coder):
    story = "UN special envoy Maria Lindqvist visited Khartoum on Monday. Lindqvist criticised the army."
    events = [e for e in coder.code_text(story, doc_id="s", date=DAY) if e.sentence_index == 1]
    assert events and all(e.source.code == "IGOUNO" for e in events)
