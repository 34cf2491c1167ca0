"""resolve: the tiny inflector that feeds the lexical pre-filter (missing a form would lose events)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.resolve._inflect import noun_forms, verb_forms


@pytest.mark.parametrize(
    "lemma, forms",
    [
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("sign", {"signs", "signed", "signing"}),
        ("urge", {"urges", "urged", "urging"}),
        ("agree", {"agrees", "agreed"}),
        ("discuss", {"discusses", "discussed", "discussing"}),
        ("apply", {"applies", "applied", "applying"}),
        ("host", {"hosts", "hosted", "hosting"}),
    ],
)
def test_regular_verbs(lemma, forms):
    assert forms <= verb_forms(lemma)


@pytest.mark.parametrize(
    "lemma, irregular",
    [
        ("meet", {"met", "meets", "meeting"}),
        ("hold", {"held", "holds", "holding"}),
        ("pay", {"paid", "pays", "paying"}),
        ("send", {"sent"}),
        ("seek", {"sought"}),
        ("give", {"gave", "given"}),
        ("withdraw", {"withdrew", "withdrawn"}),
        ("lend", {"lent"}),
        ("strike", {"struck"}),
        ("speak", {"spoke", "spoken"}),
    ],
)
def test_irregular_verbs(lemma, irregular):
    assert irregular <= verb_forms(lemma)


@pytest.mark.parametrize(
    "lemma, doubled",
    [("plan", {"planned", "planning"}), ("stop", {"stopped", "stopping"}), ("admit", {"admitted", "admitting"}), ("travel", {"travelled", "travelling", "traveled", "traveling"})],
)
def test_final_consonant_doubling(lemma, doubled):
    assert doubled <= verb_forms(lemma)


@pytest.mark.parametrize("lemma", ["mobilise", "mobilize"])
def test_british_and_american_spellings(lemma):
    forms = verb_forms(lemma)
    assert {"mobilise", "mobilize", "mobilising", "mobilizing", "mobilised", "mobilized", "mobilises", "mobilizes"} <= forms


def test_organise_both_spellings():
    assert {"organised", "organized", "organising", "organizing"} <= verb_forms("organise")
    assert {"organised", "organized"} <= verb_forms("organize")


def test_forms_are_lowercase_and_include_the_lemma():
    forms = verb_forms("Visit")
    assert "visit" in forms and all(f == f.lower() for f in forms)


@pytest.mark.parametrize(
    "lemma, forms",
    [
        ("visit", {"visit", "visits"}),
        ("agency", {"agency", "agencies"}),
        ("match", {"match", "matches"}),
        ("spokesman", {"spokesman", "spokesmen"}),
        ("businessman", {"businessmen"}),
        ("organisation", {"organisation", "organisations", "organization", "organizations"}),
        ("organization", {"organisation", "organizations"}),
        ("talk", {"talk", "talks"}),
        ("country", {"countries"}),
    ],
)
def test_noun_forms(lemma, forms):
    assert forms <= noun_forms(lemma)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_the_lemma_itself_is_always_a_form(word):
    assert word in verb_forms(word)
    assert word in noun_forms(word)
