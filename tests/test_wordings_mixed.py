"""code: wordings a development set in the holdout's class proportions showed missing: a capital
named as the place of an act done there (the country's people, not its government), the former
capitals that 1990s-2000s news still writes for the state (Rangoon, Bonn), a loan received from a
lender, staple foods sent to the needy as food aid, a person questioned over a matter or by
investigators (an interrogation), prison inmates as civilians, a plain statement that opens
with its speaker and names no act (010), a spokesman "for" a body speaking for it, and armed groups
that wire news names without their country.

The sentences are written for these tests; none comes from the seed articles, the gold sets or
the development sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, find, project

pytestmark = pytest.mark.model

DAY = dt.date(1998, 3, 17)


_events = partial(code, day=DAY)
_find = partial(find, day=DAY)


def _pairs(events):
    return project(events, "cameo", "source.code", "target.code")


def test_curfew_eased_in_a_capital_is_aimed_at_its_people(coder):
    # the capital is where the curfew held: the people there, not the government that eased it
    assert ("0813", "NPLMIL", "NPL") in _pairs(_events(coder, "The Nepalese army lifted the curfew in Kathmandu on Saturday."))
    # a government easing a curfew in its own capital is no act of a state on itself
    evs = _find(coder, "The Sri Lankan government eased the curfew in Colombo after two days of rioting.", "08")
    assert {(e.source.code, e.target.code) for e in evs} == {("LKAGOV", "LKA")}
    # the bare country acting keeps its capital as the government (no self-event to drop)
    assert ("0813", "BGD", "BGDGOV") in _pairs(_events(coder, "Bangladesh eased the curfew in Dhaka."))


def test_former_capitals_stand_for_the_state(coder):
    evs = _find(coder, "Malaysia's foreign minister flew to Rangoon on Monday for talks with the junta.", "04")
    assert any(e.source.code == "MYSGOV" and e.target is not None and e.target.country == "MMR" for e in evs)
    evs = _find(coder, "The Dutch prime minister arrived in Bonn on Wednesday for a meeting with Chancellor Helmut Kohl.", "04")
    assert any(e.source.code == "NLDGOV" and e.target is not None and e.target.country == "DEU" for e in evs)


def test_loan_received_from_a_lender(coder):
    evs = _events(coder, "Peru received a standby credit from the International Monetary Fund on Thursday.")
    assert [(e.cameo, e.source.country, e.target.code) for e in evs if e.cameo_root == "07"] == [("071", "IGO", "PER")]
    evs = _events(coder, "Kenya obtained a $150 million loan from the African Development Bank.")
    assert any(e.cameo == "071" and e.target is not None and e.target.code == "KEN" for e in evs)


def test_staple_food_sent_is_food_aid(coder):
    evs = _find(coder, "Canada sent 5,000 tonnes of maize to flood victims in Malawi.", "07")
    assert any(e.cameo == "073" and e.source.code == "CAN" and e.target is not None and e.target.country == "MWI" for e in evs)
    evs = _find(coder, "The World Food Programme delivered 8,000 tonnes of sorghum to Eritrea last month.", "07")
    assert any(e.cameo == "073" and e.target is not None and e.target.code == "ERI" for e in evs)


def test_questioned_over_a_matter_is_an_interrogation(coder):
    assert _find(coder, "Two former ministers were questioned by investigators over the missing funds.", "09")
    assert _find(coder, "Police questioned the former governor over the sale of state land.", "09")
    # doubting a policy is no interrogation
    assert not _find(coder, "The senator questioned the wisdom of the new tax.", "09")


def test_prison_inmates_are_civilians(coder):
    evs = _find(coder, "Hundreds of inmates went on a hunger strike at a jail outside Bogota.", "14")
    assert any(e.source.code == "COLCVL" for e in evs)


def test_plain_statement_opening_with_its_speaker(coder):
    evs = _events(coder, "Uganda's interior minister said on Friday that the harvest in the east had been poor.")
    assert [(e.cameo, e.source.code, e.target) for e in evs] == [("010", "UGAGOV", None)]
    assert evs[0].confidence <= 0.4
    # a clause that tells an act is that act, not a statement
    evs = _events(coder, "Uganda's interior minister said on Friday that rebels had attacked a police post.")
    assert "01" not in {e.cameo_root for e in evs}
    # a speaker named after the clause is not coded as a statement
    assert not _find(coder, "The harvest in the east had been poor, Uganda's interior minister said on Friday.", "01")


def test_spokesman_for_a_body_speaks_for_it(coder):
    evs = _find(coder, "A spokeswoman for the Malian defence ministry accused Algeria of harbouring the gunmen.", "11")
    assert [e.source.code for e in evs] == ["MLIGOV"]
    evs = _find(coder, "A spokesman for the Taliban accused Kabul of torturing prisoners.", "11")
    assert [e.source.code for e in evs] == ["AFGREB"]


def test_armed_groups_named_without_their_country(coder):
    evs = _find(coder, "Fighters of the Oromo Liberation Front ambushed a bus near the Kenyan border.", "19")
    assert any(e.source.code == "ETHREB" for e in evs)
    evs = _find(coder, "Militiamen loyal to the Mahdi Army fired mortars at a police station.", "19")
    assert any(e.source.country == "IRQ" for e in evs)
    evs = _find(coder, "The Revolutionary United Front freed 20 peacekeepers on Sunday.", "08")
    assert any(e.source.code == "SLEREB" for e in evs)
