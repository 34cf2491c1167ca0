"""code: the country pair of events whose root is right. An actor of no stated country who protests
against, demands of or represses one country's state or people is that country's own (PLOVER codes
domestic politics with the same country on both sides).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_pairs = partial(triples, day=DAY, source="country")


def test_protesters_of_no_stated_country_are_the_targets_own(coder):
    pairs = _pairs(coder, "Striking dockworkers staged a sit-in to protest against Portugal's new labour law.")
    assert ("14", "PRT", "PRT") in pairs


def test_demand_by_a_group_of_no_stated_country_is_domestic(coder):
    pairs = _pairs(coder, "Village elders demanded that the Malawian health ministry reopen the clinics.")
    assert ("10", "MWI", "MWI") in pairs


def test_an_official_of_no_stated_country_speaking_to_a_country_stays_uncoded(coder):
    # a government speaking of a country is as likely a foreign one
    pairs = _pairs(coder, "The visiting minister criticized Chile's fishing quotas.")
    assert ("11", None, "CHL") in pairs


def test_a_verb_whose_object_is_the_same_act_tells_it_once(coder):
    # "mounted" (force) and "invasion" (force) are one act: the mention naming Chile carries it
    pairs = _pairs(coder, "Bolivia mounted an invasion of northern Chile.")
    assert ("19", "BOL", "CHL") in pairs
    assert ("19", "BOL", None) not in pairs


def test_an_attempt_and_the_act_attempted_are_one_event(coder):
    pairs = _pairs(coder, "Separatist fighters said they attempted to assassinate the Malian defence minister.")
    assert ("18", "MLI", "MLI") in pairs
    assert ("18", "MLI", None) not in pairs


def test_withdrawal_of_x_from_y_names_x(coder):
    # the one asked to pull out is the owner of the troops, not the country they leave
    pairs = _pairs(coder, "Ghana's parliament demanded the withdrawal of Togolese troops from Burkina Faso.")
    assert ("10", "GHA", "TGO") in pairs
    assert ("10", "GHA", "BFA") not in pairs


def test_a_listed_region_before_a_group_gives_its_country(coder):
    # two countries in the sentence: only the region tells whose separatists they are
    pairs = _pairs(coder, "The Pakistani army accused Balochistan separatists of attacking a convoy, an Afghan official said.")
    assert ("11", "PAK", "PAK") in pairs


def test_a_claim_of_responsibility_is_aimed_at_the_victim_of_the_act(coder):
    pairs = _pairs(coder, "A separatist militia claimed responsibility for an attack on Gabonese police.")
    assert any(r == "01" and t == "GAB" for r, s, t in pairs)
    pairs = _pairs(coder, "The Malian army claimed that it had attacked Nigerien positions.")
    assert ("01", "MLI", "NER") in pairs


def test_a_language_is_not_its_country(coder):
    evs = coder.code_text("The Moldovan parliament lifted restrictions on the use of the Ukrainian language in state media.",
                          doc_id="t", date=DAY)
    assert evs and all(e.target is None or e.target.country != "UKR" for e in evs)


def test_a_countrys_ally_is_not_that_country(coder):
    pairs = _pairs(coder, "Rebel guerrillas killed the deputy commander of Chile's militia ally in northern Peru on Sunday.")
    assert not any(t == "CHL" for r, s, t in pairs)


def test_refusing_to_step_down_falls_on_the_leaders_own_country(coder):
    pairs = _pairs(coder, "The Zambian deputy president has declined to resign despite mounting pressure from opposition lawmakers.")
    assert ("12", "ZMB", "ZMB") in pairs


def test_a_protest_against_a_leader_of_no_stated_country_is_against_the_protesters_own(coder):
    pairs = _pairs(coder, "Hundreds of Bolivian miners staged rallies against the party's leader over a deal with a Chilean firm.")
    assert ("14", "BOL", "BOL") in pairs


def test_a_light_verb_with_a_place_target_does_not_repeat_the_aimed_act(coder):
    # "engaged X in a firefight": one fight, aimed at X, not also at the place it was in
    pairs = _pairs(coder, "Chadian rebels engaged Nigerien soldiers in a firefight in Darfur on Sunday, officials said.")
    assert ("19", "TCD", "NER") in pairs
    assert ("19", "TCD", "SDN") not in pairs


def test_a_threat_is_aimed_at_whoever_must_act_to_avert_it(coder):
    pairs = _pairs(coder, "Farmers in the Chilean south threatened today to hold a general strike unless Argentina "
                          "lifted its ban on their fruit within ten days.")
    assert ("13", "CHL", "ARG") in pairs


def test_an_object_misparsed_as_the_subject_of_a_following_participle(coder):
    # the parser may hang "four journalists" on "hiding", leaving "to" without an object
    pairs = _pairs(coder, "Ecuador has offered refuge to four Colombian journalists hiding in a church after the raid.")
    assert ("03", "ECU", "COL") in pairs
