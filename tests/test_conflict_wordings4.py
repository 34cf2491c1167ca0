"""code: verbal and material conflict in wordings a second fresh development set showed
missing: a demand in the mandative subjunctive ("insisted that X withdraw"), a strike one is on
("have been on hunger strike"), an offer or plan dismissed, a thing judged that stands for the
place it happened in ("denounced the elections in X"), people such as crews or fishermen
seized, a person questioned about something, a thing called a provocation or a disgrace, and
sites or evidence examined.

The sentences are written for these tests; none comes from the seed articles, the gold sets or
the development set.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, find

pytestmark = pytest.mark.model

DAY = dt.date(2002, 6, 11)


_events = partial(code, day=DAY)
_find = partial(find, day=DAY)


def test_mandative_subjunctive_is_a_demand(coder):
    evs = _find(coder, "Ukraine insisted that Russia pull its warships out of the bay.", "10")
    assert evs and evs[0].source.country == "UKR" and evs[0].target is not None and evs[0].target.country == "RUS"


def test_insisting_on_a_fact_is_no_demand(coder):
    assert not _find(coder, "Ukraine insisted that Russian warships were still in the bay.", "10")


def test_being_on_hunger_strike(coder):
    evs = _find(coder, "Jailed Turkish leftists have been on hunger strike for two months.", "14")
    assert evs and evs[0].cameo == "142" and evs[0].source.country == "TUR"


def test_offer_dismissed_is_rejected(coder):
    evs = _find(coder, "Belgrade dismissed a Croatian offer to reopen the border crossings.", "12")
    assert evs and evs[0].target is not None and evs[0].target.country == "HRV"


def test_elections_denounced_stand_for_their_country(coder):
    evs = _find(coder, "Canada denounced the elections in Zimbabwe as deeply flawed.", "11")
    assert evs and evs[0].source.country == "CAN" and evs[0].target is not None and evs[0].target.country == "ZWE"


def test_fishermen_seized_are_detained(coder):
    evs = _find(coder, "Eritrean soldiers seized 30 Yemeni fishermen near the islands.", "17")
    assert evs and evs[0].source.country == "ERI" and evs[0].target is not None and evs[0].target.country == "YEM"


def test_questioning_a_person_about_something_is_an_interrogation(coder):
    evs = _find(coder, "Belgian police questioned the former transport minister about kickbacks from a helicopter deal.", "09")
    assert evs and evs[0].source.country == "BEL"


def test_questioning_an_idea_is_no_investigation(coder):
    assert not _find(coder, "Several bankers questioned the wisdom of raising interest rates.", "09")


def test_label_noun_is_criticism(coder):
    evs = _find(coder, "Athens called the Turkish overflights a provocation.", "11")
    assert evs and evs[0].source.country == "GRC" and evs[0].target is not None and evs[0].target.country == "TUR"


def test_examining_sites_is_an_inquiry(coder):
    evs = _find(coder, "UN arms experts will examine three missile factories in Libya next week.", "09")
    assert evs and evs[0].target is not None and evs[0].target.country == "LBY"
