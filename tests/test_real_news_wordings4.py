"""code: two wordings of real wire news. A document of no named author as the subject of a verbal
act ("the communique urged X to ...") still tells the act in a lone sentence, its source left
uncoded; and an attack noun whose doer is named only by its own participle ("the raid, carried
out by X, left four dead") is that doer's attack.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model

DAY = dt.date(2022, 9, 14)

_pairs = partial(triples, day=DAY)


def test_unauthored_communique_appeal_is_coded(coder):
    assert _pairs(coder, "The communique urged Bolivia to free the detained pilots.") == {("02", "---", "BOL")}


def test_unauthored_declaration_condemnation_is_coded(coder):
    assert ("11", "---", "GIN") in _pairs(coder, "The declaration condemned the coup in Guinea.")


def test_unauthored_statement_threat_is_coded(coder):
    assert {r for r, _, _ in _pairs(coder, "The statement threatened fresh tariffs and travel bans.")} == {"13"}


def test_raid_carried_out_by_named_police(coder):
    pairs = _pairs(coder, "The raid, carried out by Zambian police, left three smugglers dead.")
    assert any(r == "19" and s.startswith("ZMB") for r, s, _ in pairs)


def test_offensive_led_by_named_troops(coder):
    pairs = _pairs(coder, "An offensive led by Malian troops has driven the insurgents from two villages.")
    assert any(r == "19" and s.startswith("MLI") for r, s, _ in pairs)
