"""code: the right CAMEO root for demands voiced through a noun, expulsions, killings of many
leaders, and protests told with how they went; acts inside an arrest's reason are not coded
even where the parser hangs them on the arrest.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, roots

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_events = partial(code, day=DAY)
_roots = partial(roots, day=DAY)


def test_demand_clause_parsed_onto_the_voicing_verb(coder):
    # the that-clause is what is demanded of Chile, not an easing by Chile
    evs = _events(coder, "Sweden reiterated its demand today that Chile ease curbs on the movement of Peruvian workers.")
    assert {e.cameo_root for e in evs} == {"10"}
    assert any(e.source.code.startswith("SWE") and e.target is not None and e.target.code.startswith("CHL") for e in evs)


def test_reminder_that_the_addressee_must_act_is_a_demand(coder):
    evs = _events(coder, "The Kenyan president issued a sharp reminder on Monday to Somalia that it must respect the maritime border.")
    assert any(e.cameo_root == "10" and e.target is not None and e.target.code.startswith("SOM") for e in evs)


def test_warning_that_the_addressee_must_act_is_a_demand(coder):
    roots = _roots(coder, "Brazil warned Bolivia that it must stop the smuggling of cattle.")
    assert roots == {"10"}


def test_forcing_an_agency_out_of_the_country_is_an_expulsion(coder):
    evs = _events(coder, "Khartoum forced the Norwegian relief agency out of the country last month.")
    assert [e.cameo for e in evs] == ["1663"]


def test_forcing_people_from_their_homes_is_a_mass_expulsion(coder):
    roots = _roots(coder, "The army forced out Tuareg refugees from their homes near the Algerian border on Tuesday.")
    assert roots == {"20"}


def test_killing_many_commanders_is_no_assassination(coder):
    evs = _events(coder, "Recent Turkish drone strikes have killed at least six senior PKK commanders since May, officials said.")
    assert evs and all(e.cameo_root == "19" for e in evs)
    # one named commander is still an assassination
    assert [e.cameo for e in _events(coder, "A Turkish drone strike killed the PKK commander Ali Demir.")] == ["186"]


def test_misparsed_verb_in_the_reason_of_a_jailing_is_not_coded(coder):
    roots = _roots(coder, "An appeals court in Kampala has sentenced a Kenyan imam to four years for urging idle "
                          "youths join a militia in South Sudan, the prosecutor said.")
    assert roots == {"17"}


def test_participle_telling_how_a_riot_went_is_not_an_act_of_its_own(coder):
    roots = _roots(coder, "Chilean inmates rioted on Sunday at a prison near Santiago, setting fire to their bedding "
                          "and smashing windows, guards said.")
    assert roots == {"14"}
