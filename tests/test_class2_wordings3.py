"""code: material cooperation told without a cooperation word: infrastructure that one side's
firms or workers build in another's country (061), and relief whose carrier's goods come "from"
a named giver (073).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2022, 9, 14)

_pairs = partial(triples, day=DAY)
_roots = partial(roots, day=DAY)


def test_foreign_firm_completing_a_railway_abroad_is_economic_cooperation(coder):
    pairs = _pairs(coder, "A Chinese state firm completed a 90-kilometre railway in Tanzania on Tuesday, officials in Dodoma said.")
    assert any(r == "06" and s.startswith("CHN") and t == "TZA" for r, s, t in pairs)


def test_foreign_contractors_building_an_airport_abroad(coder):
    pairs = _pairs(coder, "Turkish contractors built a new airport in Sudan last year.")
    assert any(r == "06" and s.startswith("TUR") and t == "SDN" for r, s, t in pairs)


def test_construction_noun_of_a_foreign_builder(coder):
    pairs = _pairs(coder, "Korean state companies started construction of a new oil terminal in Oman.")
    assert any(r == "06" and s.startswith("KOR") and t == "OMN" for r, s, t in pairs)


def test_a_state_building_at_home_codes_no_cooperation(coder):
    assert "06" not in _roots(coder, "The Egyptian government completed a new highway in Sinai on Sunday.")
    assert "06" not in _roots(coder, "The Indian government began construction of a highway in Assam.")


def test_relief_carrier_sent_by_whoever_its_goods_come_from(coder):
    pairs = _pairs(coder, "A convoy of 25 trucks carrying flour from the World Food Programme reached the besieged Yemeni city of Taiz on Friday.")
    assert any(r == "07" and s.startswith("IGO") and t == "YEM" for r, s, t in pairs)


def test_completing_a_journey_to_a_port_builds_nothing(coder):
    assert "06" not in _roots(coder, "The Iranian tanker completed a 20-day journey from China to the Iranian port of Bandar Abbas.")


def test_part_of_a_pipeline_laid_abroad(coder):
    pairs = _pairs(coder, "Turkish contractors finished laying the last section of a pipeline in Azerbaijan on Friday.")
    assert any(r == "06" and s.startswith("TUR") and t == "AZE" for r, s, t in pairs)


def test_a_line_built_abroad_names_the_country_it_links(coder):
    pairs = _pairs(coder, "A Chinese state company completed a 200-kilometre power transmission line linking Nepal to southern Tibet, officials said.")
    assert any(r == "06" and s.startswith("CHN") and t == "NPL" for r, s, t in pairs)


def test_two_states_inaugurating_a_pipeline_cooperate(coder):
    pairs = _pairs(coder, "Romania and Moldova inaugurated a gas pipeline on Friday, officials said.")
    assert ("06", "ROU", "MDA") in pairs and ("06", "MDA", "ROU") in pairs


def test_one_state_opening_its_own_railway_codes_no_cooperation(coder):
    assert "06" not in _roots(coder, "Kenya inaugurated a new railway on Tuesday.")


def test_warships_arriving_for_joint_drills_take_part_in_them(coder):
    pairs = _pairs(coder, "Two Chinese warships docked in Karachi on Friday for joint drills with the Pakistani navy.")
    assert any(r == "06" and s.startswith("CHN") and t.startswith("PAK") for r, s, t in pairs)


def test_relief_agency_telling_of_an_ownerless_convoy_sent_it(coder):
    pairs = _pairs(coder, "A convoy of 30 lorries carrying flour arrived in the Yemeni city of Taiz on Monday, the World Food Programme said.")
    assert any(r == "07" and s.startswith("IGO") and t == "YEM" for r, s, t in pairs)


def test_a_state_telling_of_an_ownerless_convoy_did_not_send_it(coder):
    pairs = _pairs(coder, "A convoy of 30 lorries carrying flour arrived in the Yemeni city of Taiz on Monday, the Saudi foreign ministry said.")
    assert not any(r == "07" and s.startswith("SAU") for r, s, t in pairs)
