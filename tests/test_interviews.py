"""resolve: first person in press interviews. Outside quotation marks, 'I' / 'my' in an answer is
the interviewee (named by a lead sentence, "X spoke to the press", or by a transcript label,
"Minister X: ..."), and 'we' / 'our' the interviewee's government; in a question ("Could you
tell us ...?", "Reporter: ...") the first person is the press, no one. An adjective that is also
a title ("an official visit") names no one.

The interviews are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, in_sentence

pytestmark = pytest.mark.model

DAY = dt.date(2019, 5, 6)


_events = partial(code, day=DAY)
_by_sentence = partial(in_sentence, day=DAY)


LEAD = "Foreign Minister Ingrid Dahl of Norway spoke to the press about her coming trip to Kenya.\n"


def test_i_in_an_answer_is_the_interviewee(coder):
    text = LEAD + "Could you tell us about the purpose of the trip?\nI will travel to Nairobi on Thursday to attend a forum on trade."
    evs = _by_sentence(coder, text, "I will travel")
    assert evs and all(e.source.code == "NORGOV" and e.source.name == "Ingrid Dahl" for e in evs)
    assert any(e.cameo_root == "04" and e.target is not None and e.target.country == "KEN" and e.modality == "planned" for e in evs)


def test_a_past_visit_told_in_the_first_person(coder):
    text = LEAD + "What did you achieve last year?\nLast year I paid an official visit to Peru."
    evs = _by_sentence(coder, text, "paid an official visit")
    assert [(e.cameo[:3], e.source.code, e.target.country if e.target else None) for e in evs] == [("042", "NORGOV", "PER")]


def test_an_official_visit_names_no_source(coder):
    # nobody the story named before can be 'he': the adjective must not stand in for the visitor
    evs = _events(coder, "Last week he paid an official visit to Peru.")
    assert all(e.source.text != "official" for e in evs)


def test_transcript_label_with_a_name_in_capitals(coder):
    text = ("Foreign Minister Ingrid Dahl of Norway held talks in Lima on Monday.\n"
            "Reporter: What did the talks achieve?\n"
            "Foreign Minister INGRID DAHL: We signed two agreements with Peru. I also met the Peruvian defence minister.\n"
            "Reporter: What comes next?\n"
            "Foreign Minister INGRID DAHL: I will travel to Chile in October.")
    evs = _events(coder, text)
    signed = [e for e in evs if "We signed" in e.sentence]
    assert signed and all(e.source.code == "NORGOV" and e.target is not None and e.target.country == "PER" for e in signed)
    met = [e for e in evs if "I also met" in e.sentence]
    assert met and all(e.source.code == "NORGOV" and e.source.name == "Ingrid Dahl" for e in met)
    chile = [e for e in evs if "travel to Chile" in e.sentence]
    assert chile and all(e.source.code == "NORGOV" and e.modality == "planned" for e in chile)


def test_label_country_is_not_taken_from_the_answer(coder):
    # the label names no country: the country of the answer is the partner, not the speaker
    text = ("Reporter: How did the visit go?\n"
            "Trade Minister OSKAR LIND: We signed five agreements with Peru.")
    evs = _events(coder, text)
    assert all(e.source.country != "PER" for e in evs)


def test_first_person_in_a_question_turn_is_the_press(coder):
    # the reporter's 'we' is not the minister's government, even in a sentence that asks nothing
    text = LEAD + "Reporter: We visited Nairobi with your delegation last year. What has changed since then?"
    assert all(e.source.text != "We" for e in _events(coder, text))


def test_quoted_we_still_belongs_to_the_speaker_the_sentence_names(coder):
    text = (LEAD + "'We will never accept the blockade of Kenya,' the Ugandan foreign minister said.")
    evs = _by_sentence(coder, text, "never accept")
    assert all(e.source.country != "NOR" for e in evs)


def test_our_country_in_an_answer_is_the_interviewees_country(coder):
    text = LEAD + "What will Norway offer?\nMy government will send food aid to Kenya next month."
    evs = _by_sentence(coder, text, "My government")
    assert evs and all(e.source.code == "NORGOV" and e.target is not None and e.target.country == "KEN" for e in evs)


def test_an_outlet_label_is_not_the_subject(coder):
    # a transcript that lost its line breaks: the interviewer's label opens the sentence
    text = ("The Norwegian minister Ingrid Dahl took questions. Radio Baltica: Chancellor Angela Merkel visited "
            "Kenya last week. What do you make of it? Ingrid Dahl, Norwegian foreign minister: I think it helps.")
    evs = [e for e in _events(coder, text) if "visited" in e.sentence]
    assert evs and all(e.source.country == "DEU" for e in evs)


def test_we_the_sentence_names_is_not_the_interviewees_government(coder):
    text = LEAD + "How will Europe help?\nWe in the European Union will send food aid to Kenya."
    evs = _by_sentence(coder, text, "We in the European Union")
    assert evs and all(e.source.country == "IGO" for e in evs)
