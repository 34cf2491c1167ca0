"""Whole diplomatic stories, fourth round (invented for this test, 2024): an arrival that names no
destination under a dateline, the next stop of a tour, an organisation's dateline, a country inside
the topic of talks, and the countries of a tour's itinerary after "the two sides". Checked like the
seeds: for each expected event some output event must match its CAMEO root, source and target
country, modality, start date and (where given) place."""

from __future__ import annotations

import datetime as dt

import pytest

from legation.records import Event

from coding import code_stories
from test_stories_diplomacy import _match, day

pytestmark = pytest.mark.model

D = dt.date

TOUR = """LUSAKA, May 16 (Wire) - Portuguese President Marcelo Rebelo de Sousa arrived on Wednesday afternoon at the start of a regional tour that began in Angola.

Zambian President Hakainde Hichilema received his guest at State House on Thursday, and the two sides signed an accord on railway cooperation.

Rebelo de Sousa continues to Maputo on Saturday for talks with Mozambican President Filipe Nyusi.
"""

ASSEMBLY = """UNITED NATIONS, Sept 26 (Wire) - Peruvian Foreign Minister Javier Gonzalez-Olaechea met Estonian Foreign Minister Margus Tsahkna on Wednesday on the margins of the General Assembly.

Gonzalez-Olaechea also held talks with the Mexican foreign minister about the electoral crisis in Venezuela.
"""

STORIES = {
    "tour": (TOUR, D(2024, 5, 16)),  # a Thursday
    "assembly": (ASSEMBLY, D(2024, 9, 26)),  # a Thursday
}


@pytest.fixture(scope="module")
def coded(coder) -> dict[str, list[Event]]:
    return code_stories(coder, STORIES)


def test_an_arrival_without_destination_visits_the_datelines_country(coded):
    # before: "arrived on Wednesday afternoon" with no "in X" told no visit
    _match(coded["tour"], "04", "PRT", "ZMB", "occurred", day(2024, 5, 15), "ZMB")


def test_the_two_sides_skip_the_country_of_the_tours_itinerary(coded):
    # before: "the two sides" after "a tour that began in Angola" were Angola and Zambia
    signed = [e for e in coded["tour"] if e.trigger.text == "signed"]
    assert signed and all({e.source.country, e.target.country if e.target else None} == {"PRT", "ZMB"} for e in signed), signed


def test_continues_to_a_city_is_the_tours_next_stop(coded):
    # before: "continues to Maputo on Saturday for talks" had no place (and was read as past)
    _match(coded["tour"], "04", "PRT", "MOZ", "planned", day(2024, 5, 18), "MOZ")


def test_an_organisations_dateline_places_the_meetings_at_its_seat(coded):
    # before: "UNITED NATIONS, ..." was no known city, and the meeting had no place
    _match(coded["assembly"], "04", "PER", "EST", "occurred", day(2024, 9, 25), "USA", symmetric=True)


def test_a_country_inside_the_topic_of_talks_is_no_place_of_them(coded):
    # before: talks "about the electoral crisis in Venezuela" took place in Venezuela
    talks = [e for e in coded["assembly"] if e.trigger.text == "talks"]
    assert talks and all(e.location is None or e.location.country != "VEN" for e in talks), talks
