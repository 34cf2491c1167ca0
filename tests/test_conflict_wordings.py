"""code: conflict-side sentences that used to yield no event: a formal country name written in
lower case ("the republic of X"), going back on one's word (a rejection, 12), blocking routes and
transport (obstruction, 144), and a charge or piece of evidence presented in the passive ("... was
submitted by Y": Y accuses).

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


def test_lower_case_formal_name_keeps_its_country(coder):
    pairs = _pairs(coder, "The republic of Ghana recalled its ambassador from Togo on Monday.")
    assert ("16", "GHA", "TGO") in pairs


def test_reneging_on_a_promise_is_a_rejection(coder):
    pairs = _pairs(coder, "Estonian Prime Minister Tomas Vell backtracked on his pledge to the Latvian government.")
    assert any(root == "12" and src.startswith("EST") and tgt == "LVA" for root, src, tgt in pairs)


def test_blocking_transport_is_obstruction(coder):
    pairs = _pairs(coder, "Striking Chilean truckers blocked transport routes into Valparaiso for a second day.")
    assert any(root == "14" and src.startswith("CHL") for root, src, _ in pairs)


def test_evidence_submitted_in_the_passive_is_an_accusation_by_the_agent(coder):
    pairs = _pairs(coder, "Fresh proof against the Moldovan interior ministry was submitted by Romania on Monday.")
    assert ("11", "ROU", "MDA") in pairs
