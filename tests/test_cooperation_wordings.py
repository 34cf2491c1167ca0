"""code: cooperative events told through a stance adjective, a light noun or a framing noun ("is
committed to reopening", "gave a warm welcome to", "launched a mediation effort between",
"took steps to expand press freedom").

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_events = partial(triples, day=DAY, cameo="cameo", target="code")


def test_committed_to_a_gerund_is_intent_of_the_subject(coder):
    evs = _events(coder, "Ghana is committed to reopening its border crossings before the harvest.")
    assert evs and all(c.startswith("03") and src == "GHA" for c, src, _ in evs)


def test_committed_with_the_subject_on_the_auxiliary(coder):
    evs = _events(coder, "The Peruvian government is committed to improving relations with Chile.")
    assert any(c.startswith("03") and src.startswith("PER") for c, src, _ in evs)


def test_gave_a_warm_welcome_is_hosting(coder):
    evs = _events(coder, "The Kenyan president gave a warm welcome to his Ugandan counterpart at the airport.")
    assert ("043", "KENGOV", "UGAGOV") in evs or any(c == "043" and src.startswith("KEN") for c, src, _ in evs)


def test_a_mediation_effort_between_two_parties(coder):
    evs = _events(coder, "Norway has launched a new mediation effort between Ethiopia and Eritrea.")
    assert {("045", "NOR", "ETH"), ("045", "NOR", "ERI")} <= evs
    # ... but an effort abandoned tells no mediation
    evs = _events(coder, "Algerian envoys abandoned their mediation effort between Mali and the rebels.")
    assert not any(c.startswith("045") for c, _, _ in evs)


def test_steps_to_expand_press_freedom_ease_restrictions(coder):
    evs = _events(coder, "The Togolese junta has taken steps to expand press freedom in Togo.")
    assert any(c == "0811" and src.startswith("TGO") for c, src, _ in evs)


def test_an_insurgent_leader_is_no_government(coder):
    evs = _events(coder, "Malian insurgent leader Amadou Keita visited Algeria on Monday.")
    assert any(c.startswith("042") and src == "MLIINS" for c, src, _ in evs)
