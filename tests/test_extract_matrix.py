"""code: which event a sentence holds when one verb embeds another (threats, demands, refusals,
appeals, accusations, promises), conditional threats and expressed intent.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Optional

import pytest

from legation import Coder, Options
from legation.records import Event

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_code = partial(code, day=DAY)


def _roots(events: list[Event]) -> set[str]:
    return {e.cameo_root for e in events}


def _one(events: list[Event], code: str, src: str, tgt: Optional[str]) -> Event:
    found = [
        e
        for e in events
        if e.cameo.startswith(code) and e.source.country == src and (tgt is None and e.target is None or e.target is not None and e.target.country == tgt)
    ]
    assert len(found) == 1, [(e.cameo, e.source.country, e.target and e.target.country) for e in events]
    return found[0]


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        # threaten + the act threatened: the threat, with the act's target
        ("Kenya threatened to break off diplomatic relations with Tanzania.", "1313", "KEN", "TZA"),
        ("Peru threatened to impose sanctions on Chile.", "1312", "PER", "CHL"),
        # demand / refuse / urge + the act: 10x / 12x / 02x by what is asked for
        ("Ghana refused to deploy peacekeepers in Mali.", "1224", "GHA", "MLI"),
        ("The Thai government urged Cambodia to hold talks on the border.", "026", "THA", "KHM"),
        ("Norway demanded that Sweden release the detained fishermen.", "1053", "NOR", "SWE"),
        # accuse + the act accused of: the accusation only
        ("Armenia accused Azerbaijan of attacking its border posts.", "112", "ARM", "AZE"),
        # a promise of a hostile act is a threat, of a cooperative act an intent
        ("Iran vowed to attack Israel.", "13", "IRN", "ISR"),
        ("Japan pledged to provide aid to Vietnam.", "033", "JPN", "VNM"),
    ],
)
def test_matrix_verb_codes_the_event_not_the_embedded_act(coder, text, code, src, tgt):
    events = _code(coder, text)
    ev = _one(events, code, src, tgt)
    assert ev.modality == "occurred"
    assert _roots(events) == {code[:2]}, "the embedded act is not coded on its own"


def test_demanded_object_needs_no_named_target(coder):
    events = _code(coder, "Egypt demanded a ceasefire in the region.")
    assert _one(events, "1056", "EGY", None)


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        ("Angola will pull its soldiers out of Namibia unless Namibia pays its debts.", "13", "AGO", "NAM"),
        ("Russia will attack Georgia if Georgia joins the alliance.", "13", "RUS", "GEO"),
    ],
)
def test_conditional_hostile_act_is_a_threat(coder, text, code, src, tgt):
    ev = _one(_code(coder, text), code, src, tgt)
    assert ev.modality == "occurred"


def test_conditional_visit_stays_a_hypothetical_visit(coder):
    ev = _one(_code(coder, "The Kenyan president will visit Japan if the talks succeed."), "042", "KEN", "JPN")
    assert ev.modality == "hypothetical"


def test_willingness_is_intent_to_cooperate(coder):
    events = _code(coder, "Ethiopia is willing to withdraw its soldiers from Somalia.")
    assert _one(events, "035", "ETH", "SOM")
    assert _roots(events) == {"03"}


def test_plain_future_visit_stays_a_planned_visit(coder):
    ev = _one(_code(coder, "The Kenyan president will visit Japan next week."), "042", "KEN", "JPN")
    assert ev.modality == "planned"


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Chinese foreign minister said Japan must release the fishermen.", "1053"),
        ("The Chinese foreign minister said Japan should release the fishermen.", "0253"),
    ],
)
def test_reported_must_is_a_demand_and_should_an_appeal(coder, text, code):
    events = _code(coder, text)
    assert _one(events, code, "CHN", "JPN")
    assert _roots(events) == {code[:2]}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan officials warn that it is too late to save the harvest.",
        "The number of Somali refugees in Kenya declined to the lowest figure since the agreement.",
    ],
)
def test_matrix_verbs_in_other_senses_code_nothing(coder, text):
    assert not [e for e in _code(coder, text) if e.cameo_root in ("12", "13")]


def test_warning_of_a_future_act_is_a_threat(coder):
    events = _code(coder, "The Egyptian interior minister warned that police will arrest the protesters.")
    assert [e for e in events if e.cameo_root == "13" and e.source.country == "EGY"]


@pytest.mark.parametrize(
    "text, root, expected",
    [
        ("Ukrainian troops fought against Russian forces near Bakhmut.", "19", True),
        ("Vietnam will send vaccines to help Laos fight against the epidemic.", "19", False),
        ("Kenya demonstrated its commitment to the peace process.", "14", False),
        ("Kenya continued to demonstrate and portray its image as a reliable partner.", "14", False),
    ],
)
def test_conflict_verbs_need_their_conflict_sense(coder, text, root, expected):
    assert bool([e for e in _code(coder, text) if e.cameo_root == root]) is expected


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        # what is denied, claimed or commented on is not coded on its own
        ("Rwanda rejected claims by Burundi that Kigali is training rebels.", "016", "RWA", "BDI"),
        ("South Korea rejected accusations by Japan that it had violated the agreement.", "016", "KOR", "JPN"),
        ("The Kenyan president expressed sorrow over the killing of Ugandan students.", "018", "KEN", "UGA"),
        ("The World Bank declined to comment on the leaked memo.", "011", "IGO", None),
        # a reported tone
        ("The Kenyan foreign minister said he was doubtful about the negotiations.", "012", "KEN", None),
        ("The Kenyan foreign minister said he was hopeful about the negotiations.", "013", "KEN", None),
    ],
)
def test_comments_about_an_act(coder, text, code, src, tgt):
    events = _code(coder, text)
    assert _one(events, code, src, tgt)
    assert _roots(events) == {"01"}


def test_negated_tone_is_no_comment(coder):
    assert not [e for e in _code(coder, "The Israeli prime minister said he was not worried.") if e.cameo_root == "01"]


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        # criticism and complaints about an act are aimed at whoever acted; the act is not coded
        ("Albania condemned Serbia's crackdown on the protesters.", "111", "ALB", "SRB"),
        ("Greece complained about Turkish airspace violations.", "114", "GRC", "TUR"),
        # an announced hostile act is a threat (CAMEO 13: future-tense conflictual acts)
        ("The Ivorian government will impose a curfew in Abidjan.", "1323", "CIV", "CIV"),
    ],
)
def test_criticism_complaints_and_announced_hostile_acts(coder, text, code, src, tgt):
    events = _code(coder, text)
    assert _one(events, code, src, tgt)
    assert _roots(events) == {code[:2]}


def test_attempted_hostile_act_is_not_a_threat(coder):
    events = _code(coder, "Iranian agents tried to attack the networks of Israeli water utilities.")
    assert "13" not in _roots(events)


def test_weak_background_events_beside_a_resolved_event_are_dropped():
    text = "Japan signed a trade agreement with Vietnam at a meeting of Japanese officials."
    strict = Coder(Options()).code_text(text, doc_id="t", date=DAY)
    assert [(e.cameo, e.source.country) for e in strict] == [("057", "JPN")]
    loose = Coder(Options(secondary_confidence=0)).code_text(text, doc_id="t", date=DAY)
    assert {e.cameo_root for e in loose} == {"05", "04"}


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        # ending, cancelling or conceding an event is not also the event
        ("Spain called off a scheduled trip to Morocco.", "161", "ESP", "MAR"),
        ("Russia suspended talks with Ukraine.", "164", "RUS", "UKR"),
        ("The Zambian government met the demands of Malawi.", "080", "ZMB", "MWI"),
    ],
)
def test_halted_or_conceded_events_are_not_coded_themselves(coder, text, code, src, tgt):
    events = _code(coder, text)
    assert _one(events, code, src, tgt)
    assert _roots(events) == {code[:2]}


@pytest.mark.parametrize(
    "text, roots",
    [
        # an event noun that only modifies another noun is no event of its own
        ("Kenya and Somalia held ceasefire talks in Nairobi.", {"04"}),
        # "war" inside "war crimes" does not make a launch a military offensive
        ("Kenyan prosecutors opened a probe into reported abuses by Somali troops.", {"09"}),
    ],
)
def test_event_nouns_as_modifiers_code_nothing(coder, text, roots):
    assert _roots(_code(coder, text)) == roots


def test_future_diplomatic_support_is_intent(coder):
    ev = _one(_code(coder, "Greece will back Albania's application to enter NATO."), "032", "GRC", "ALB")
    assert ev.modality == "planned"


def test_receiving_things_is_not_receiving_a_visit(coder):
    assert "04" not in _roots(_code(coder, "Georgian rebels received weapons from Russia."))
    assert _one(_code(coder, "The Egyptian president received a delegation from Sudan."), "043", "EGY", None)


def test_demand_as_the_aim_of_a_protest_is_the_protest(coder):
    text = "Peruvian miners began a hunger strike outside the ministry to demand the dismissal of the energy minister."
    assert _roots(_code(coder, text)) == {"14"}


def test_sworn_hostile_act_is_a_threat_and_set_fire_is_no_plan(coder):
    assert _one(_code(coder, "Azerbaijani veterans have vowed to fight Armenian forces."), "13", "AZE", "ARM")
    events = _code(coder, "Inmates in a Brazilian prison staged a riot on Sunday, setting fire to their beds.")
    assert all(e.modality == "occurred" for e in events) and "19" not in _roots(events)


@pytest.mark.parametrize(
    "text, code, src",
    [
        # ending a restriction eases it; ending cooperation reduces relations
        ("A Thai court annulled limits on the sale of Cambodian rice.", "081", "THA"),
        ("Japan revoked its aid to Myanmar.", "162", "JPN"),
        ("Kenya annulled the curfew in Nairobi.", "0813", "KEN"),
    ],
)
def test_ending_an_event_recodes_it(coder, text, code, src):
    events = _code(coder, text)
    found = [e for e in events if e.cameo.startswith(code) and e.source.country == src]
    assert found and found[0].modality == "occurred", [(e.cameo, e.source.country) for e in events]


def test_event_nouns_that_only_date_another_event_code_nothing(coder):
    events = _code(coder, "Kenyan police arrested a Ugandan activist during the Kenyan-Ugandan summit.")
    assert "04" not in _roots(events)


def test_claiming_another_actor_attacked_is_an_accusation(coder):
    events = _code(coder, "Ukraine claimed that Belarus had attacked a Ukrainian border post.")
    assert _one(events, "112", "UKR", "BLR")
    assert _roots(events) == {"11"}


def test_praising_an_act_is_aimed_at_its_actor(coder):
    events = _code(coder, "Japan praised China's decision to resume talks with Taiwan.")
    assert _one(events, "051", "JPN", "CHN")
    assert _roots(events) == {"05"}


def test_welcoming_a_statement_is_no_reception(coder):
    events = _code(coder, "The Danish government welcomed the Norwegian prime minister's speech.")
    assert "04" not in _roots(events) and "05" in _roots(events)


def test_alleged_act_without_a_named_accuser_is_not_coded(coder):
    events = _code(coder, "Iranian operatives were accused of planning to kidnap the Kenyan journalist.")
    assert not [e for e in events if e.cameo_root in ("13", "18")]
