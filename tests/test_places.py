"""resolve: where events take place (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from legation import Coder

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


def _event(coder: Coder, text: str, root: str):
    events = coder.code_text(text, doc_id="p", date=DAY)
    found = [e for e in events if e.cameo.startswith(root)]
    assert found, f"no {root} event in {[(e.cameo, e.source.code) for e in events]}"
    return found[0]


def test_visit_to_a_capital_is_placed_in_that_city(coder):
    e = _event(coder, "The Kenyan foreign minister will travel to Ottawa next week.", "042")
    assert e.location is not None and e.location.country == "CAN" and e.location.name == "Ottawa"
    assert e.location.lat == pytest.approx(45.4, abs=0.2) and e.location.lon == pytest.approx(-75.7, abs=0.2)


def test_visit_to_a_country_is_placed_in_the_country(coder):
    e = _event(coder, "The Kenyan foreign minister will visit Canada next week.", "042")
    assert e.location is not None and e.location.country == "CAN" and e.location.lat is None


def test_hosting_capital_is_the_place(coder):
    e = _event(coder, "Canberra hosted the Indonesian defence minister on Monday.", "043")
    assert e.location is not None and e.location.country == "AUS" and e.location.name == "Canberra"


def test_named_city_in_a_prepositional_phrase(coder):
    e = _event(coder, "The presidents of Ghana and Togo met in Lomé on Tuesday.", "04")
    assert e.location is not None and e.location.country == "TGO" and e.location.lat is not None


def test_a_region_is_a_place_with_its_country(coder):
    e = _event(coder, "Ethiopian troops clashed with rebels in Tigray on Monday.", "19")
    assert e.location is not None and e.location.country == "ETH" and e.location.name == "Tigray"
    assert e.location.lat is not None


def test_a_visit_to_a_region_is_placed_there(coder):
    e = _event(coder, "The Japanese prime minister travelled to Okinawa on Monday.", "042")
    assert e.location is not None and (e.location.country, e.location.name) == ("JPN", "Okinawa")


def test_a_reception_between_two_parties_is_hosted_by_the_one_at_home(coder):
    events = coder.code_text("The reception between the Ghanaian and Kenyan presidents in Accra was warm.", doc_id="p", date=DAY)
    hosts = [e for e in events if e.cameo == "043"]
    assert hosts and all(e.source.country == "GHA" for e in hosts)
