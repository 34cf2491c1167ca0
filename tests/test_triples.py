"""code: the source and target countries of events whose target the sentence does not name in the
verb's own slots: acts a state does to its own people (curfews, emergency rule, repression).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from legation import Coder
from legation.records import Event

pytestmark = pytest.mark.model

DAY = dt.date(2019, 6, 12)


def _code(coder: Coder, text: str) -> list[Event]:
    return coder.code_text(text, doc_id="t", date=DAY)


def _triples(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.cameo[:2], e.source.country or "", e.target.country if e.target is not None else "") for e in events}


@pytest.mark.parametrize(
    "text, root, country",
    [
        ("The Malian government lifted the overnight curfew on Friday.", "08", "MLI"),
        ("Zambia's president imposed a state of emergency after the riots.", "17", "ZMB"),
        ("The Bolivian interior minister threatened to declare martial law.", "13", "BOL"),
    ],
)
def test_domestic_act_targets_own_country(coder: Coder, text: str, root: str, country: str) -> None:
    assert (root, country, country) in _triples(_code(coder, text))

