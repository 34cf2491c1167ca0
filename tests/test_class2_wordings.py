"""code: material cooperation, aid and yielding (CAMEO 06-08) told through wordings that name no
"aid" or "withdrawal": a ship of relief supplies that docks, peacekeepers who arrive, a brigade that
leaves, the wounded treated, refuge given, a veto dropped, an embargo revoked.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import codes, roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2014, 9, 3)

_pairs = partial(triples, day=DAY)
_codes = partial(codes, day=DAY)
_roots = partial(roots, day=DAY)


def test_relief_carrier_that_docks_is_aid(coder):
    text = "A Pakistani navy ship loaded with rice and tents docked in Chittagong on Tuesday, officials said."
    assert "073" in _codes(coder, text)


def test_relief_plane_that_lands_is_aid(coder):
    assert ("07", "JPN", "VUT") in _pairs(coder, "A Japanese relief plane landed in Vanuatu on Friday with tents and generators.")


def test_peacekeepers_arriving_are_peacekeeping(coder):
    text = "A battalion of Nepalese blue helmets arrived in Lebanon on Sunday, the mission said."
    assert "074" in _codes(coder, text)
    assert "042" not in _codes(coder, text)


def test_troops_leaving_a_country_withdraw(coder):
    assert ("08", "DNKMIL", "AFG") in _pairs(coder, "The last Danish combat battalion left Afghanistan on Monday, the army said.")


def test_a_delegation_arriving_is_still_a_visit(coder):
    # (a guard: the motion senses need a force or a relief carrier as the subject)
    assert "042" in _codes(coder, "A Chilean trade delegation arrived in Lima on Monday for talks.")


def test_treating_the_wounded_is_humanitarian_aid(coder):
    text = "Jordanian army doctors treated dozens of wounded Palestinians in Gaza on Sunday, the army said."
    assert "073" in _codes(coder, text)


def test_giving_refuge_is_asylum(coder):
    assert "075" in _codes(coder, "Norway gave refuge to a dissident Uzbek journalist last month, his lawyer said.")


def test_revoking_an_embargo_eases_sanctions(coder):
    assert ("08", "AUS", "FJI") in _pairs(coder, "Australia revoked its arms embargo against Fiji on Tuesday, the foreign minister said.")


def test_dropping_a_veto_is_a_concession(coder):
    text = "Cyprus dropped its veto on the opening of Turkey's energy chapter, diplomats said on Friday."
    assert "08" in _roots(coder, text)


def test_an_end_to_an_armed_struggle_de_escalates(coder):
    text = "The Tamil rebel group announced an end to its armed struggle on Sunday in a statement."
    assert "087" in _codes(coder, text)


def test_arms_transferred_are_military_aid(coder):
    assert ("07", "USA", "TUN") in _pairs(coder, "The United States transferred eight patrol boats to Tunisia, the embassy said.")


def test_relief_handed_out_is_aid(coder):
    text = "Turkish Red Crescent workers handed out food and blankets to refugees in northern Iraq on Monday."
    assert "073" in _codes(coder, text)


def test_shared_satellite_imagery_is_intelligence(coder):
    text = "British intelligence has been sharing satellite imagery of militant positions with Nigerian commanders, officials said."
    assert "064" in _codes(coder, text)
    assert "019" not in _codes(coder, text)


def test_handing_over_at_a_border_post_is_no_resignation(coder):
    text = "Ugandan police detained a Rwandan fugitive and handed him over at the Katuna border post on Friday."
    assert "0831" not in _codes(coder, text)
