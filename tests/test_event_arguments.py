"""code: the grammatical arguments of events we do code. Whom a demand, an appeal, an inquiry or a
protest is aimed at is often named inside a phrase rather than as the verb's object: the subject
of a to-clause whose act was handed to its noun ("wants X to pay compensation"), the agent or the
parties of the thing asked for or looked into ("an apology by X", "crimes by X's soldiers", "a
mission between X and Y"), the addressee a participle refers back to ("wrote to X urging him"),
and the demand a protest is held for ("a hunger strike to demand the resignation of X").

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


def test_wish_handed_to_a_noun_keeps_the_clause_subject(coder):
    # "pay" hands over to "compensation"; the one asked to pay is still Paraguay
    pairs = _pairs(coder, "The Uruguayan foreign minister wants Paraguay to pay compensation to the fishermen.")
    assert ("02", "URY", "PRY") in pairs


def test_demand_that_clause_subject_beats_the_beneficiary(coder):
    pairs = _pairs(coder, "Ecuador demanded that Colombia pay reparations to the displaced farmers.")
    assert ("10", "ECU", "COL") in pairs


def test_agent_of_the_thing_demanded_is_the_target(coder):
    assert ("10", "ECU", "COL") in _pairs(coder, "Ecuador's congress demanded a full apology by Colombia for the raid.")


def test_agent_of_the_crimes_investigated_is_the_target(coder):
    assert ("09", "URY", "PRY") in _pairs(coder, "Uruguay is investigating alleged abuses by Paraguayan border guards.")


def test_parties_of_a_mission_between_two_sides_are_targets(coder):
    pairs = _pairs(coder, "The Uruguayan envoy undertook a mediation mission between Ecuador and Colombia.")
    assert {("URY", "ECU"), ("URY", "COL")} <= {(s, t) for _, s, t in pairs}
    # ... but where the subject is one of the parties, they are not its targets
    pairs = _pairs(coder, "Ecuador vowed to keep promoting cooperation between Ecuador and its neighbours.")
    assert all(t != "ECU" for _, _, t in pairs)


def test_participle_on_the_addressee_is_the_writer_act(coder):
    pairs = _pairs(coder, "Paraguayan bishops wrote to the Uruguayan president urging him to free the detained journalists.")
    assert ("02", "PRY", "URY") in pairs
    assert not any(s == "URY" for _, s, _ in pairs)


def test_hunger_strike_is_aimed_at_whom_its_demand_is(coder):
    pairs = _pairs(coder, "Ecuadorian miners began a hunger strike to demand the resignation of Colombian President Ivan Roldan.")
    assert ("14", "ECU", "COL") in pairs


def test_blockade_is_aimed_at_the_owner_of_the_policy_it_opposes(coder):
    pairs = _pairs(coder, "Uruguayan truckers blocked a bridge to show their anger at Paraguay's new customs rules.")
    assert ("14", "URY", "PRY") in pairs


def test_member_state_is_the_country_not_the_organisation(coder):
    pairs = _pairs(coder, "EU-member Portugal is ready to send two frigates to Mozambique.")
    assert ("03", "PRT", "MOZ") in pairs


def test_purpose_of_the_promised_act_names_its_target(coder):
    # "to help shield X": the promise is aimed at X, through the act it is for
    assert ("03", "URY", "PRY") in _pairs(coder, "Uruguay is willing to send engineers to help shield Paraguay from the floods.")


def test_extradition_is_cooperation_with_the_receiving_state(coder):
    assert ("06", "URY", "PRY") in _pairs(coder, "Uruguay extradited a suspected drug trafficker to Paraguay on Friday.")


def test_suspension_of_links_is_aimed_at_the_partner(coder):
    pairs = _pairs(coder, "Ecuador announced a suspension of ferry links with Colombia after the incident.")
    assert ("16", "ECU", "COL") in pairs


def test_a_thing_stands_for_whoever_operates_it(coder):
    pairs = _pairs(coder, "The Uruguayan coast guard released a trawler operated by a Paraguayan firm.")
    assert ("08", "URY", "PRY") in pairs


def test_passive_agent_stranded_on_the_gerund(coder):
    pairs = _pairs(coder, "The Ecuadorian governor was accused of diverting relief funds by Colombian auditors.")
    assert ("11", "COL", "ECU") in pairs


def test_war_the_troops_are_mobilised_for_names_the_target(coder):
    assert ("15", "ECU", "COL") in _pairs(coder, "Ecuador called up naval reservists for a possible conflict against Colombia.")


def test_efforts_among_the_parties_are_aimed_at_them(coder):
    pairs = _pairs(coder, "The African Union may halt mediation efforts among Sudan's rival factions if the fighting continues.")
    assert ("13", "IGO", "SDN") in pairs


def test_strike_over_a_law_is_aimed_at_who_signed_it(coder):
    pairs = _pairs(coder, "Thousands of Ecuadorian nurses stopped work on Monday over a pension law signed by Colombian President Ivan Roldan.")
    assert ("14", "ECU", "COL") in pairs
