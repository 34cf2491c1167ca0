"""code: wordings met in real wire news that the coder missed (a second round): a disapproving
label ("called the ruling a blatant case of persecution"), a label that dismisses an accusation
("called the allegations baseless", a denial), blame by idiom ("pointed the finger at X"), the one
ranked first ("X was the first to condemn Y"), clearing an enemy out by force ("launched an
operation to root out militants"), and more.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, codes, roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2016, 5, 11)

_pairs = partial(triples, day=DAY)
_roots = partial(roots, day=DAY)
_codes = partial(codes, day=DAY)


def test_damning_label_is_criticism(coder):
    assert any(r == "11" and s.startswith("PER") for r, s, _ in
               _pairs(coder, "A Peruvian rights group called the ruling a blatant case of persecution."))


def test_label_as_a_disaster_is_criticism(coder):
    assert ("11", "ECUGOV", "PER") in _pairs(coder, "Ecuador's foreign minister described the Peruvian plan as a disaster.")


def test_label_dismissing_allegations_is_a_denial(coder):
    # CAMEO 016: rejecting an accusation, not criticism of the accuser
    assert _codes(coder, "Kenya called the Somali allegations baseless.") == {"016"}


def test_label_that_credits_allegations_is_no_denial(coder):
    assert "016" not in _codes(coder, "Kenya called the Somali allegations serious.")


def test_call_for_a_probe_into_allegations_is_an_appeal(coder):
    assert "016" not in _codes(coder, "Ghana's president called for an investigation into the allegations against Togo.")


def test_pointing_the_finger_is_blame(coder):
    assert ("11", "GHAGOV", "TGO") in _pairs(coder, "Ghana's president pointed a finger at Togo over the border raids.")


def test_first_to_condemn_acts(coder):
    assert any(r == "11" and s == "MYS" for r, s, _ in _pairs(coder, "Malaysia was the first to condemn the coup."))


def test_first_country_to_recognize_acts(coder):
    assert any(r == "05" and s == "NOR" for r, s, _ in
               _pairs(coder, "Norway was the first country to recognize the new Libyan government."))


def test_rooting_out_militants_is_fighting(coder):
    assert any(r == "19" and s.startswith("SDN") for r, s, _ in
               _pairs(coder, "Sudanese troops launched an operation to root out militants from the hills."))


def test_rooting_out_corruption_is_no_fight(coder):
    assert "19" not in _roots(coder, "The Sudanese government launched a campaign to root out corruption in the ministries.")


def test_main_verb_outranks_the_gathering_it_took_place_at(coder):
    # the main verb's target is a pronoun no earlier sentence names, its critics the organisation
    # whose gathering is only the setting
    events = code(coder, "On Thursday, she was sharply rebuked by African Union envoys at an African Union summit in Addis Ababa.", DAY)
    assert events and max(events, key=lambda e: e.confidence).cameo_root == "11"


def test_drawing_criticism_from_named_critics(coder):
    # what was criticised is no actor; the critics are named
    assert any(r == "11" and s.endswith("OPP") for r, s, _ in
               _pairs(coder, "The decision drew sharp criticism from Zambian opposition lawmakers."))


def test_eliminating_militants_is_killing(coder):
    assert any(r == "19" and s.startswith("MLI") for r, s, _ in _pairs(coder, "Malian troops eliminated several rebel commanders."))


def test_eliminating_tariffs_is_no_killing(coder):
    assert "19" not in _roots(coder, "Malian and Senegalese ministers agreed to eliminate tariffs on rice.")


def test_name_parsed_as_the_root_is_the_speaker(coder):
    # the parser hangs "called" on the name as a clause ("Hewitt [who] called ...")
    assert "11" in _roots(coder, "Hewitt called Okafor’s comments “egregious and insulting.”")


def test_breaking_up_a_cell_is_an_arrest(coder):
    assert any(r == "17" and s.startswith("TUN") for r, s, _ in _pairs(coder, "Tunisian police broke up an extremist cell in Sfax."))


def test_operations_against_an_armed_group_are_fighting(coder):
    assert any(r == "19" and s.startswith("NER") for r, s, _ in
               _pairs(coder, "Nigerien soldiers are conducting operations against Boko Haram near the lake."))


def test_operation_against_smugglers_is_no_fighting(coder):
    assert "19" not in _roots(coder, "Nigerien police launched an operation against fuel smuggling near the border.")


def test_crowds_flooding_the_streets_protest(coder):
    assert "14" in _roots(coder, "Thousands of Malawians flooded the streets of Lilongwe on Saturday.")


def test_open_to_talks_is_readiness_to_negotiate(coder):
    assert ("03", "KEN", "SOM") in _pairs(coder, "Kenya is open to talks with Somalia on the maritime border.")


def test_open_to_criticism_is_no_overture(coder):
    assert "03" not in _roots(coder, "The Kenyan minister said he was open to criticism from Somali lawmakers.")


def test_crushing_the_rebels_is_fighting(coder):
    assert any(r == "19" and s.startswith("UGA") for r, s, _ in _pairs(coder, "Ugandan troops crushed the rebel fighters near Gulu."))


def test_vowing_to_crush_the_rebels_is_a_threat(coder):
    assert "13" in _roots(coder, "Museveni vowed to crush the rebels.")


def test_one_of_the_worst_is_criticism(coder):
    assert ("11", "UGAGOV", "KEN") in _pairs(coder, "Museveni called Kenya one of the worst offenders.")


def test_inclined_to_approve_is_intent(coder):
    assert "03" in _roots(coder, "The Kenyan president said he was inclined to approve the Ugandan request.")


def test_keen_on_a_sport_is_no_intent(coder):
    assert not _roots(coder, "Kenya is keen on football.")


def test_said_to_fail_a_duty_is_criticism(coder):
    assert ("11", "KENGOV", "SOM") in _pairs(coder, "Kenya's ambassador said Somalia had failed to rein in the militants.")


def test_talks_that_failed_blame_no_one(coder):
    assert "11" not in _roots(coder, "The Kenyan president said the talks with Uganda failed to produce a deal.")
