"""code: cooperative events (CAMEO 01-08) in wordings found by a second fresh development set of
invented wire sentences: arms named by the craft, relief flown in, debt relief, energy sales,
embassies reopened and ambassadors named, pardon asked, refusals to say, fiscal cuts, hostages
handed over, appeals whose infinitive the parser hangs on the verb, shuttle diplomacy and troops
joining a peacekeeping force.

The sentences are written for these tests; none comes from the seed articles, the gold sets or
the development set they were found with.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2001, 3, 14)


_events = partial(code, day=DAY)


def _codes(coder, text):
    return {(e.cameo, e.source.code[:3], e.target.code[:3] if e.target else None) for e in _events(coder, text)}


def _top(coder, text):
    evs = _events(coder, text)
    assert evs, text
    return max(evs, key=lambda e: e.confidence)


def test_arms_named_by_the_craft_are_military_aid(coder):
    codes = _codes(coder, "France supplied Chad with six attack helicopters last month.")
    assert ("072", "FRA", "TCD") in codes


def test_relief_flown_to_a_country_is_humanitarian_aid(coder):
    top = _top(coder, "Oxfam flew ten tonnes of medicines to Honduras on Saturday.")
    assert top.cameo == "073"


def test_written_off_debt_is_economic_aid(coder):
    codes = _codes(coder, "Canada wrote off Ghana's debt of 200 million dollars on Monday.")
    assert any(c == "071" and s == "CAN" for c, s, t in codes)


def test_selling_gas_to_a_country_is_economic_cooperation(coder):
    codes = _codes(coder, "Algeria began exporting gas to Portugal through a new pipeline.")
    assert ("061", "DZA", "PRT") in codes


def test_reopened_embassy_restores_relations(coder):
    codes = _codes(coder, "Canada reopened its embassy in Libya on Tuesday after a long break.")
    assert ("054", "CAN", "LBY") in codes


def test_naming_an_ambassador_keeps_up_relations(coder):
    codes = _codes(coder, "Brazil appointed a new ambassador to Angola, the foreign ministry said.")
    assert ("054", "BRA", "AGO") in codes


def test_asking_forgiveness_is_an_apology(coder):
    codes = _codes(coder, "The Austrian chancellor asked Israel for forgiveness for the crimes of the war years.")
    assert ("055", "AUT", "ISR") in codes


def test_declining_to_say_is_no_comment(coder):
    top = _top(coder, "A Thai army spokesman declined to say whether Bangkok would send troops to Burma.")
    assert top.cameo == "011"


def test_cutting_a_budget_deficit_is_no_aid_cut(coder):
    roots = {e.cameo_root for e in _events(coder, "Brazil's finance minister promised the World Bank that Brasilia would cut its budget deficit.")}
    assert not roots & {"13", "16"}


def test_peacekeepers_handed_over_are_released(coder):
    codes = _codes(coder, "Militiamen in Somalia handed over nine Pakistani peacekeepers to U.N. officials on Sunday.")
    assert any(c == "0841" for c, s, t in codes)


def test_appeal_with_infinitive_after_a_time_phrase(coder):
    top = _top(coder, "Brussels pressed Tokyo on Monday to cut tariffs on European cars.")
    assert top.cameo_root == "02"


def test_shuttling_between_two_sides_is_mediation(coder):
    codes = _codes(coder, "An American envoy shuttled between Athens and Ankara on Friday to defuse the crisis.")
    assert any(c == "045" and t in ("GRC", "TUR") for c, s, t in codes)


def test_troops_joining_a_peacekeeping_force_protect(coder):
    codes = _codes(coder, "A Nepalese battalion joined the peacekeeping force in Lebanon on Monday.")
    assert any(c == "074" and s == "NPL" for c, s, t in codes)


def test_loan_tranche_paid_out_is_economic_aid_to_the_borrower(coder):
    # the recipient hangs on the loan, not on the tranche the verb takes
    codes = _codes(coder, "The African Development Bank released a 40 million dollar tranche of its loan to Zambia.")
    assert any(c == "071" and t == "ZMB" for c, s, t in codes)
