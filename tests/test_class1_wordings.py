"""code: verbal cooperation told in wire wordings (CAMEO 03-05): a call dated "on <day>" made to a
leader, a courtesy call, a visitor received, a host's role, signatures put to a treaty, support
voiced for another's position, a defence spoken up for, support rallied behind an ally, recognition
switched, and cooperation stepped up (no show of force).

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


def test_a_call_dated_on_a_weekday_is_a_phone_call_not_an_appeal(coder):
    r = _roots(coder, "Chilean President Sebastian Pinera called Argentine President Cristina Fernandez on Friday "
                      "to discuss the volcanic ash cloud, his office said.")
    assert "04" in r and "02" not in r


def test_a_courtesy_call_is_a_visit(coder):
    r = _roots(coder, "Singapore's foreign minister paid a courtesy call on the King of Thailand in Bangkok on Monday.")
    assert "04" in r and "02" not in r


def test_receiving_a_visiting_official_is_hosting(coder):
    assert "04" in _roots(coder, "Kenya's defence minister received the visiting chief of the Tanzanian navy in Mombasa on Monday.")


def test_playing_host_to_a_leader_is_hosting(coder):
    assert "04" in _roots(coder, "Senegal played host to the president of Gambia in Dakar on Thursday.")


def test_signatures_put_to_a_treaty_is_an_agreement_signed(coder):
    assert "05" in _roots(coder, "Bolivia and Paraguay put their signatures to a treaty on river navigation, officials said.")


def test_support_voiced_for_a_position_is_an_endorsement(coder):
    r = _roots(coder, "Austria voiced support for Slovenia's position in the border negotiations, Austrian Foreign Minister Michael Spindelegger said after meeting Slovenian officials.")
    assert "05" in r and "01" not in r


def test_speaking_up_for_a_government_is_a_verbal_defence(coder):
    assert "05" in _roots(coder, "Russia spoke up for Belarus's government at the council, calling the sanctions unfair.")


def test_rallying_leaders_behind_an_ally_is_rallying_support(coder):
    r = _roots(coder, "Cuba rallied Caribbean leaders behind Nicaragua in its quarrel with Costa Rica.")
    assert "05" in r and "14" not in r


def test_switching_recognition_is_granting_recognition(coder):
    assert "05" in _roots(coder, "Panama switched diplomatic recognition from Taiwan to China on Tuesday.")


def test_stepping_up_cooperation_is_no_show_of_force(coder):
    r = _roots(coder, "Laos agreed to step up cooperation with Thailand in the search for soldiers lost in the war.")
    assert "03" in r and "15" not in r


def test_talks_cancelled_in_protest_are_talks_halted_not_a_protest_eased(coder):
    r = _roots(coder, "Moldova cancelled talks with Romania on Friday in protest at Bucharest's passport policy, the ministry said.")
    assert "16" in r and "08" not in r
