"""code: wordings of wire copy met in a fresh mixed batch: a statement attributed at the end by
"..., the agency reported", told on an occasion ("in a speech to parliament", "according to a
statement") or about another party's thing ("X said Y's new policy had failed"); money invested
in another country and fuel delivered to it (061); the setting of a statement ("speaking at a
party congress") is no meeting of its own.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import roots

pytestmark = pytest.mark.model

DAY = dt.date(2011, 6, 14)

_roots = partial(roots, day=DAY)


def test_statement_attributed_to_a_reporting_agency_at_the_end(coder):
    text = ("Chile's Interior Minister Rodrigo Salas said on Monday that the new tax on copper exports "
            "remained a bad idea, state radio reported.")
    assert "01" in _roots(coder, text)


def test_statement_about_another_partys_thing(coder):
    text = "Bolivia's Foreign Minister Pablo Arce said on Tuesday that Chile's new water policy had failed."
    assert "01" in _roots(coder, text)


def test_money_invested_in_another_country(coder):
    text = "Kuwait has invested $4 billion in Morocco's ports and railways, the Kuwaiti finance minister said."
    assert "06" in _roots(coder, text)


def test_fuel_delivered_to_another_country(coder):
    text = "Kazakhstan delivered a first load of fuel to Kyrgyzstan's main power station on Sunday, officials said."
    assert "06" in _roots(coder, text)


def test_speaking_at_a_congress_is_the_setting_of_a_statement(coder):
    text = ("Austria's Chancellor Werner Haid said on Sunday that Hungary had to respect the court's ruling, "
            "speaking at a party congress in Vienna.")
    assert "04" not in _roots(coder, text)
