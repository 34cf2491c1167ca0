"""A whole news story written for this test, checked the way the seeds are: root, dyad, modality,
date and place of each expected event (an event may come with others; each expected one must be there)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import pytest

from legation.records import Event

pytestmark = pytest.mark.model

STORY = """NAIROBI, March 12 (Reuters) - Kenyan President William Ruto arrived in Addis Ababa on Wednesday for a two-day state visit, his office said.

Ruto signed trade and energy agreements with Ethiopian Prime Minister Abiy Ahmed.

"We agreed to deepen our cooperation," Ruto told reporters after the meeting. He is expected to travel to Djibouti on Friday.

Last month, Ethiopia accused Eritrea of massing troops on the border.
"""

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def events(coder) -> list[Event]:
    return coder.code_text(STORY, doc_id="story", date=PUBLISHED)


def _match(events: list[Event], root: str, src: str, tgt: Optional[str], modality: str,
           start: Optional[dt.date] = None, place: Optional[str] = None) -> Event:
    for e in events:
        if not e.cameo.startswith(root) or e.source.country != src or e.modality != modality:
            continue
        if tgt is not None and (e.target is None or e.target.country != tgt):
            continue
        if start is not None and (e.date is None or e.date.start is None or not e.date.start <= start <= (e.date.end or e.date.start)):
            continue
        if place is not None and (e.location is None or e.location.country != place):
            continue
        return e
    pytest.fail(f"no {root} {src}->{tgt} {modality} {start} in {place}: "
                f"{[(e.cameo, e.source.code, e.target.code if e.target else None, e.modality, e.date.start if e.date else None) for e in events]}")


def test_arrival_is_a_visit_today_in_the_host_country(events):
    e = _match(events, "042", "KEN", "ETH", "occurred", PUBLISHED, "ETH")
    assert e.source.name == "William Ruto"


def test_agreements_signed_where_the_visit_was(events):
    e = _match(events, "057", "KEN", "ETH", "occurred", PUBLISHED, "ETH")
    assert e.location is not None and e.location.name == "Addis Ababa" and e.location.lat is not None


def test_a_visit_place_does_not_travel_to_unrelated_events(coder):
    text = ("The Chilean president arrived in Lima on Monday for a state visit. "
            "Separately, Germany and France signed an energy accord.")
    events = coder.code_text(text, doc_id="p", date=PUBLISHED)
    (accord,) = [e for e in events if e.cameo == "057" and e.source.country == "DEU"]
    assert accord.location is None


def test_expected_trip_on_a_weekday_is_the_coming_one(events):
    e = _match(events, "042", "KEN", "DJI", "planned", dt.date(2025, 3, 14), "DJI")
    assert e.source.name == "William Ruto"  # "He" is Ruto


def test_accusation_last_month(events):
    e = _match(events, "11", "ETH", "ERI", "occurred", dt.date(2025, 2, 15))
    assert e.date is not None and (e.date.start, e.date.end) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the lead's day dates the details that follow it
        ("The Chilean president met the Peruvian president in Lima on Monday. The two leaders signed a fisheries "
         "accord.", dt.date(2025, 3, 10)),
        # a background year is not the day of today's news: undated details take the publication date
        ("Chile and Peru fought a war in 1879. The two leaders signed a fisheries accord.", PUBLISHED),
    ],
)
def test_undated_details_take_the_day_the_story_told(coder, text, expected):
    events = coder.code_text(text, doc_id="n", date=PUBLISHED)
    (signing,) = [e for e in events if e.cameo == "057" and e.source.country == "CHL"]
    assert signing.date is not None and signing.date.start == expected


def test_a_yearless_month_in_a_past_tense_sentence_is_behind_the_publication_date(coder):
    events = coder.code_text("In April, the Kenyan army detained two Ugandan soldiers.", doc_id="m", date=dt.date(2025, 11, 20))
    (e,) = [e for e in events if e.cameo.startswith("17")]
    assert e.modality == "occurred" and e.date is not None and (e.date.start, e.date.end) == (dt.date(2025, 4, 1), dt.date(2025, 4, 30))
