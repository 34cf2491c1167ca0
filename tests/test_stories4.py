"""Whole diplomatic stories, sixth round (invented for this test): an accepted invitation that
names only the place to be visited, experts sent abroad as aid, and aid pledged or offered with no
recipient named (the giver's last partner in the story, else the country the story is filed from),
a meeting planned in the coming days with the country the story is filed from, and leaders of no one
country addressed at an organisation's summit, and a day told in a relative clause that the story's
later acts do not inherit.
Checked like the seeds: for each expected event some output event must match its CAMEO root, source
and target country, modality and start date."""

from __future__ import annotations

import datetime as dt

import pytest

from legation.records import Event
from test_stories_diplomacy import _match, day

pytestmark = pytest.mark.model

D = dt.date

VISIT = """LIMA, Apr 9 (Wire) - Kenyan Foreign Minister Musalia Mudavadi held talks with Peruvian officials in Lima on Wednesday about fisheries.

Mudavadi accepted an invitation to come to Montevideo next month. He is also due to meet the Peruvian president on Friday.

Kenya's agriculture ministry said it would send irrigation specialists to Peru.
"""

STORM = """MANILA, Oct 2 (Wire) - A typhoon flattened villages across the northern Philippines, leaving at least 40 people dead, officials said on Thursday.

Canada pledged emergency relief on Wednesday.

Swedish Prime Minister Ulf Kristersson telephoned Thai Prime Minister Anutin Charnvirakul on Wednesday to discuss floods in northern Thailand. Sweden offered to send rescue equipment.
"""

FIRES = """OSLO, Feb 3 (Wire) - Norwegian Foreign Minister Espen Barth Eide spoke by telephone with his Chilean counterpart on Monday about the forest fires in southern Chile. Norway offered to send Norwegian firefighting experts.
"""

FORUM = """KUALA LUMPUR, Oct 26 (Wire) - Brazilian President Luiz Inacio Lula da Silva told Asian leaders at the ASEAN summit on Sunday that trade between the two regions could double within a decade.
"""

TOUR = """RABAT, May 15 (Wire) - Portuguese Foreign Minister Paulo Rangel held talks with his Moroccan counterpart Nasser Bourita in Rabat on Thursday, the last stop of a regional tour that began in Tunis on Monday.

The two ministers signed a fisheries accord.
"""

STORIES = {
    "tour": (TOUR, D(2025, 5, 15)),  # a Thursday
    "forum": (FORUM, D(2025, 10, 26)),  # a Sunday
    "fires": (FIRES, D(2025, 2, 3)),  # a Monday
    "visit": (VISIT, D(2025, 4, 9)),  # a Wednesday
    "storm": (STORM, D(2025, 10, 2)),  # a Thursday
}


@pytest.fixture(scope="module")
def coded(coder) -> dict[str, list[Event]]:
    return {k: coder.code_text(text, doc_id=k, date=d) for k, (text, d) in STORIES.items()}


def test_an_invitation_to_come_to_a_capital_is_accepted_from_its_country(coded):
    # before: "accepted an invitation to come to Montevideo" had no target
    _match(coded["visit"], "03", "KEN", "URY")


def test_specialists_sent_abroad_are_aid(coded):
    # before: "send irrigation specialists to Peru" coded nothing
    _match(coded["visit"], "03", "KEN", "PER")


def test_aid_pledged_to_no_one_named_goes_to_the_country_the_story_is_filed_from(coded):
    # before: "Canada pledged emergency relief" had no target
    _match(coded["storm"], "03", "CAN", "PHL")


def test_aid_offered_to_no_one_named_goes_to_the_givers_last_partner(coded):
    # before: "Sweden offered to send rescue equipment" had no target (the story is filed from
    # Manila, but Sweden's partner in the story is Thailand)
    _match(coded["storm"], "03", "SWE", "THA")


def test_a_meeting_planned_this_week_with_the_dateline_country_is_placed_there(coded):
    # before: "is also due to meet the Peruvian president on Friday" (filed from Lima) had no place
    _match(coded["visit"], "04", "KEN", "PER", "planned", day(2025, 4, 11), "PER")


def test_the_experts_offered_are_not_the_recipient(coded):
    # before: "offered to send Norwegian firefighting experts" was aimed at the experts (NOR)
    _match(coded["fires"], "03", "NOR", "CHL")
    assert not [e for e in coded["fires"] if e.cameo.startswith("03") and e.target is not None and e.target.country == "NOR"]


def test_leaders_addressed_at_an_organisations_summit_are_the_organisation(coded):
    # before: "told Asian leaders at the ASEAN summit" was aimed at leaders of no country
    hits = [e for e in coded["forum"] if e.cameo[:2] in ("01", "04") and e.source.country == "BRA"
            and e.target is not None and (e.target.country or "").startswith("IGO")]
    assert hits, [(e.cameo, e.source.code, e.target.code if e.target else None) for e in coded["forum"]]


def test_a_day_in_a_relative_clause_is_not_inherited_by_the_next_sentence(coded):
    # before: "signed a fisheries accord" took Monday (the start of the tour) for its date
    _match(coded["tour"], "05", "PRT", "MAR", "occurred", day(2025, 5, 15), symmetric=True)
