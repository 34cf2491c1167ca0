"""resolve: a leader named by surname in a lone, undated sentence (gold sets, pasted quotes). The
form's one dictionary owner is taken when the title beside it is one of their offices, or, bare,
when they led one country only; with a publication date the dated rules apply unchanged.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _sources(coder, text, date=None):
    return [(e.source.code, e.source.name) for e in coder.code_text(text, doc_id="t", date=date)]


def test_titled_surname_without_a_date(coder):
    assert _sources(coder, "President Obama criticised Venezuela on Monday.") == [("USAGOV", "Barack Obama")]


def test_bare_leader_surname_without_a_date(coder):
    events = coder.code_text("Merkel met Macron in Berlin.", doc_id="t")
    assert {(e.source.country, e.target.country) for e in events} >= {("DEU", "FRA")}


def test_title_that_is_not_one_of_their_offices_stays_unresolved(coder):
    # Obama never held a foreign-minister post: the title does not fit the dictionary person
    assert all(name != "Barack Obama" for _, name in _sources(coder, "Foreign Minister Obama criticised Venezuela."))


def test_dated_rules_are_unchanged(coder):
    # in 1995 no dictionary Obama held office: the surname is not resolved from the dictionary
    assert all(name != "Barack Obama" for _, name in _sources(coder, "President Obama criticised Venezuela.", dt.date(1995, 3, 1)))
