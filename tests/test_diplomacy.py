"""code: everyday diplomatic events, one sentence each (written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import pytest


pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("The Kenyan president spoke by phone with the Tanzanian president on Tuesday.", "041", "KEN", "TZA"),
        ("The Kenyan president held telephone talks with the Tanzanian president.", "041", "KEN", "TZA"),
        ("The Kenyan president held talks with the Tanzanian president.", "046", "KEN", "TZA"),
        ("Kenya and Tanzania established diplomatic relations in 1964.", "054", "KEN", "TZA"),
        ("Kenya recalled its ambassador from Tanzania.", "161", "KEN", "TZA"),
        ("The Kenyan president congratulated the Tanzanian president on his re-election.", "051", "KEN", "TZA"),
        ("Ghana will host the regional summit next month.", "043", "GHA", None),
        ("Norwegian doctors handed over medical supplies to Ukraine.", "073", "NOR", "UKR"),
        ("Chilean navy helicopters evacuated the injured from the island.", "073", "CHL", None),
        ("Dutch intelligence officials shared evidence with Belgium.", "064", "NLD", "BEL"),
        ("The Thai government cancelled restrictions on Cambodian traders.", "081", "THA", "KHM"),
        ("Canada abolished its sanctions on Libya.", "085", "CAN", "LBY"),
        ("Armenia exchanged prisoners with Azerbaijan.", "0841", "ARM", "AZE"),
        ("Eritrea and Ethiopia swapped prisoners on Friday.", "0841", "ETH", "ERI"),
        ("Bolivia severed diplomatic ties with Paraguay.", "161", "BOL", "PRY"),
        ("Denmark cut its aid to Tanzania.", "162", "DNK", "TZA"),
        ("Malawi asked the European Union for drought relief.", "023", "MWI", "IGO"),
        ("Togo called on Benin to reopen the border.", "02", "TGO", "BEN"),
        ("Armenia received artillery shells and drones from India.", "072", "IND", "ARM"),
        ("Haiti received emergency aid from Canada.", "070", "CAN", "HTI"),
    ],
)
def test_diplomatic_event(coder, text: str, code: str, source: str, target: Optional[str]):
    events = coder.code_text(text, doc_id="d", date=DAY)
    found = [e for e in events if e.cameo.startswith(code) and e.source.country == source
             and (target is None or (e.target is not None and e.target.country == target))]
    assert found, [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def test_forces_arriving_are_not_visits(coder):
    for text in ("Chilean soldiers arrived in Haiti on Tuesday.", "Nepalese police officers flew to Lebanon on Monday."):
        assert not [e for e in coder.code_text(text, doc_id="d", date=DAY) if e.cameo == "042"], text
    (visit,) = [e for e in coder.code_text("The Chilean defence minister arrived in Haiti on Tuesday.", doc_id="d", date=DAY) if e.cameo == "042"]
    assert visit.source.country == "CHL" and visit.target is not None and visit.target.country == "HTI"


def test_peacekeepers_arriving_are_peacekeeping(coder):
    events = coder.code_text("Nepalese peacekeepers arrived in Lebanon on Monday.", doc_id="d", date=DAY)
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in events if e.cameo[:2] in ("04", "07")] == [("074", "NPL", "LBN")]


def test_calling_for_a_truce_is_an_appeal(coder):
    events = coder.code_text("The Arab League called for an immediate truce in Yemen.", doc_id="d", date=DAY)
    assert [e.cameo[:2] for e in events] == ["02"] and events[0].source.country == "IGO"
