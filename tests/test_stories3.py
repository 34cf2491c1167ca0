"""Whole diplomatic stories, fifth round (invented for this test): a surname the tagger reads as a
common noun, a parliament speaker no table knows with a hyphenated given name, a pronoun after a
person first seen bare, two leaders coordinated as one subject, a journey "for" a city, "last
November", and talks at a summit or forum held where the story is filed. Checked like the seeds:
for each expected event some output event must match its CAMEO root, source and target country,
modality, start date and (where given) place."""

from __future__ import annotations

import datetime as dt

import pytest

from legation.records import Event

from coding import code_stories
from test_stories_diplomacy import _match, day

pytestmark = pytest.mark.model

D = dt.date

TOUR = """CANBERRA, Feb 6 (Wire) - Japanese Foreign Minister Takeshi Iwaya held talks with Australian officials in Canberra on Thursday about regional security.

Iwaya will travel to Wellington on Saturday to sign a defence logistics pact.
"""

SPEAKER = """SEOUL, Oct 8 (Wire) - Indonesian House of Representatives Speaker Ratna Kusuma held talks with her South Korean counterpart Park Ji-hoon in Seoul on Tuesday.

Park thanked Indonesia for its support of a regional shipping plan.

Ratna is also scheduled to meet trade officials on Wednesday. She will leave for Tokyo on Thursday.

She told reporters that Jakarta hoped for more joint projects, and she praised South Korea's support for a new training centre.
"""

SUMMIT = """NAIROBI, July 14 (Wire) - Ghanaian President John Mahama arrived in Nairobi on Thursday for a regional trade forum.

On Friday, Mahama and Nigerian President Bola Tinubu discussed the crisis in eastern Chad.

Our foreign ministers met in Accra last November, a Ghanaian official said.
"""

FORUM = """KIGALI, June 3 (Wire) - Senegalese President Bassirou Diomaye Faye urged investors at the regional business forum on Monday to back new power lines across West Africa.

On the sidelines of the forum, Faye held talks with Ghanaian President John Mahama about a joint gas project.

He also met Liberian President Joseph Boakai on Tuesday.
"""

STORIES = {
    "forum": (FORUM, D(2025, 6, 3)),  # a Tuesday
    "tour": (TOUR, D(2025, 2, 6)),  # a Thursday
    "speaker": (SPEAKER, D(2024, 10, 8)),  # a Tuesday
    "summit": (SUMMIT, D(2025, 7, 14)),  # a Monday
}


@pytest.fixture(scope="module")
def coded(coder) -> dict[str, list[Event]]:
    return code_stories(coder, STORIES)


def test_a_surname_tagged_as_a_common_noun_is_still_the_person(coded):
    # before: "Iwaya" opening the sentence was tagged NOUN, resolved to no one, and the trip was lost
    _match(coded["tour"], "04", "JPN", "NZL", "planned", day(2025, 2, 8), "NZL")


def test_a_speaker_no_table_knows_is_named_later_by_a_part_of_the_name(coded):
    # before: "Speaker" alone was no title, so "Ratna Kusuma" was never recorded; "Ratna" was no one
    meets = [e for e in coded["speaker"] if e.trigger.text == "meet"]
    assert meets and all(e.source.country == "IDN" for e in meets), meets


def test_a_hyphenated_counterpart_name_is_recorded(coded):
    # before: the lower-case tail of "Ji-hoon" was tagged a noun, so "her counterpart Park Ji-hoon"
    # recorded no person and a later "Park" was no one
    _match(coded["speaker"], "05", "KOR", "IDN", "occurred", day(2024, 10, 8))


def test_leave_for_a_city_is_the_journey_there(coded):
    # before: "will leave for Tokyo on Thursday" coded nothing
    _match(coded["speaker"], "04", "IDN", "JPN", "planned", day(2024, 10, 10), "JPN")


def test_he_after_a_subject_keeps_the_persons_country(coded):
    # before: 'he' fell on the first, countryless record of the person and coded "---"
    praised = [e for e in coded["speaker"] if e.trigger.text == "praised"]
    assert praised and all(e.source.country == "IDN" for e in praised), praised


def test_two_leaders_the_parser_hung_together_are_both_parties(coded):
    # before: "Mahama and Nigerian President Bola Tinubu discussed" read "Mahama" as a modifier of
    # Tinubu: one Nigerian subject and no partner
    _match(coded["summit"], "04", "GHA", "NGA", "occurred", day(2025, 7, 11))
    _match(coded["summit"], "04", "NGA", "GHA", "occurred", day(2025, 7, 11))


def test_last_november_is_the_month_past(coded):
    # before: "last November" was no date, and the meeting took the publication date
    met = [e for e in coded["summit"] if e.trigger.text == "met"]
    assert met and all(e.date.start == D(2024, 11, 1) and e.date.end == D(2024, 11, 30) for e in met), met


def test_talks_at_a_gathering_the_story_places_nowhere_else_are_at_the_dateline(coded):
    # before: neither Senegal nor Ghana is the dateline's country, so the talks "on the sidelines of
    # the forum" (and the later meeting) had no place
    _match(coded["forum"], "04", "SEN", "GHA", "occurred", day(2025, 6, 2), "RWA", symmetric=True)
    _match(coded["forum"], "04", "SEN", "LBR", "occurred", day(2025, 6, 3), "RWA", symmetric=True)
