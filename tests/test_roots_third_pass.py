"""code: a third pass on roots. An attack a force is getting ready for is a force posture (15);
stones hurled in the course of a rally make a riot (145); what a demand offers "before" it is
met is conditional; a ban on aid is the cut aid (16x), not a ban of its own; the topic of
negotiations attached to the verb is only talked about.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_events = partial(code, day=DAY)
_roots = partial(roots, day=DAY)


def test_preparing_an_attack_is_a_force_posture(coder):
    evs = _events(coder, "Ethiopian artillery units were preparing to begin bombarding Eritrean positions near the river.")
    assert {e.cameo_root for e in evs} == {"15"}


def test_stones_thrown_during_a_rally_make_a_riot(coder):
    roots = _roots(coder, "Kurdish students in Diyarbakir hurled rocks during a rally against the new Turkish curfew.")
    assert "14" in roots and "18" not in roots


def test_what_a_demand_offers_before_it_is_met_is_not_done(coder):
    roots = _roots(coder, "Tuareg rebels demanded a ceasefire with Malian troops before letting relief trucks reach Kidal.")
    assert roots == {"10"}


def test_a_ban_on_aid_is_no_ban_of_its_own(coder):
    roots = _roots(coder, "Canada said it will prohibit all loans to the Venezuelan military.")
    assert "16" in roots and "13" not in roots and "17" not in roots


def test_topic_of_negotiations_attached_to_the_verb_is_not_done(coder):
    roots = _roots(coder, "Armenia and Azerbaijan resumed negotiations on Monday on an Armenian troop withdrawal from Karabakh.")
    assert "08" not in roots and "04" in roots


def test_a_threatened_curfew_is_not_imposed(coder):
    roots = _roots(coder, "The Kyrgyz interior minister threatened to introduce a curfew in Osh after the clashes.")
    assert "13" in roots and "17" not in roots


def test_demand_voiced_by_protesters_joined_is_the_protest_aim(coder):
    roots = _roots(coder, "Miners in Potosi rallied on Friday, joining hundreds of marchers in demanding higher Bolivian wages.")
    assert "14" in roots and "10" not in roots


def test_the_rest_of_an_alleged_list_is_alleged(coder):
    roots = _roots(coder, "Freedom House accused Belarus of violating human rights, ignoring international law and expelling foreign reporters.")
    assert roots == {"11"}


def test_what_a_called_for_act_is_to_serve_is_not_done(coder):
    roots = _roots(coder, "Chile called for the withdrawal of Bolivian troops from the border to end the war there.")
    assert "08" not in roots and "02" in roots


def test_joining_someone_is_no_meeting(coder):
    roots = _roots(coder, "Two Dutch frigates are expected to be joined next week by Belgian and Danish minesweepers.")
    assert "04" not in roots


_triples = partial(triples, day=DAY, source="country")


def test_a_month_named_march_is_no_protest(coder):
    roots = _roots(coder, "Rwanda will bring its battalion home from Mozambique in March, an army spokesman said.")
    assert "14" not in roots


def test_pulling_out_of_a_named_country_aims_at_it(coder):
    assert ("08", "TCD", "NER") in _triples(coder, "Chad pulled its soldiers out of Niger on Saturday.")


def test_a_caption_participle_names_the_victims_not_the_attackers(coder):
    evs = [e for e in _events(coder, "Five Burundian soldiers killed in Congolese ambush") if e.cameo_root in ("18", "19")]
    assert evs and all(e.source.country == "COD" for e in evs)
    assert all(e.target is not None and e.target.country == "BDI" for e in evs)


def test_denying_a_permit_is_a_refusal(coder):
    roots = _roots(coder, "The Greek interior ministry denied a building permit to an Albanian cultural association.")
    assert "12" in roots and "01" not in roots


def test_what_an_inquiry_looks_into_is_not_told(coder):
    roots = _roots(coder, "The Kenyan ombudsman has completed an investigation into an accusation by Somali traders that Kenyan police had seized their shops.")
    assert "11" not in roots and "18" not in roots
