"""code: mechanisms found in a third round of whole diplomatic stories: the abbreviation "IS" for
the Islamic State, exercises a light verb stages but the parser made the subject of a participle,
and a threat told in reported speech ("said the rebels will be crushed"), which was made.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import find, triples

pytestmark = pytest.mark.model

DAY = dt.date(2024, 2, 8)

_pairs = partial(triples, day=DAY)


def test_is_abbreviation_is_the_islamic_state(coder):
    pairs = triples(coder, "Jordanian police said they detained five members of IS near Zarqa on Tuesday.", DAY, target="code")
    assert any(r == "17" and s.startswith("JOR") and (t or "").startswith("IMG") for r, s, t in pairs)


def test_is_abbreviation_as_target_of_airstrikes(coder):
    pairs = triples(coder, "Last month, French jets carried out airstrikes against IS in eastern Syria.", DAY, target="code")
    assert any(r == "19" and s.startswith("FRA") and (t or "").startswith("IMG") for r, s, t in pairs)


def test_staged_exercises_encircling_are_done_by_the_stager(coder):
    pairs = _pairs(coder, "Three days after the vote, China held military drills encircling Taiwan and called them a warning.")
    assert any(s.startswith("CHN") and t == "TWN" for _, s, t in pairs)
    assert not any(s.endswith("MIL") and s.startswith("---") for _, s, _ in pairs)


def test_reported_future_crushing_is_a_threat_made(coder):
    events = find(coder, "On Monday the Malian defence minister said the jihadists will be crushed by the army.", "13", DAY)
    assert events and all(e.modality == "occurred" for e in events)
