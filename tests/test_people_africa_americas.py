"""people.yaml: leaders of Sub-Saharan Africa, the Americas, Oceania, North Korea and Taiwan are
known by name, by the short form news uses alone, and with the office they held on the day.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding import triples

pytestmark = pytest.mark.model


_events = triples  # (root, source code, target country); each test passes its own day


def test_full_name_without_a_country_word(coder):
    # no "Colombian" in the sentence: only the dictionary knows whose president he is
    events = _events(coder, "Gustavo Petro accused Venezuela of harbouring rebel commanders.", dt.date(2023, 5, 2))
    assert ("11", "COLGOV", "VEN") in events


def test_bare_surname_of_a_serving_president(coder):
    events = _events(coder, "Tshisekedi accused Rwanda of arming the rebels in North Kivu.", dt.date(2024, 3, 4))
    assert ("11", "CODGOV", "RWA") in events


def test_surname_after_the_full_name_in_a_story(coder):
    text = ("Nicolás Maduro met Cuban officials in Havana on Tuesday. "
            "Later that day Maduro accused Guyana of provoking a crisis over the disputed region.")
    events = _events(coder, text, dt.date(2023, 12, 5))
    assert ("11", "VENGOV", "GUY") in events


def test_roles_follow_the_date(coder):
    # Ruto was deputy president (government) in 2020; Kenyatta was no longer president in 2024
    assert ("11", "KENGOV", "SOM") in _events(
        coder, "William Ruto condemned the raid on the Somali border town.", dt.date(2020, 2, 11))
    kenyatta = _events(coder, "Uhuru Kenyatta urged Ethiopia to accept a ceasefire.", dt.date(2024, 5, 5))
    assert kenyatta and all(src == "KENELI" for _, src, _ in kenyatta)


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        ("Abiy Ahmed praised Kenya for its patient mediation.", dt.date(2022, 11, 8), "ETHGOV"),
        ("Lai Ching-te thanked Japan for its steady support.", dt.date(2024, 8, 1), "TWNGOV"),
        ("Kim Jong Un threatened South Korea with nuclear retaliation.", dt.date(2023, 3, 1), "PRKGOV"),
        ("Tinubu urged Niger's junta to release the deposed president.", dt.date(2023, 8, 10), "NGAGOV"),
    ],
)
def test_leaders_are_coded_with_their_country(coder, text, day, source):
    assert any(src == source for _, src, _ in _events(coder, text, day))
