"""code: material cooperation, aid and concessions (CAMEO 06, 07, 08) -- the vocabulary families
(freeing and handing over people, compensation, loans, joint exercises, allowing), refusals
("will not release"), demands made as a noun with a that-clause, and acts by a named subject that
no table knows.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from legation.records import Event

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2016, 3, 9)


_code = partial(code, day=DAY)


def _codes(events: list[Event]) -> set[str]:
    return {e.cameo for e in events}


def _roots(events: list[Event]) -> set[str]:
    return {e.cameo_root for e in events}


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Houthis let free four Omani truck drivers on Friday.", "0841"),
        ("Nepal set free 150 Tibetan refugees held near the border.", "0841"),
        ("Laos pardoned 90 political prisoners on its national day.", "0841"),
        ("Libya handed over three Tunisian fishermen to the Tunisian coast guard.", "0841"),
        ("Morocco handed the two suspects to Belgian police.", "063"),
        ("Chile paid compensation to 40 Bolivian families.", "080"),
        ("The junta gave in to mounting pressure from the street.", "080"),
        ("Uzbekistan received a team of observers from the OSCE.", "0862"),
        ("Peru eased emergency measures in the southern provinces.", "0814"),
        ("Bolivia and Paraguay resumed trade on Tuesday.", "061"),
        ("Greek and Cypriot troops conducted joint patrols along the coast.", "062"),
        ("The Asian Development Bank approved a $300 million loan to Nepal.", "071"),
        ("Kuwait lent Jordan $1 billion.", "071"),
        ("Norway donated $20 million to Somalia.", "07"),
        ("Angola shared its expertise with Namibia.", "064"),
        ("The peacekeepers handed control of the airport over to Malian troops.", "0842"),
        ("Ghana ceded the district to Togo.", "0842"),
        ("Belgian officers trained Congolese soldiers in Kisangani.", "062"),
        ("Sweden sold fighter jets to Hungary.", "072"),
        ("Denmark resumed food deliveries to Eritrea.", "070"),
        ("The regime agreed to the strikers' demands.", "080"),
    ],
)
def test_class_two_vocabulary(coder, text, code):
    events = _code(coder, text)
    assert any(e.cameo.startswith(code) for e in events), [(e.cameo, e.source.code) for e in events]


def test_allowing_someone_is_a_concession_allowing_something_is_not(coder):
    ev = _code(coder, "The governor permitted the opposition to stage a march in Lagos.")
    assert "080" in _codes(ev)
    assert "080" not in _codes(_code(coder, "Voters should allow the inquiry to run its course."))


def test_an_offer_of_aid_is_intent_not_aid(coder):
    ev = _code(coder, "Canada offered emergency aid to Nepal.")
    assert _roots(ev) == {"03"}, [(e.cameo, e.source.code) for e in ev]


def test_military_personnel_sent_are_not_arms(coder):
    ev = _code(coder, "The African Union sent 40 military and police personnel to Burundi to observe the vote.")
    assert "07" not in _roots(ev), [(e.cameo, e.source.code) for e in ev]


def test_a_monitored_ceasefire_is_not_declared(coder):
    ev = _code(coder, "Moldova agreed to admit UN monitors, who will oversee a truce between Moldova and the separatists.")
    assert "0871" not in _codes(ev), [(e.cameo, e.source.code) for e in ev]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Bahrain will not release the jailed activists.", "1243"),
        ("Nigeria said it would not provide weapons to the Chadian army.", "122"),
        ("Cairo won't open the border crossing to the refugees.", "124"),
    ],
)
def test_a_cooperative_act_refused_is_a_rejection(coder, text, code):
    events = _code(coder, text)
    assert any(e.cameo.startswith(code) and e.modality == "occurred" for e in events), [
        (e.cameo, e.modality) for e in events]
    assert not {"06", "07", "08"} & _roots(events)


def test_a_past_act_that_did_not_happen_is_no_refusal(coder):
    events = _code(coder, "Bahrain did not release the jailed activists.")
    assert all(e.cameo_root != "12" for e in events)


def test_a_demand_noun_takes_its_that_clause(coder):
    events = _code(coder, "The union repeated its demand that Qatar ease restrictions on migrant workers.")
    assert any(e.cameo.startswith("105") and e.target is not None and e.target.country == "QAT" for e in events), [
        (e.cameo, e.target and e.target.code) for e in events]
    assert "081" not in _codes(events)


def test_context_leaves_out_clauses_inside_a_prepositional_phrase(coder):
    events = _code(coder, "Sweden suspended development aid to Mali in line with a plan to end the bloodshed.")
    assert "087" not in _codes(events), [e.cameo for e in events]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Amadou Sanogo released the detained ministers.", "0841"),
        ("The jailed reporters were freed on Monday by Amadou Sanogo.", "0841"),
        ("Kwame Asante resigned on Friday.", "0831"),
    ],
)
def test_an_unknown_named_subject_still_acts(coder, text, code):
    events = _code(coder, text, day=None)
    (e,) = [e for e in events if e.cameo == code]
    assert e.source.code == "---" and e.source.country is None
    assert "Sanogo" in e.source.text or "Asante" in e.source.text


def test_an_unknown_name_with_a_thing_as_object_is_no_concession(coder):
    assert _code(coder, "Nokia released a new handset.", day=None) == []


def test_an_unstated_agent_of_a_passive_release_is_unknown(coder):
    events = _code(coder, "Nine Nepali climbers were freed on Tuesday.")
    (e,) = [e for e in events if e.cameo == "0841"]
    assert e.source.code == "---" and e.source.text == "freed"
    assert e.target is not None and e.target.country == "NPL"


def test_no_unstated_agent_for_a_permission_or_a_condition(coder):
    assert "080" not in _codes(_code(coder, "The reporter is not allowed to leave Bamako."))
    assert "0873" not in {e.cameo for e in _code(coder, "There will be no peace unless the militia is disarmed.")
                          if e.source.code == "---"}


def test_returning_home_is_not_handing_back_territory(coder):
    events = _code(coder, "Displaced families returned to their village in Kivu.")
    assert "0842" not in _codes(events)


def test_exercises_two_states_hold_together_are_military_cooperation(coder):
    events = _code(coder, "Kenya and Uganda began military exercises on Monday.")
    assert {e.cameo for e in events} == {"062"}, [(e.cameo, e.source.code) for e in events]
    assert all(e.reciprocal for e in events)
    alone = _code(coder, "Kenya held artillery exercises near the Somali border.")
    assert "150" in _codes(alone)
