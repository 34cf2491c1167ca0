"""code: leftover misses of round 6 — the reason a sanction gives is no act of its own, and
material cooperation told by verbs that had no entry (forces serving alongside another's army,
taking delivery of goods from a supplier, paying or releasing money to another side, awarding a
contract, reinstating dismissed strikers).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, triples

pytestmark = pytest.mark.model

DAY = dt.date(2022, 9, 14)

_pairs = partial(triples, day=DAY)


def test_sanction_reason_is_not_an_act_of_the_sanctioner(coder):
    pairs = _pairs(coder, "Denmark imposed sanctions on two Moldovan banks for helping Armenia's army.")
    assert ("16", "DNK", "MDA") in pairs
    assert not any(src == "DNK" and root != "16" for root, src, _ in pairs)


def test_expulsion_reason_is_not_coded(coder):
    events = code(coder, "Paraguay expelled three Uruguayan diplomats for supporting Bolivia's opposition.", DAY)
    assert {e.cameo_root for e in events} == {"16"}


def test_forces_serving_alongside_another_army_cooperate_militarily(coder):
    assert ("06", "URY", "PRY") in _pairs(coder, "Uruguay sent 300 soldiers to fight alongside the Paraguayan army.")


def test_taking_delivery_names_the_supplier_as_source(coder):
    assert ("07", "ITA", "QAT") in _pairs(coder, "Qatar took delivery of four patrol boats from Italy.")


def test_money_paid_to_another_state_is_economic_aid(coder):
    assert ("07", "NOR", "MOZ") in _pairs(coder, "Norway paid 40 million dollars to Mozambique last year.")


def test_ransom_paid_is_not_aid(coder):
    assert "07" not in {r for r, _, _ in _pairs(coder, "Norway paid 2 million dollars in ransom to the pirates.")}


def test_budget_money_released_is_economic_aid(coder):
    assert ("07", "SWE", "LBR") in _pairs(coder, "Sweden released 50 million dollars in budget funding to Liberia.")


def test_contract_awarded_by_passive_agent(coder):
    assert ("06", "DEU", "SVK") in _pairs(coder, "Slovakia was awarded a contract by Germany.")


def test_reinstating_dismissed_strikers_is_a_concession(coder):
    events = code(coder, "The Malawian government reinstated 150 sacked nurses.", DAY)
    assert any(e.cameo_root == "08" and e.source.code.startswith("MWI") for e in events)


def test_speaking_at_a_named_bodys_meeting_consults_it(coder):
    pairs = _pairs(coder, "Speaking at an African Union summit session, Ghana's envoy said the crisis in Chad was deepening.")
    assert any(r == "04" and s.startswith("GHA") for r, s, _ in pairs)


def test_speaking_at_an_unnamed_party_meeting_is_only_a_setting(coder):
    events = code(coder, "Speaking at a party rally, the Belgian premier said pensions would rise.", DAY)
    assert not any(e.cameo_root == "04" for e in events)


def test_acronym_is_before_a_noun_is_the_group_not_the_verb(coder):
    pairs = _pairs(coder, "IS gunmen stormed a checkpoint near Palmyra.")
    assert any(r in ("18", "19") and s == "IMGRAD" for r, s, _ in pairs)


def test_all_caps_sentence_keeps_is_as_the_verb(coder):
    from legation.nlp import load_model
    doc = load_model()("THE BORDER IS CLOSED TO TRUCKS")
    assert next(t for t in doc if t.text == "IS").pos_ in ("AUX", "VERB")


def test_agreement_entering_into_force_starts_cooperation_of_its_parties(coder):
    pairs = _pairs(coder, "The fisheries accord between Namibia and Angola entered into force last week.")
    assert {("06", "NAM", "AGO"), ("06", "AGO", "NAM")} <= pairs


def test_a_law_entering_into_force_is_no_agreement(coder):
    events = code(coder, "The new Namibian mining law entered into force last week.", DAY)
    assert not any(e.cameo == "060" for e in events)
