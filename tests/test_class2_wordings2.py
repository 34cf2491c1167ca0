"""code: material cooperation, aid and yielding in more wire wordings (second round): a release whose
captives are described by a participle ("held for two years"), a state lifting its own restrictions
(no self-loop to drop), money invested abroad, peace forces reinforced, fuels shipped, islands handed
back, and a court ruling parsed as a gerund.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import roots

pytestmark = pytest.mark.model

DAY = dt.date(2014, 9, 3)

_roots = partial(roots, day=DAY)


def test_release_of_captives_held_for_months(coder):
    assert "08" in _roots(coder, "Eritrean authorities freed three Danish engineers held for eight months, a Danish diplomat said on Friday.")


def test_state_lifting_its_own_curfew_is_a_yield(coder):
    assert "08" in _roots(coder, "Tunisian authorities lifted the curfew in Tunis and the coastal cities on Sunday, the state news agency TAP reported.")


def test_money_invested_abroad_is_economic_cooperation(coder):
    assert "06" in _roots(coder, "Norway's sovereign wealth fund invested $800 million in Chilean power utility Colbun, the fund said on Monday.")


def test_troops_sent_to_reinforce_peacekeepers(coder):
    assert "07" in _roots(coder, "Senegal sent 600 soldiers to Mali on Monday to reinforce the U.N. peacekeeping mission, its army said.")


def test_fuel_shipped_to_another_country(coder):
    assert "06" in _roots(coder, "The Algerian state firm shipped 2 million barrels of diesel to Tunisia in July, port data showed.")


def test_islands_handed_back(coder):
    assert "08" in _roots(coder, "Denmark returned the disputed archipelago to Norway at a ceremony on Wednesday, officials said.")


def test_accepting_a_court_ruling_parsed_as_a_gerund(coder):
    assert "08" in _roots(coder, "The government of Gabon accepted the International Court of Justice ruling on its sea border with Equatorial Guinea, the foreign minister said.")


def test_checkpoints_dismantled_ease_a_blockade(coder):
    assert "08" in _roots(coder, "Moroccan troops dismantled roadblocks between Laayoune and Smara on Thursday to ease the movement of traders, the army said.")
