"""code: acts told only as the aim of another act (purpose clauses are planned, not done), feelings
told as a predicate adjective (012 pessimistic / 013 optimistic comments), and who is who in them.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from legation.records import Event

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2019, 6, 12)


_code = partial(code, day=DAY)


def _find(events: list[Event], trigger: str) -> Event:
    hits = [e for e in events if e.trigger.text == trigger]
    assert hits, f"no event on {trigger!r}: {[(e.cameo, e.trigger.text) for e in events]}"
    return hits[0]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a purpose clause: the act is what the other was done for
        ("Sri Lanka moved frigates north to carry out raids on Indian trawlers.", "raids"),
        ("Belize and Guatemala signed a pact to jointly fight Honduran gangs.", "fight"),
        ("Smugglers in Gabon built boats to carry out raids on Cameroonian villages.", "raids"),
        ("Laos recruited mediators aimed at ending the Thai blockade of Cambodia.", "ending"),
    ],
)
def test_purpose_clause_is_planned(coder, text, trigger):
    ev = _find(_code(coder, text), trigger)
    assert ev.modality == "planned"
    assert ev.cameo[:2] not in ("03", "13"), "an aim is neither an intent nor a threat"


def test_done_acts_stay_occurred(coder):
    # a control verb whose complement is the act itself ("went on to" is no "going to")
    ev = _find(_code(coder, "Uruguay went on to attack Paraguayan positions along the river."), "attack")
    assert ev.modality == "occurred"
    # what a trip told as done was for took place
    ev = _find(_code(coder, "The Danish minister visited Estonia in May to sign a trade accord with Tallinn."), "sign")
    assert ev.modality == "occurred"


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        ("Nepal is pessimistic about its water dispute with India.", "012", "NPL", "IND"),
        ("The Chilean government remains worried about Bolivia.", "012", "CHL", "BOL"),
        ("Portugal is doubtful about the prospects of a deal with Angola.", "012", "PRT", "AGO"),
        ("The Malian president was alarmed by the Algerian troop movements.", "012", "MLI", "DZA"),
        ("Ireland is optimistic about the fishing talks with Norway.", "013", "IRL", "NOR"),
        ("The Slovak cabinet is confident that Hungary will ratify the treaty.", "013", "SVK", "HUN"),
    ],
)
def test_tone_adjective_is_a_comment(coder, text, code, src, tgt):
    events = _code(coder, text)
    best = max(events, key=lambda e: e.confidence) if events else None
    assert best is not None and best.cameo == code and best.source.country == src
    assert best.target is not None and best.target.country == tgt


def test_reported_tone_names_what_it_is_about(coder):
    # "X said it was optimistic about <a noun phrase naming Y>": Y, however deep in the phrase
    events = _code(coder, "Kenya said it was optimistic about the border negotiations with Uganda.")
    ev = next(e for e in events if e.cameo == "013")
    assert ev.source.country == "KEN" and ev.target is not None and ev.target.country == "UGA"


def test_feeling_words_only_as_a_predicate(coder):
    assert any(e.cameo == "012" for e in _code(coder, "Tunisia is concerned about Libya."))
    # an adjective that describes a noun, or eagerness to act, is no comment
    for text in ("The concerned parties from Tunisia met in Rome.",
                 "An optimistic forecast from Senegal pleased the bankers.",
                 "Fiji is anxious to attract tourists from Australia."):
        assert not any(e.cameo in ("012", "013") for e in _code(coder, text)), text
