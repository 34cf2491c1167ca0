"""code: places a story gives without naming them in the sentence: the wire dateline, and month
or weekday names that are towns in the gazetteer ("March", England) but times in the text.

The stories are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 6, 12)


def test_dateline_city_places_the_story_talks(coder):
    story = ("OSLO, June 12 (Reuters) - Norwegian Prime Minister Jonas Gahr Store and Chilean President "
             "Gabriel Boric signed a fisheries agreement on Wednesday.")
    events = [e for e in coder.code_text(story, doc_id="s", date=PUBLISHED) if e.cameo_root == "05"]
    assert events and all(e.location is not None and e.location.country == "NOR" for e in events)


def test_dateline_does_not_place_events_of_other_countries(coder):
    story = "OSLO, June 12 (Reuters) - Chile and Peru signed a fisheries agreement on Wednesday."
    events = [e for e in coder.code_text(story, doc_id="s", date=PUBLISHED) if e.cameo_root == "05"]
    assert events and all(e.location is None or e.location.country != "NOR" for e in events)


def test_dateline_does_not_place_old_background(coder):
    story = "OSLO, June 12 (Reuters) - Norway and Chile signed a fisheries agreement in 1998."
    events = [e for e in coder.code_text(story, doc_id="s", date=PUBLISHED) if e.cameo_root == "05"]
    assert events and all(e.location is None for e in events)


def test_a_month_is_not_a_town(coder):
    events = coder.code_text("Chile and Peru signed a fisheries agreement in March.", doc_id="s", date=PUBLISHED)
    assert events and all(e.location is None for e in events)


def test_what_is_discussed_is_neither_the_other_party_nor_the_place(coder):
    story = ("Norwegian Prime Minister Jonas Gahr Store received Chilean President Gabriel Boric in Oslo on "
             "Tuesday. The two leaders discussed the conflict in Sudan.")
    events = [e for e in coder.code_text(story, doc_id="s", date=PUBLISHED) if e.sentence_index == 1 and e.cameo_root == "04"]
    assert events
    assert {(e.source.country, e.target.country if e.target else None) for e in events} <= {("NOR", "CHL"), ("CHL", "NOR")}
    assert all(e.location is None or e.location.country != "SDN" for e in events)


def test_an_event_coordinated_with_an_upcoming_one_is_planned(coder):
    events = coder.code_text("Officials prepared for the upcoming visit of Chilean President Gabriel Boric to Norway and his "
                             "participation in an Arctic Council meeting.", doc_id="s", date=PUBLISHED)
    consult = [e for e in events if e.cameo.startswith("040")]
    assert consult and all(e.modality == "planned" for e in consult)
