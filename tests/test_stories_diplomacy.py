"""Whole diplomatic wire stories written for this test (invented, 2023-2024), checked the way the
seeds are: for each expected event some output event of the story must match its CAMEO root,
source and target country, modality, start date and (where given) place.

Known gaps these stories still show (not asserted): a weak target-less appeal beside a strong
event is pruned ("called on wealthy nations to ..."); "rejected the protest" / "condemned the
decision" do not find whose protest or decision it was; "co-chair" is no trigger; "stood ready to
help" is no offer; a king missing from people.yaml ("King Mohammed VI") has no country; a
dateline city is not yet the default place."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import pytest

from legation.records import Event

from coding import code_stories

pytestmark = pytest.mark.model

D = dt.date

VISIT = """NEW DELHI, March 8 (Reuters) - Australian Prime Minister Anthony Albanese arrived in New Delhi on Wednesday for a four-day official visit, his first trip to India since taking office.

Indian Prime Minister Narendra Modi hosted his Australian counterpart at Hyderabad House later on Wednesday, where the two sides signed a memorandum of understanding on critical minerals.

The visiting prime minister also held talks with Indian Foreign Minister Subrahmanyam Jaishankar on regional security.

Albanese pledged A$25 million to support clean energy research in India.

Modi will travel to Sydney in May to attend a Quad leaders' summit, officials said.

Last month, India summoned the Chinese ambassador to protest the renaming of places in its northeast.
"""

RECEPTION = """MANILA, Nov 3 (Reuters) - Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr agreed on Friday to boost defence ties, announcing the start of talks on a reciprocal access agreement.

Marcos received the visiting premier with full military honours at the presidential palace in Manila.

Japan will provide coastal surveillance radars to the Philippine navy under a new security aid programme, Kishida said.

Kishida will also address a joint session of the Philippine Congress on Saturday.

The Philippines lodged a diplomatic protest with China last week over the use of water cannon against its supply boats near a disputed shoal.

China's foreign ministry rejected the protest on Thursday.
"""

EXPULSION = """WARSAW, June 12 (Reuters) - Poland expelled five Russian diplomats on Wednesday, accusing them of spying, and summoned Russia's ambassador to the foreign ministry.

Polish Foreign Minister Radoslaw Sikorski said the diplomats had 72 hours to leave the country.

Moscow condemned the decision and vowed to retaliate.

Separately, German Chancellor Olaf Scholz postponed a visit to Warsaw that had been scheduled for next week, a government spokesman said in Berlin.

Scholz and Polish Prime Minister Donald Tusk spoke by phone on Tuesday and agreed to meet in July instead.

Poland and Germany will hold intergovernmental consultations in Warsaw from July 2 to 3.
"""

ASSEMBLY = """UNITED NATIONS, Sept 20 (Reuters) - Kenyan President William Ruto addressed the U.N. General Assembly on Wednesday and called on wealthy nations to ease the debt burden of African countries.

On the sidelines of the assembly, Ruto met U.S. Secretary of State Antony Blinken, who praised Kenya's offer to lead a multinational security mission to Haiti.

The United States pledged $100 million to support the mission, Blinken said.

Ruto is expected to visit Beijing next month for a forum on infrastructure.

The foreign ministers of Kenya and Somalia will co-chair a regional security conference in Nairobi in November.
"""

CONDOLENCES = """RABAT, Sept 10 (AFP) - Leaders around the world expressed condolences to Morocco on Sunday after a powerful earthquake killed more than 2,000 people in the Atlas mountains.

French President Emmanuel Macron said France stood ready to help, while Spain sent a team of 56 rescuers to Morocco on Saturday.

Algeria, which cut diplomatic ties with Rabat in 2021, offered to open its airspace for humanitarian flights.

Turkish President Tayyip Erdogan condoled with King Mohammed VI in a phone call on Sunday.

The European Union announced 1 million euros in emergency aid for Morocco.

Saudi Crown Prince Mohammed bin Salman ordered an air bridge to deliver relief supplies to Morocco, the state news agency reported.
"""

TRAVEL_PLANS = """BUENOS AIRES, Jan 26 (Reuters) - Argentine President Javier Milei will pay a state visit to Israel next month, his spokesman said on Friday, in the first trip to the Middle East by the libertarian leader.

Milei is scheduled to hold talks with Prime Minister Benjamin Netanyahu in Jerusalem on Feb. 7.

Argentine Foreign Minister Diana Mondino met her Chinese counterpart Wang Yi in Beijing on Thursday, seeking to calm tensions over a currency swap line.

Brazilian President Luiz Inacio Lula da Silva cancelled a planned trip to Buenos Aires, his office said on Wednesday.

Argentina and Chile issued a joint statement on Monday pledging to cooperate on lithium mining.

The host country's government also said Uruguayan President Luis Lacalle Pou would visit Buenos Aires from March 4 to 6.
"""


STORIES = {
    "visit": (VISIT, D(2023, 3, 8)),  # a Wednesday
    "reception": (RECEPTION, D(2023, 11, 3)),  # a Friday
    "expulsion": (EXPULSION, D(2024, 6, 12)),  # a Wednesday
    "assembly": (ASSEMBLY, D(2023, 9, 20)),  # a Wednesday
    "condolences": (CONDOLENCES, D(2023, 9, 10)),  # a Sunday
    "travel": (TRAVEL_PLANS, D(2024, 1, 26)),  # a Friday
}


@pytest.fixture(scope="module")
def coded(coder) -> dict[str, list[Event]]:
    return code_stories(coder, STORIES)


def _match(events: list[Event], root: str, src: str, tgt: Optional[str], modality: Optional[str] = None,
           start: Optional[tuple[dt.date, dt.date]] = None, place: Optional[str] = None,
           symmetric: bool = False) -> Event:
    """An event of the story matching root, dyad (either way when symmetric), modality, a start date
    within the range and the place's country (IGO stands for any organisation)."""
    def country(a) -> Optional[str]:
        return None if a is None else ("IGO" if (a.country or "").startswith("IGO") else a.country)

    for e in events:
        if not e.cameo.startswith(root) or (modality and e.modality != modality):
            continue
        dyads = [(src, tgt)] + ([(tgt, src)] if symmetric else [])
        if not any(country(e.source) == s and (t is None or country(e.target) == t) for s, t in dyads):
            continue
        if start is not None and (e.date is None or e.date.start is None or not start[0] <= e.date.start <= start[1]):
            continue
        if place is not None and (e.location is None or e.location.country != place):
            continue
        return e
    pytest.fail(f"no {root} {src}->{tgt} {modality} {start} in {place}: "
                f"{[(e.cameo, e.source.code, e.target.code if e.target else None, e.modality, e.date.start if e.date else None, e.location.country if e.location else None) for e in events]}")


def day(y: int, m: int, d: int) -> tuple[dt.date, dt.date]:
    return D(y, m, d), D(y, m, d)


# ---------------------------------------------------------------- a state visit
def test_visit_arrival(coded):
    _match(coded["visit"], "04", "AUS", "IND", "occurred", day(2023, 3, 8), "IND")


def test_visit_hosted_and_signed_where_the_visit_was(coded):
    _match(coded["visit"], "043", "IND", "AUS", "occurred", day(2023, 3, 8), "IND")
    _match(coded["visit"], "05", "IND", "AUS", "occurred", day(2023, 3, 8), "IND", symmetric=True)


def test_the_visiting_prime_minister_is_the_visitor(coded):
    # before: "the visiting prime minister" took the last prime minister named (the host, IND->IND)
    e = _match(coded["visit"], "04", "AUS", "IND", "occurred", day(2023, 3, 8), "IND")
    talks = [x for x in coded["visit"] if x.trigger.text == "talks"]
    assert talks and talks[0].source.name == "Anthony Albanese" and talks[0].target.country == "IND", e


def test_visit_planned_trip_and_summons_last_month(coded):
    _match(coded["visit"], "04", "IND", None, "planned", (D(2023, 5, 1), D(2023, 5, 31)), "AUS")
    _match(coded["visit"], "11", "IND", "CHN", "occurred", (D(2023, 2, 1), D(2023, 2, 28)))


# ---------------------------------------------------------------- a reception
def test_reception_agreement(coded):
    _match(coded["reception"], "03", "JPN", "PHL", "occurred", day(2023, 11, 3), symmetric=True)


def test_received_the_visiting_premier(coded):
    # before: "the visiting premier" resolved to no country
    e = _match(coded["reception"], "043", "PHL", "JPN", "occurred", day(2023, 11, 3), "PHL")
    assert e.target is not None and e.target.name == "Fumio Kishida"


def test_will_address_a_parliament(coded):
    # before: "address a joint session of Congress" was no event
    _match(coded["reception"], "04", "JPN", "PHL", "planned", day(2023, 11, 4))


def test_protest_last_week(coded):
    _match(coded["reception"], "11", "PHL", "CHN", "occurred", (D(2023, 10, 23), D(2023, 10, 29)))


# ---------------------------------------------------------------- expulsions and a postponed visit
def test_expulsion_and_summons(coded):
    _match(coded["expulsion"], "16", "POL", "RUS", "occurred", day(2024, 6, 12))
    _match(coded["expulsion"], "11", "POL", "RUS", "occurred", day(2024, 6, 12))


def test_postponement_happened_today_not_when_the_visit_was_due(coded):
    # before: dated next week (the relative clause's date) and so 'planned'
    _match(coded["expulsion"], "16", "DEU", "POL", "occurred", day(2024, 6, 12))


def test_phone_call_and_consultations(coded):
    _match(coded["expulsion"], "04", "DEU", "POL", "occurred", day(2024, 6, 11), symmetric=True)
    _match(coded["expulsion"], "04", "DEU", "POL", "planned", day(2024, 7, 2), "POL", symmetric=True)


# ---------------------------------------------------------------- the General Assembly
def test_addressed_the_general_assembly(coded):
    # before: no event
    _match(coded["assembly"], "04", "KEN", "IGO", "occurred", day(2023, 9, 20))


def test_met_on_the_sidelines_someone_the_parser_made_a_subject(coded):
    # before: "met U.S. Secretary of State Antony Blinken, who ..." had no target
    e = _match(coded["assembly"], "04", "KEN", "USA", "occurred", day(2023, 9, 20))
    assert e.target is not None and e.target.name == "Antony Blinken"


def test_who_praised_is_the_antecedent(coded):
    # before: the relative pronoun resolved to no one and the praise was lost
    e = _match(coded["assembly"], "05", "USA", "KEN", "occurred", day(2023, 9, 20))
    assert e.source.name == "Antony Blinken"


def test_expected_visit_next_month(coded):
    _match(coded["assembly"], "04", "KEN", "CHN", "planned", (D(2023, 10, 1), D(2023, 10, 31)), "CHN")


# ---------------------------------------------------------------- condolences and relief
def test_condolences(coded):
    _match(coded["condolences"], "01", "TUR", None, "occurred", day(2023, 9, 10))


def test_rescuers_sent_are_aid(coded):
    # before: no event
    _match(coded["condolences"], "07", "ESP", "MAR", "occurred", day(2023, 9, 9))


def test_announced_aid_is_aid_not_a_state_of_emergency(coded):
    # before: 1724 (announce + "emergency")
    _match(coded["condolences"], "07", "IGO", "MAR", "occurred", day(2023, 9, 10))
    assert not [e for e in coded["condolences"] if e.cameo == "1724"]


def test_an_air_bridge_ordered_delivers_for_who_ordered_it(coded):
    # before: the air bridge was taken as the one delivering
    e = _match(coded["condolences"], "07", "SAU", "MAR", "occurred", day(2023, 9, 10))
    assert e.source.name == "Mohammed bin Salman"


def test_a_dated_relative_clause_is_its_own_event_and_keeps_its_date(coded):
    # before: "in 2021" dated the main clause's event and the ties cut were not coded
    _match(coded["condolences"], "16", "DZA", "MAR", "occurred", (D(2021, 1, 1), D(2021, 12, 31)))
    assert all(e.date is None or e.date.start is None or e.date.start.year == 2023
               for e in coded["condolences"] if e.cameo[:2] != "16")


# ---------------------------------------------------------------- travel plans
def test_state_visit_next_month_and_talks_on_a_day(coded):
    _match(coded["travel"], "04", "ARG", "ISR", "planned", (D(2024, 2, 1), D(2024, 2, 29)), "ISR")
    _match(coded["travel"], "04", "ARG", "ISR", "planned", day(2024, 2, 7), "ISR")


def test_counterpart_meeting_and_cancelled_trip(coded):
    _match(coded["travel"], "04", "ARG", "CHN", "occurred", day(2024, 1, 25), "CHN")
    _match(coded["travel"], "16", "BRA", "ARG", "occurred", (D(2024, 1, 17), D(2024, 1, 24)))


def test_joint_statement_pairs_the_two_countries(coded):
    # before: ARG->None and CHL->None
    _match(coded["travel"], "03", "ARG", "CHL", "occurred", day(2024, 1, 22), symmetric=True)


def test_reported_would_visit_is_the_coming_dates(coded):
    # before: "said X would visit from March 4 to 6" in January resolved to last March
    _match(coded["travel"], "04", "URY", "ARG", "planned", day(2024, 3, 4), "ARG")


@pytest.mark.parametrize(
    "text, root, src, tgt",
    [
        ("The United States announced $100 million in humanitarian assistance for Sudan on Monday.", "07", "USA", "SDN"),
        ("Britain will provide 10 million pounds to Nepal.", "03", "GBR", "NPL"),
        ("The Swedish prime minister addressed the Kenyan parliament on Monday.", "04", "SWE", "KEN"),
    ],
)
def test_aid_and_address_phrasings(coder, text, root, src, tgt):
    events = coder.code_text(text, doc_id="p", date=D(2023, 9, 20))
    assert any(e.cameo.startswith(root) and e.source.country == src and e.target is not None and e.target.country == tgt
               for e in events), [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The minister addressed a news conference in Paris on Monday.",
        "Rescuers were looking for three Malawians who went missing on Tuesday.",
        "The government announced a state of emergency in the capital on Monday.",
    ],
)
def test_no_consultation_aid_or_trip(coder, text):
    events = coder.code_text(text, doc_id="p", date=D(2023, 9, 20))
    assert not [e for e in events if e.cameo[:2] in ("04", "07")]
