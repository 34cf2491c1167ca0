"""code: appeals, cooperation, aid, inquiries and demands that name no one they are aimed at take the
country where the act is to happen, or to which it is sent, as their target ("agreed to open a
centre in X", "sent inspectors to X", "called for a truce in X"). A place where the speaker spoke,
or the place of a meeting, is no target.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_pairs = partial(triples, day=DAY)


def test_place_of_an_agreed_project_is_the_target(coder):
    assert ("03", "IGOSCN", "ZMB") in _pairs(coder, "The Nordic Council agreed to open a flood monitoring centre in Lusaka.")


def test_force_in_a_place_that_troops_are_offered_to(coder):
    assert ("03", "CAN", "HTI") in _pairs(coder, "Canada is ready to contribute 300 police officers to a stabilisation mission in Haiti.")


def test_inquiry_team_sent_to_a_country(coder):
    # the inquiry is the purpose of the sending: the country the inspectors go to is what it looks into
    assert ("09", "IGOUNO", "MWI") in _pairs(coder, "The United Nations sent 40 inspectors to Malawi on Friday to investigate the claims.")


def test_appeal_for_a_truce_in_a_country(coder):
    assert ("02", "FINGOV", "YEM") in _pairs(coder, "Finnish officials called for an immediate truce in Yemen.")


def test_demand_for_change_at_home_falls_on_the_own_country(coder):
    assert ("10", "BELLAB", "BEL") in _pairs(coder, "Belgian unions demanded sweeping labour reforms in Belgium.")


def test_where_the_speaker_spoke_is_not_where_the_act_goes(coder):
    pairs = _pairs(coder, "Speaking in Geneva, the Danish minister promised to build three rural clinics in Mali.")
    assert ("03", "DNKGOV", "MLI") in pairs and not any(t == "CHE" for _, _, t in pairs)
