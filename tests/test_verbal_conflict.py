"""code: verbal conflict (CAMEO 09-13, 16) that a sentence states in other shapes than a plain
transitive verb: negated cooperation, demands made in a that-clause or a demand noun, stances
("is opposed to"), feelings of disapproval, a state's verbal protest, indictments, statements that
carry the verb, and which event of a sentence ranks first.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import pytest

from legation import Coder
from legation.records import Event

pytestmark = pytest.mark.model

DAY = dt.date(2019, 6, 12)


def _code(coder: Coder, text: str) -> list[Event]:
    return coder.code_text(text, doc_id="t", date=DAY)


def _best(events: list[Event]) -> Event:
    assert events, "no event"
    best = events[0]
    for e in events:  # the first of equals wins, as in the evaluation
        if e.confidence > best.confidence:
            best = e
    return best


def _has(events: list[Event], code: str, src: str, tgt: Optional[str]) -> bool:
    return any(
        e.cameo.startswith(code) and e.source.country == src
        and (tgt is None and e.target is None or e.target is not None and e.target.country == tgt)
        for e in events
    )


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        # a cooperative act negated is a refusal of it
        ("Norway said it would not provide loans to Zambia.", "122", "NOR", "ZMB"),
        ("Ghana and Togo failed to reach an agreement on the border.", "12", "GHA", "TGO"),
        ("Peru will not meet the demands of the Bolivian truckers.", "124", "PER", "BOL"),
        # a demand's that-clause names whom the demand is made of
        ("Latvian officials demanded that Belarus renounce its claim to the forest.", "10", "LVA", "BLR"),
        # a demand noun with a that-clause: the demand, not the act demanded
        ("The Danish ministry repeated its demand that Iceland lift the restrictions on fishermen.", "105", "DNK", "ISL"),
        # a stance: "is opposed to"
        ("Greece is opposed to Turkish mediation in the border dispute.", "110", "GRC", "TUR"),
        # a feeling of disapproval voiced at an actor's act
        ("Japan voiced dismay at Korea's decision to close the port.", "110", "JPN", "KOR"),
        # a state protests in words
        ("Slovakia protested to Austria over the remarks of its interior minister.", "114", "SVK", "AUT"),
        # an indictment is a formal accusation
        ("A Moldovan court indicted the former mayor of Chisinau for fraud.", "112", "MDA", "MDA"),
        # evidence laid against an actor
        ("Lithuanian prosecutors handed their proof against Belarus to the judges.", "112", "LTU", "BLR"),
        # a statement that carries the verb speaks for whoever issued it
        ("Tunisia issued a statement condemning Libya's decision.", "111", "TUN", "LBY"),
    ],
)
def test_verbal_conflict_event(coder: Coder, text: str, code: str, src: str, tgt: Optional[str]) -> None:
    events = _code(coder, text)
    assert _has(events, code, src, tgt), [(e.cameo, e.source.code, e.target and e.target.code) for e in events]
    assert _best(events).cameo.startswith(code[:2])


def test_demanded_act_is_not_coded_as_done(coder: Coder) -> None:
    # what is demanded has not happened: the support named in the clause is not an event
    events = _code(coder, "Kurdish leaders demanded that Sweden match Finland's support for their cause.")
    assert _best(events).cameo_root == "10"
    assert not any(e.cameo_root == "05" for e in events)


def test_negated_past_fact_is_no_refusal(coder: Coder) -> None:
    # "did not visit" states that a visit did not happen; it refuses nothing
    events = _code(coder, "The Malian minister did not visit Senegal last year.")
    assert not any(e.cameo_root == "12" for e in events)


def test_negated_cooperation_under_a_condition_stays(coder: Coder) -> None:
    # "if ... not dropped" is a condition, not a refusal
    events = _code(coder, "If the duties are not dropped by Mexico, we will act.")
    assert not any(e.cameo_root == "12" for e in events)


def test_crowd_protest_stays_a_demonstration(coder: Coder) -> None:
    events = _code(coder, "Thousands of Kenyan students protested in Nairobi against the fees.")
    assert _best(events).cameo_root == "14"
    assert not any(e.cameo.startswith("114") for e in events)


def test_veto_of_a_condemnation_stays_a_veto(coder: Coder) -> None:
    events = _code(coder, "China vetoed a UN resolution condemning the coup in Myanmar.")
    assert _best(events).cameo.startswith("129")


def test_relative_clause_event_ranks_below_the_main_one(coder: Coder) -> None:
    # the accusation is the sentence's event; the team's brokering is background
    events = _code(coder, "Uganda accused Rwanda of arming rebels, a diplomat from the team that mediated the talks said.")
    assert _best(events).cameo_root == "11"


def test_temporal_clause_event_ranks_below_the_main_one(coder: Coder) -> None:
    events = _code(coder, "Austria recalled its ambassador from Hungary after Hungarian police arrested two Austrian reporters.")
    assert _best(events).cameo_root == "16"
