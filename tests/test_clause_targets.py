"""code: whom a threat, refusal, demand or promise is aimed at when the matrix verb names no one
but the act it embeds does ("threatened to cut off gas to X", "refused to let Y's ships dock").

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


@pytest.mark.parametrize(
    "text, root, src, tgt",
    [
        ("Algeria threatened on Monday to stop gas deliveries to Spain over the dispute.", "13", "DZA", "ESP"),
        ("The Peruvian government refused to hand the documents over to Chile.", "12", "PER", "CHL"),
        ("Norway vowed to send engineers to Malawi after the floods.", "03", "NOR", "MWI"),
    ],
)
def test_matrix_event_takes_the_target_of_the_act_it_embeds(coder, text, root, src, tgt):
    events = [e for e in coder.code_text(text, doc_id="t", date=DAY) if e.cameo_root == root]
    assert events, text
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {(src, tgt)}


def test_own_country_is_not_the_target_of_a_promise(coder):
    events = coder.code_text("Ghana's president pledged to build new schools across Ghana.", doc_id="t", date=DAY)
    assert all(e.target is None or e.target.country != "GHA" for e in events if e.cameo_root == "03")


@pytest.mark.parametrize(
    "text, root, src, tgt",
    [
        ("Brazil demanded on Friday that Paraguay reopen the bridge.", "10", "BRA", "PRY"),
        ("The Irish government urged Britain to rethink the border checks.", "02", "IRL", "GBR"),
    ],
)
def test_demand_is_aimed_at_the_subject_of_its_clause(coder, text, root, src, tgt):
    events = [e for e in coder.code_text(text, doc_id="t", date=DAY) if e.cameo_root == root]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {(src, tgt)}


def test_telephoning_someone_is_a_phone_consultation(coder):
    events = coder.code_text("The Chilean foreign minister telephoned his Argentine counterpart on Sunday.", doc_id="t", date=DAY)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("041", "CHL", "ARG")]


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        ("Australia announced a fresh round of sanctions against Myanmar's generals.", "163", "AUS", "MMR"),
        ("Turkish drones carried out a wave of strikes on Kurdish positions in Syria.", "19", "TUR", None),
    ],
)
def test_acts_held_in_a_container_noun(coder, text, code, src, tgt):
    events = [e for e in coder.code_text(text, doc_id="t", date=DAY) if e.cameo.startswith(code)]
    assert events and events[0].source.country == src
    if tgt:
        assert events[0].target is not None and events[0].target.country == tgt


def test_coordinated_prepositions_each_name_a_target(coder):
    events = [e for e in coder.code_text("Norway signed fisheries deals with Chile and with Peru.", doc_id="t", date=DAY)
              if e.cameo.startswith("057")]
    assert {e.target.country for e in events if e.target} == {"CHL", "PER"}


def test_wanting_to_attack_is_a_threat(coder):
    events = coder.code_text("Eritrea wants to attack Djibouti again.", doc_id="t", date=DAY)
    assert any(e.cameo_root == "13" and e.source.country == "ERI" for e in events)
    assert not any(e.cameo_root == "19" for e in events)


@pytest.mark.parametrize(
    "text, code, src, tgt",
    [
        ("Norway is willing to lend its engineers to Kenya.", "03", "NOR", "KEN"),
        ("Ghana is ready to mediate between Togo and Benin.", "039", "GHA", "TGO"),  # (the act is known: a guard)
    ],
)
def test_a_predicate_adjective_of_intent_carries_its_act(coder, text, code, src, tgt):
    events = coder.code_text(text, doc_id="t", date=DAY)
    assert any(e.cameo.startswith(code) and e.source.country == src and e.target is not None and e.target.country == tgt
               for e in events), [(e.cameo, e.source.code) for e in events]


def test_an_adjective_of_intent_alone_is_no_event(coder):
    assert coder.code_text("The Kenyan army was ready.", doc_id="t", date=DAY) == []


def test_relations_established_in_the_passive_are_between_their_parties(coder):
    events = coder.code_text("Diplomatic relations between Chile and Vietnam were established in 1971.", doc_id="t", date=DAY)
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("054", "CHL", "VNM"), ("054", "VNM", "CHL")}


@pytest.mark.parametrize(
    "text, year",
    [
        ("This year marks the 60th anniversary of diplomatic relations between Peru and Cuba.", 1963),
        ("Next year Chile and Vietnam will celebrate the 55th anniversary of diplomatic ties.", 1969),
    ],
)
def test_an_anniversary_of_relations_dates_their_establishment(coder, text, year):
    events = coder.code_text(text, doc_id="t", date=DAY)
    assert events and all(e.cameo == "054" and e.modality == "occurred" and e.date.start.year == year for e in events)


def test_an_anniversary_without_a_year_is_not_dated_or_coded(coder):
    assert coder.code_text("The two countries are preparing to celebrate the 40th anniversary of diplomatic relations.",
                           doc_id="t", date=DAY) == []
