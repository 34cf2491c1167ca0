"""code: event extraction end to end on hand-written sentences (real spaCy model, one Coder).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import pytest

from legation import Document, Failure
from legation.ingest import document_from_text
from legation.pipeline import CodedDocument
from legation.records import Event

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)  # a Thursday


def _code(coder, text, date=DAY):
    return code(coder, text, date)


def _find(events: list[Event], root: str, src: str, tgt: Optional[str]) -> list[Event]:
    """Events whose CAMEO code starts with ``root`` and whose source/target countries match."""
    return [
        e
        for e in events
        if e.cameo.startswith(root) and e.source.country == src and (tgt is None or (e.target is not None and e.target.country == tgt))
    ]


def _one(events: list[Event], root: str, src: str, tgt: Optional[str]) -> Event:
    found = _find(events, root, src, tgt)
    assert found, f"no {root} {src}->{tgt} in {[(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]}"
    return found[0]


# ---------------------------------------------------------------------------- argument structure


def test_active_voice(coder):
    ev = _one(_code(coder, "Japan's prime minister visited India."), "042", "JPN", "IND")
    assert ev.source.code == "JPNGOV" and ev.source.role == "Prime Minister"
    assert ev.target.code == "IND"
    assert ev.trigger.text == "visited" and ev.modality == "occurred"


def test_passive_voice_keeps_the_direction(coder):
    events = _code(coder, "India was visited by Japan's prime minister.")
    ev = _one(events, "042", "JPN", "IND")
    assert ev.rule.startswith("verb-passive")
    assert not _find(events, "04", "IND", "JPN")


def test_coordinated_actors_are_reciprocal(coder):
    events = _code(coder, "Vietnam and Cuba signed a trade agreement.")
    a = _one(events, "057", "VNM", "CUB")
    b = _one(events, "057", "CUB", "VNM")
    assert a.reciprocal and b.reciprocal
    assert a.event_id != b.event_id


def test_nominal_event_between_two_actors(coder):
    events = _code(coder, "The meeting between the French president and the German chancellor lasted two hours.")
    a = _one(events, "04", "FRA", "DEU")
    _one(events, "04", "DEU", "FRA")
    assert a.trigger.text == "meeting" and a.reciprocal
    assert a.source.code == "FRAGOV" and a.target.code == "DEUGOV"


def test_light_verb_with_event_noun(coder):
    ev = _one(_code(coder, "The Indonesian foreign minister paid a visit to Malaysia."), "042", "IDN", "MYS")
    assert ev.trigger.text == "visit"
    assert ev.rule.startswith("noun-light")
    assert ev.source.role == "Foreign Minister"


# ---------------------------------------------------------------------------- actors


def test_composition_with_an_unknown_name(coder):
    ev = _one(_code(coder, "Cuban President Alberto Mendoza visited Mexico."), "042", "CUB", "MEX")
    assert ev.source.code == "CUBGOV"
    assert ev.source.name == "Alberto Mendoza"
    assert ev.source.role == "President"
    assert ev.source.resolved_by == "composition"


def test_composition_of_a_group_sector(coder):
    ev = _one(_code(coder, "Brazilian businesses signed an agreement with Argentina."), "057", "BRA", "ARG")
    assert ev.source.code == "BRABUS" and ev.source.sectors == ("BUS",)


def test_dictionary_person_in_office(coder):
    ev = _one(_code(coder, "Joe Biden visited Poland.", date=dt.date(2024, 6, 1)), "042", "USA", "POL")
    assert ev.source.code == "USAGOV"
    assert ev.source.name and "Biden" in ev.source.name
    assert ev.source.role == "President"
    assert ev.source.resolved_by == "dictionary"


def test_dictionary_person_after_leaving_office(coder):
    ev = _one(_code(coder, "Joe Biden visited Poland.", date=dt.date(2026, 1, 1)), "042", "USA", "POL")
    assert ev.source.code != "USAGOV"
    assert ev.source.code == "USAELI"
    assert ev.source.role and ev.source.role.startswith("former")


def test_coreference_by_title_and_pronoun(coder):
    text = (
        "President Daniel Mwangi of Kenya arrived in Tokyo on Monday. "
        "The President will visit Osaka next year. "
        "He also met the Japanese emperor."
    )
    events = _code(coder, text)
    by_sentence = {e.sentence_index: e for e in events}
    assert set(by_sentence) >= {0, 1, 2}
    first, second, third = by_sentence[0], by_sentence[1], by_sentence[2]
    assert first.source.name == "Daniel Mwangi" and first.source.country == "KEN"
    assert second.source.country == "KEN" and second.source.name == "Daniel Mwangi"
    assert second.source.resolved_by == "coreference" and second.modality == "planned"
    assert second.cameo.startswith("042")
    assert third.source.country == "KEN" and third.source.resolved_by == "coreference"
    assert third.cameo.startswith("04") and third.target.country == "JPN"


# ---------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The Kenyan president visited Japan.", "occurred"),
        ("The Kenyan president will visit Japan.", "planned"),
        ("The Kenyan president plans to visit Japan.", "planned"),
        ("The Kenyan president did not visit Japan.", "negated"),
        ("The Kenyan president never visited Japan.", "negated"),
        ("If the talks succeed, the Kenyan president will visit Japan.", "hypothetical"),
        ("The Kenyan president will visit Japan if the talks succeed.", "hypothetical"),
        ("If the Kenyan president visits Japan, trade will grow.", "hypothetical"),
    ],
)
def test_modality(coder, text, modality):
    ev = _one(_code(coder, text), "042", "KEN", "JPN")
    assert ev.modality == modality


def test_question_sentences_are_coded(coder):
    events = _code(coder, "Will the Kenyan president visit Japan?")
    ev = _one(events, "042", "KEN", "JPN")
    assert ev.in_question is True and ev.modality == "planned"
    statement = _one(_code(coder, "The Kenyan president will visit Japan."), "042", "KEN", "JPN")
    assert ev.confidence < statement.confidence


# ---------------------------------------------------------------------------- dates and places


def test_date_range_resolved_against_the_document_date(coder):
    ev = _one(_code(coder, "The Kenyan president will visit Japan from May 3 to 5."), "042", "KEN", "JPN")
    assert (ev.date.start, ev.date.end) == (dt.date(2023, 5, 3), dt.date(2023, 5, 5))
    assert ev.date.precision == "day" and ev.date.basis == "text"
    assert ev.date.text == "from May 3 to 5"
    assert ev.modality == "planned"
    assert ev.doc_date == DAY


def test_undated_event_takes_the_publication_date(coder):
    ev = _one(_code(coder, "The Kenyan president visited Japan."), "042", "KEN", "JPN")
    assert (ev.date.start, ev.date.end, ev.date.basis) == (DAY, DAY, "publication")


def test_relative_dates_stay_unresolved_without_a_document_date(coder):
    ev = _one(_code(coder, "The Kenyan president will visit Japan next week.", date=None), "042", "KEN", "JPN")
    assert ev.date.start is None and ev.date.end is None
    assert ev.date.text == "next week"
    assert ev.doc_date is None
    ev = _one(_code(coder, "The Kenyan president will visit Japan next week."), "042", "KEN", "JPN")
    assert (ev.date.start, ev.date.end) == (dt.date(2023, 4, 24), dt.date(2023, 4, 30))


def test_dateline_dates_the_document_not_the_event(coder):
    text = "NAIROBI, April 20, 2023 (KNA) — The Kenyan president will visit Japan."
    doc = document_from_text("dateline", text)
    assert doc.date == DAY and doc.date_source == "text"
    (result,) = list(coder.code([doc]))
    ev = _one(result.events, "042", "KEN", "JPN")
    assert ev.sentence == "The Kenyan president will visit Japan."
    assert ev.modality == "planned" and ev.doc_date == DAY
    assert ev.date.start is None  # a planned visit with no stated date is not dated by the dateline
    assert ev.source.role == "President"


def test_city_location_with_coordinates(coder):
    ev = _one(_code(coder, "The Peruvian president met the Chilean president in Geneva."), "04", "PER", "CHL")
    loc = ev.location
    assert loc is not None and loc.country == "CHE" and loc.name == "Geneva"
    assert loc.lat is not None and loc.lon is not None
    assert 46 < loc.lat < 47 and 6 < loc.lon < 7
    assert ev.sentence[loc.start - ev.sentence_start : loc.end - ev.sentence_start] == "Geneva"


def test_visit_location_defaults_to_the_host_country(coder):
    ev = _one(_code(coder, "Japan's prime minister visited India."), "042", "JPN", "IND")
    assert ev.location is not None and ev.location.country == "IND"


# ---------------------------------------------------------------------------- debris, provenance, PLOVER


def test_debris_lines_yield_no_events(coder):
    text = (
        "THE EDITORS\n"
        "The Thai prime minister met the Cambodian prime minister.\n"
        "The Thai prime minister visited Laos. — Photo from the Thai government\n"
        "Source: https://example.com/thai-pm-visited-laos-and-met-cambodian-pm\n"
        "Comment (0)\n"
    )
    doc = document_from_text("debris", text, date=DAY)
    (result,) = list(coder.code([doc]))
    assert isinstance(result, CodedDocument)
    assert [s.text for s in result.sentences] == ["The Thai prime minister met the Cambodian prime minister."]
    assert {e.sentence_index for e in result.events} == {0}
    _one(result.events, "04", "THA", "KHM")
    for e in result.events:
        for a, b in doc.skip_spans:
            assert e.trigger.end <= a or e.trigger.start >= b


def test_offsets_and_provenance(coder):
    text = "Reporters gathered early.\n\nJapan's prime minister visited India on Tuesday."
    doc = document_from_text("prov", text, date=DAY)
    (result,) = list(coder.code([doc]))
    ev = _one(result.events, "042", "JPN", "IND")
    assert ev.doc_id == "prov" and ev.sentence_index == 1
    assert text[ev.sentence_start : ev.sentence_end] == ev.sentence
    assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text == "visited"
    assert text[ev.source.start : ev.source.end] == ev.source.text
    assert text[ev.target.start : ev.target.end] == ev.target.text == "India"
    assert ev.date.start == dt.date(2023, 4, 18)  # the Tuesday before a Thursday publication


def test_plover_fields(coder):
    ev = _one(_code(coder, "Japan's prime minister visited India."), "042", "JPN", "IND")
    assert ev.plover.event == "CONSULT" and ev.plover.note is None
    assert ev.cameo_root == "04" and ev.quad_class == 1 and ev.cameo_name
    d = ev.to_dict()
    assert set(d["plover"]) == {"event", "mode", "context", "note"}


def test_appeal_has_no_plover_category_but_is_kept(coder):
    events = _code(coder, "The Thai foreign minister urged Cambodia to resume border talks.")
    ev = _one(events, "02", "THA", "KHM")
    assert ev.plover.event is None and ev.plover.mode is None
    assert ev.plover.note and "no PLOVER" in ev.plover.note


def test_event_ids_are_stable(coder):
    text = "Japan's prime minister visited India."
    assert [e.event_id for e in _code(coder, text)] == [e.event_id for e in _code(coder, text)]


def test_failures_pass_through_in_order(coder):
    bad = Failure(doc_id="bad", code="LG010", message="[LG010] empty")
    docs = [
        document_from_text("a", "Japan's prime minister visited India.", date=DAY),
        bad,
        document_from_text("b", "Nothing happens in this sentence.", date=DAY),
    ]
    results = list(coder.code(docs))
    assert [type(r).__name__ for r in results] == ["CodedDocument", "Failure", "CodedDocument"]
    assert results[1] is bad
    assert results[0].events and not results[2].events
    assert isinstance(results[0].document, Document)
