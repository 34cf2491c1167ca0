"""code: the country pair of events whose root is right, fourth pass. A coordinated list of
objects shares the preposition hung on its last conjunct; the trade an eased embargo bars names
where it goes; "in defiance of X" names whom a protest is aimed at; protesters of no stated country
are the people of the place they protest in; a bare noun phrase set off after a noun ("with
conditions attached, X") is an aside, not part of what the phrase names; force used during a
protest against X is a riot aimed at X; a protest joining others in demanding something shares that aim;
what an attack hits is placed by a participle on it ("lines leading into <city>").

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


def _pairs(coder, text):
    return {(e.cameo_root, e.source.country, e.target.country if e.target else None)
            for e in coder.code_text(text, doc_id="t", date=DAY)}


def test_a_coordinated_object_list_shares_the_preposition_on_its_last_conjunct(coder):
    pairs = _pairs(coder, "Sudanese units launched artillery, grenade, and rocket fire against Chadian army posts near the frontier yesterday.")
    assert ("19", "SDN", "TCD") in pairs
    pairs = _pairs(coder, "Ethiopian troops launched tank, mortar, and artillery fire against Eritrean trenches overnight.")
    assert ("19", "ETH", "ERI") in pairs


def test_the_trade_an_eased_embargo_bars_names_where_it_goes(coder):
    pairs = _pairs(coder, "The parliament decided to lift sanctions on fuel exports to Venezuela and Cuba.")
    assert ("03", None, "VEN") in pairs
    assert ("03", None, "CUB") in pairs


def test_in_defiance_of_names_whom_a_protest_is_aimed_at(coder):
    pairs = _pairs(coder, "Tens of thousands of people blocked roads in Kyiv in defiance of Russian authorities.")
    assert ("14", "UKR", "RUS") in pairs


def test_protesters_of_no_country_are_of_the_place_they_protest_in(coder):
    pairs = _pairs(coder, "Angry crowds blocked roads in Lisbon on Friday in opposition to Spanish water policy.")
    assert ("14", "PRT", "ESP") in pairs


def test_a_bare_noun_set_off_after_a_phrase_is_not_what_it_names(coder):
    pairs = _pairs(coder, "The cabinet agreed to ease sanctions on grain exports to Syria, Yemen, and with conditions attached, Iran.")
    # (the aside no longer stands for the whole "with" phrase, so the listed countries come through)
    assert ("03", None, "SYR") in pairs and ("03", None, "YEM") in pairs


def test_force_used_during_a_protest_is_aimed_where_the_protest_was(coder):
    pairs = _pairs(coder, "Kenyan students hurled rocks during a march against Ugandan border rules.")
    assert ("14", "KEN", "UGA") in pairs
    pairs = _pairs(coder, "Bolivian miners threw dynamite at a rally against abuses by the Chilean navy.")
    assert ("14", "BOL", "CHL") in pairs


def test_a_protest_joining_others_in_a_demand_shares_its_aim(coder):
    pairs = _pairs(coder, "Detainees rioted at a jail in Kisumu on Friday, joining hundreds of marchers in demanding the repeal of Ugandan transit fees.")
    assert ("14", "KEN", "UGA") in pairs


def test_what_an_attack_hits_is_placed_by_a_participle_on_it(coder):
    pairs = _pairs(coder, "Somali insurgents blew up two water pipelines leading into Mogadishu last week.")
    assert ("17", "SOM", "SOM") in pairs
