"""Whole diplomatic stories of other kinds, second round (invented for this test, 2023-2024): an
ambassador's interview in question-and-answer form, a foreign minister's regional tour, a summit
communique, a phone-call readout, a state funeral, and loans and aid with relative dates. Checked like
the seeds: for each expected event some output event of the story must match its CAMEO root, source
and target country, modality, start date and (where given) place.

Known gaps these stories still show (not asserted): "During the visit of X to Y in July 2023" (a
visit noun inside a prepositional phrase) is no event; "relations ..., which were established in
1992" is no 05/06; "invited X to become members from January 2024" takes the membership date
(planned) for the invitation; "the two signed agreements" after "X met Y" is not the pair; "on the
sidelines" of a summit filed from a dateline abroad gets no place; "were among the mourners", "sent a
delegation" (to a funeral) and "will return to X" are no events; "accepted the invitation" finds no
inviter; "in Bangkok, where she is set to sign ..." does not take the antecedent as the place."""

from __future__ import annotations

import datetime as dt

import pytest

from legation.records import Event

from coding import code_stories
from test_stories_diplomacy import _match, day

pytestmark = pytest.mark.model

D = dt.date

INTERVIEW = """HANOI, April 10 - Ahead of the visit, the Korea Herald spoke with South Korean Ambassador to Vietnam Choi Young-sam.

Question: Could you tell us about the purpose of President Yoon Suk Yeol's upcoming visit to Vietnam?

Answer: President Yoon will pay a state visit to Vietnam from April 22 to 24 at the invitation of President Vo Van Thuong. He will hold talks with the Vietnamese leaders in Hanoi and attend a business forum.

Question: How do you assess trade between the two countries?

Answer: Bilateral trade reached 87 billion USD last year. During the visit of Prime Minister Pham Minh Chinh to Seoul in July 2023, the two sides agreed to raise trade to 150 billion USD by 2030.

Question: What are the milestones ahead?

Answer: Next year marks the 33rd anniversary of diplomatic relations between Vietnam and South Korea, which were established in 1992. Korea will also provide 40 million USD in development aid to Vietnam this year.
"""

TOUR = """TOKYO, May 1 (Kyodo) - Japanese Foreign Minister Yoko Kamikawa will travel to Indonesia, Malaysia and Thailand from May 3 to 7, the Foreign Ministry said on Wednesday.

In Jakarta, Kamikawa will meet Indonesian Foreign Minister Retno Marsudi to discuss maritime security.

She will then visit Kuala Lumpur on May 5 for talks with Malaysian Prime Minister Anwar Ibrahim.

The tour will end in Bangkok, where she is set to sign an agreement on energy cooperation with Thailand on May 7.

Kamikawa visited the Philippines last month.
"""

SUMMIT = """JOHANNESBURG, Aug 24 (Reuters) - Leaders of the BRICS group adopted a declaration on Thursday at the end of a three-day summit in Johannesburg.

The bloc invited Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates to become full members from January 2024.

South African President Cyril Ramaphosa, who hosted the summit, met Chinese President Xi Jinping on Tuesday and the two signed agreements on infrastructure.

Indian Prime Minister Narendra Modi held talks with Xi on the sidelines on Wednesday.

The next summit will be held in Kazan, Russia in 2024, Ramaphosa said.
"""

PHONE_CALL = """ANKARA, Feb 15 - Turkish President Tayyip Erdogan held a phone call with Egyptian President Abdel Fattah al-Sisi on Thursday, the Turkish presidency said.

The two leaders exchanged views on the situation in Gaza and agreed to strengthen cooperation in trade and energy.

Erdogan invited Sisi to visit Turkey, and Sisi accepted the invitation, the statement said.

Erdogan also congratulated Sisi on his re-election.

Erdogan visited Cairo on Wednesday, his first trip to Egypt in more than a decade.
"""

FUNERAL = """WINDHOEK, March 4 (AFP) - Foreign leaders attended the state funeral of Namibian President Hage Geingob in Windhoek on Saturday.

South African President Cyril Ramaphosa and Kenyan President William Ruto were among the mourners at the ceremony.

Angolan President Joao Lourenco paid tribute to Geingob in a speech.

Cuba sent a delegation led by Vice President Salvador Valdes Mesa.

Ramaphosa will return to Namibia later this year for the inauguration of the new president.
"""

LOANS = """COLOMBO, Nov 20 (Reuters) - Japan signed a loan agreement worth 30 billion yen with Sri Lanka on Monday to finance a light railway project in Colombo.

The Asian Development Bank approved a 200 million dollar loan to Sri Lanka earlier this month.

India pledged to provide 50,000 tonnes of fertiliser to Sri Lanka in the coming days, the Indian High Commission said.

Sri Lankan President Ranil Wickremesinghe will visit China this weekend to seek debt relief.

China agreed on the 15th to restructure part of Sri Lanka's debt.
"""


STORIES = {
    "interview": (INTERVIEW, D(2024, 4, 10)),  # a Wednesday
    "tour": (TOUR, D(2024, 5, 1)),  # a Wednesday
    "summit": (SUMMIT, D(2023, 8, 24)),  # a Thursday
    "phone": (PHONE_CALL, D(2024, 2, 15)),  # a Thursday
    "funeral": (FUNERAL, D(2024, 3, 4)),  # a Monday
    "loans": (LOANS, D(2023, 11, 20)),  # a Monday
}


@pytest.fixture(scope="module")
def coded(coder) -> dict[str, list[Event]]:
    return code_stories(coder, STORIES)


# ---------------------------------------------------------------- an ambassador's interview
def test_interview_upcoming_state_visit_and_talks(coded):
    _match(coded["interview"], "04", "KOR", "VNM", "planned", day(2024, 4, 22), "VNM")
    _match(coded["interview"], "03", "KOR", "VNM", "planned", (D(2024, 1, 1), D(2024, 12, 31)))


def test_interview_agreement_during_a_past_visit(coded):
    _match(coded["interview"], "03", "VNM", "KOR", "occurred", (D(2023, 7, 1), D(2023, 7, 31)), symmetric=True)


# ---------------------------------------------------------------- a regional tour
def test_tour_three_countries(coded):
    for iso in ("IDN", "MYS", "THA"):
        _match(coded["tour"], "04", "JPN", iso, "planned", day(2024, 5, 3))
    _match(coded["tour"], "04", "JPN", "IDN", "planned", (D(2024, 5, 3), D(2024, 5, 7)), "IDN")


def test_she_is_the_minister_on_tour_not_the_host_named_after_her(coded):
    # before: "She will then visit Kuala Lumpur ... for talks with <Malaysian PM>" took the
    # Malaysian named later in the same sentence (MYS->MYS)
    e = _match(coded["tour"], "04", "JPN", "MYS", "planned", day(2024, 5, 5), "MYS")
    assert e.source.name == "Yōko Kamikawa"


def test_she_signs_with_the_partner_deep_in_the_object(coded):
    # before: the pronoun took the last person named (MYS) and "an agreement on energy cooperation
    # with Thailand" had no target
    _match(coded["tour"], "03", "JPN", "THA", "planned", day(2024, 5, 7))


def test_the_philippines_mid_sentence_is_a_country(coded):
    # before: "the Philippines" (the listed name's lowercase article) resolved to no country
    _match(coded["tour"], "04", "JPN", "PHL", "occurred", (D(2024, 4, 1), D(2024, 4, 30)), "PHL")


# ---------------------------------------------------------------- a summit
def test_summit_meetings(coded):
    _match(coded["summit"], "04", "ZAF", "CHN", "occurred", day(2023, 8, 22), "ZAF")
    _match(coded["summit"], "04", "IND", "CHN", "occurred", day(2023, 8, 23))
    _match(coded["summit"], "02", "IGO", "ARG")


# ---------------------------------------------------------------- a phone call
def test_phone_call_readout(coded):
    _match(coded["phone"], "04", "TUR", "EGY", "occurred", day(2024, 2, 15), symmetric=True)
    _match(coded["phone"], "03", "TUR", "EGY", "occurred", day(2024, 2, 15), symmetric=True)
    _match(coded["phone"], "02", "TUR", "EGY", "occurred", day(2024, 2, 15))
    _match(coded["phone"], "05", "TUR", "EGY", "occurred", day(2024, 2, 15))
    _match(coded["phone"], "04", "TUR", "EGY", "occurred", day(2024, 2, 14), "EGY")


# ---------------------------------------------------------------- a state funeral
def test_funeral_tribute(coded):
    _match(coded["funeral"], "05", "AGO", "NAM", "occurred", day(2024, 3, 2))


# ---------------------------------------------------------------- loans and aid
def test_loan_agreement_partner_after_the_amount(coded):
    # before: "a loan agreement worth 30 billion yen with Sri Lanka" had no target
    _match(coded["loans"], "05", "JPN", "LKA", "occurred", day(2023, 11, 20))


def test_loan_earlier_this_month_and_pledge_and_weekend_visit(coded):
    _match(coded["loans"], "07", "IGO", "LKA", "occurred", (D(2023, 11, 1), D(2023, 11, 19)))
    _match(coded["loans"], "03", "IND", "LKA")
    _match(coded["loans"], "04", "LKA", "CHN", "planned", (D(2023, 11, 25), D(2023, 11, 26)), "CHN")


def test_on_the_15th_is_a_day_of_this_month(coded):
    # before: "on the 15th" was no date (the publication day was taken)
    _match(coded["loans"], "03", "CHN", "LKA", "occurred", day(2023, 11, 15))
