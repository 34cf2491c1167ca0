"""code: verbal and material conflict in wordings a fresh development set showed missing: a
demand voiced as a noun ("renewed its demand for X to ...", "issued a demand for ..."), an
accusation told in a that-clause ("charged that X had ..."), a conditional threat in reported
speech ("warned it would ... if X ..."), an act reported before its accuser ("X did Y, Z
charged"), a copular judgement ("said X's raid was a violation of ..."), a bomb as the subject of
the damage done and laid to its author ("a bomb blamed on X wrecked ..."), warships sent into a
theatre, lending suspended, and a party banned for its links.

The sentences are written for these tests; none comes from the seed articles, the gold sets or
the development set.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, find

pytestmark = pytest.mark.model

DAY = dt.date(2002, 6, 11)


_events = partial(code, day=DAY)
_find = partial(find, day=DAY)


def test_demand_noun_with_for_object_and_to_clause(coder):
    evs = _find(coder, "Chile renewed its demand for Peru to withdraw the fishing fleet from the disputed waters.", "10")
    assert evs and evs[0].source.country == "CHL" and evs[0].target is not None and evs[0].target.country == "PER"


def test_demand_noun_voiced_names_what_is_asked(coder):
    assert _find(coder, "Dock workers in Chile issued a demand for better pensions, their union said.", "10")


def test_market_demand_is_no_demand(coder):
    assert not _find(coder, "India's demand for coal will double by 2030, the ministry said.", "10")


def test_accusation_in_a_that_clause(coder):
    evs = _find(coder, "Peru's opposition charged that Ecuador had bribed the electoral judges.", "11")
    assert evs and evs[0].source.country == "PER" and evs[0].target is not None and evs[0].target.country == "ECU"


def test_conditional_threat_in_reported_speech(coder):
    evs = _find(coder, "Serbia warned it would take strong countermeasures if Croatia recognised the breakaway region.", "13")
    assert evs and evs[0].source.country == "SRB" and evs[0].target is not None and evs[0].target.country == "HRV"


def test_trailing_accuser_reports_the_act(coder):
    # CAMEO codes the act the allegation tells when the allegation follows it
    text = "Burmese troops shelled Karen villages near the Thai border, Thai officials charged on Friday."
    roots = {e.cameo_root for e in _events(coder, text)}
    assert "19" in roots and "11" not in roots


def test_copular_judgement_is_criticism(coder):
    evs = _find(coder, "Iran said the new U.S. sanctions were a violation of the nuclear deal.", "11")
    assert evs and evs[0].source.country == "IRN" and evs[0].target is not None and evs[0].target.country == "USA"


def test_negated_judgement_is_no_criticism(coder):
    assert not _find(coder, "China said the vote was not a violation.", "11")


def test_bomb_subject_of_damage_is_a_bombing_by_whom_it_is_blamed_on(coder):
    evs = _find(coder, "A bomb blamed on Kurdish rebels damaged a restaurant in Istanbul.", "18")
    assert evs and evs[0].source.code.endswith("REB")


def test_gas_explosion_is_no_bombing(coder):
    assert not _events(coder, "A gas explosion damaged a hotel in Cancun.")


def test_warships_sent_toward_a_strait_show_force(coder):
    assert _find(coder, "Washington sent two destroyers toward the Taiwan Strait as tension with Beijing rose.", "15")


def test_lending_suspended_reduces_aid(coder):
    evs = _find(coder, "The Asian Development Bank suspended lending to Laos until an audit was finished.", "16")
    assert evs and evs[0].target is not None and evs[0].target.country == "LAO"


def test_party_banned_for_links_is_a_party_ban(coder):
    codes = {e.cameo for e in _events(coder, "A Thai court banned the pro-army People's Party for links to the coup plotters.")}
    assert "1722" in codes and not any(c.startswith("16") for c in codes)
