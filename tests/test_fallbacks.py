"""code: the fallbacks of a sentence whose rules coded nothing, tried through one entry point
(``EventExtractor._fallbacks``) in a fixed order: (1) verbal conflict by a known actor aimed at no
one named, any sentence; (2) the speaker's statement, any sentence; (3) the last resort, a
document's first sentence only, read again with unresolved actors as unknown ones. The first
that codes something is the reading.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples
from legation.code import EventExtractor

pytestmark = pytest.mark.model

DAY = dt.date(2024, 2, 6)
LEAD = "The weather was mild in the capital on Monday. "

_pairs = partial(triples, day=DAY)

AIMLESS = "The Kenyan foreign ministry condemned the ruling on Thursday."
STATEMENT = "The Ugandan president told reporters that the harvest would be poor."
LAST_RESORT = "She accused the Tanzanian ambassador of lying."


def test_aimless_conflict_is_coded_in_any_sentence(coder):
    assert _pairs(coder, AIMLESS) == {("11", "KENGOV", None)}
    assert _pairs(coder, LEAD + AIMLESS) == {("11", "KENGOV", None)}


def test_the_last_resort_reads_only_a_first_sentence(coder):
    assert _pairs(coder, LAST_RESORT) == {("11", "---", "TZA")}
    assert _pairs(coder, LEAD + LAST_RESORT) == set()


def test_aimless_conflict_comes_before_the_last_resort(coder):
    # the condemnation by a known actor is the reading; the sentence is not read again, so the
    # shelling by an unresolved "he" is not coded as an unknown actor's
    assert _pairs(coder, "He shelled the village as the Kenyan foreign ministry condemned the ruling.") == {("11", "KENGOV", None)}


def test_the_statement_comes_before_the_last_resort(coder):
    # what "they" did resolves to no one; the report is the president's statement, and the
    # seizure is not read again as an unknown actor's
    pairs = _pairs(coder, "The Ugandan president told reporters that they had seized the border post.")
    assert pairs and all(root == "01" and src == "UGAGOV" for root, src, _ in pairs)


def test_every_fallback_goes_through_one_entry_point(coder, monkeypatch):
    # with the entry point keeping only what the rules coded, none of the three fallbacks codes
    monkeypatch.setattr(EventExtractor, "_fallbacks", lambda self, doc, sent, sdoc, matches, ctx, dates, out, *rest: out)
    for text in (AIMLESS, STATEMENT, LAST_RESORT):
        assert _pairs(coder, text) == set(), text
