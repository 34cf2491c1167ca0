"""code: cooperative events (CAMEO 01-08) in wordings found by a fresh development set of
invented wire sentences: a truce or accord between a state and its own rebels, a release whose
object carries a relative clause, and other general constructions.

The sentences are written for these tests; none comes from the seed articles, the gold sets or
the development set they were found with.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, triples

pytestmark = pytest.mark.model

DAY = dt.date(2001, 3, 14)


_events = partial(code, day=DAY)
_codes = partial(triples, day=DAY, target="code")


def test_state_and_rebels_of_one_country_make_a_truce(coder):
    codes = _codes(coder, "The Nepalese government and Maoist guerrillas announced a truce on Friday.")
    assert ("08", "NPLGOV", "NPLREB") in codes and ("08", "NPLREB", "NPLGOV") in codes


def test_state_and_rebels_of_one_country_sign_an_accord(coder):
    codes = _codes(coder, "The Angolan government and UNITA rebels signed a peace accord in Lusaka.")
    assert any(r == "05" and s == "AGOGOV" and t == "AGOREB" for r, s, t in codes)


def test_relative_clause_on_the_freed_does_not_change_the_sense(coder):
    # "hold" in the relative clause is no "release its hold on ..."
    roots = {e.cameo_root for e in _events(coder, "Chechen rebels freed two Russian journalists they had held since March.")}
    assert "08" in roots


def test_gloomy_comment_needs_no_addressee(coder):
    roots = {e.cameo for e in _events(coder, "Chile's foreign minister expressed concern over the worsening humanitarian situation along the Andean border.")}
    assert "012" in roots
    roots = {e.cameo for e in _events(coder, "The Dutch prime minister expressed hope for a quick end to the dockworkers' dispute.")}
    assert "013" in roots


def test_light_verb_appeal_for_something(coder):
    # "made an appeal for calm" is "appealed for calm": an appeal to no one in particular
    codes = _codes(coder, "A senior Norwegian diplomat made an urgent appeal on Sunday for calm in the capital.")
    assert any(r == "02" and s.startswith("NOR") for r, s, _ in codes)


def test_normalisation_of_relations_as_a_noun(coder):
    codes = _codes(coder, "Seoul announced the normalisation of diplomatic ties with Manila after a two-year rift.")
    assert any(r == "05" and s.startswith("KOR") and t and t.startswith("PHL") for r, s, t in codes)


def test_offering_an_apology_is_apologising(coder):
    codes = {e.cameo for e in _events(coder, "The Danish prime minister offered an apology to Iceland for the seizure of the trawler.")}
    assert "055" in codes and not any(c.startswith("03") for c in codes)


def test_conceding_a_fact_is_no_yielding(coder):
    roots = {e.cameo_root for e in _events(coder, "Egypt's finance ministry conceded on Monday that its growth forecast had been too optimistic.")}
    assert "08" not in roots


def test_emergency_loans_are_aid_not_a_state_of_emergency(coder):
    codes = _codes(coder, "Kuwait extended $300 million in emergency credit to Jordan on Sunday.")
    assert any(r == "07" and s.startswith("KWT") and t and t.startswith("JOR") for r, s, t in codes)
    assert not any(r == "17" for r, _, _ in codes)


def test_ignored_requests_are_no_appeal_of_the_one_ignoring(coder):
    roots = {e.cameo_root for e in _events(coder, "The Peruvian government ignored repeated requests for comment.")}
    assert "02" not in roots


def test_joint_operation_is_cooperation(coder):
    codes = _codes(coder, "Thai and Malaysian police began a joint investigation into timber smuggling on Monday.")
    assert any(r == "06" and s.startswith("THA") and t and t.startswith("MYS") for r, s, t in codes)
