"""resolve: 'he' / 'she' / 'him' and people no table knows. A personal name the dictionary and the
gazetteer do not resolve ("Daniel Otieno", an analyst), named as a subject, an appositive or the
speaker of "said X", is a person of no known country that competes as the antecedent of a later
pronoun; so is a role noun naming no country ("the reporter"). When such a person is the latest,
the pronoun means them (uncoded, code ``---``) or no one, never a leader named earlier. "X said
(that) he would ..." binds 'he' to X in the same sentence.

The stories are written for these tests; none comes from the seed articles, the gold sets or any
news story.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import in_sentence

pytestmark = pytest.mark.model

DAY = dt.date(2024, 2, 12)
LEAD = "President William Ruto signed the new finance law in Nairobi on Monday. "


_sentence_events = partial(in_sentence, day=DAY)


def _not_the_leader(actor):
    return actor is None or actor.code != "KENGOV" and actor.name != "William Ruto"


def test_an_analyst_named_by_said_x_is_the_later_he(coder):
    text = LEAD + ('"The levy will ruin small traders," said Daniel Otieno, an economist at a college in Kisumu. '
                   "He urged parliament to repeal the fuel tax.")
    evs = _sentence_events(coder, text, "He urged")
    assert all(_not_the_leader(e.source) for e in evs)
    assert all(e.source.code == "---" and e.source.name == "Daniel Otieno" for e in evs)
    # a known leader named after the analyst is the later 'he'
    text = ('"The levy will ruin small traders," said Daniel Otieno, an economist at a college in Kisumu. '
            "On Monday, President William Ruto defended the levy in Nairobi. He urged parliament to keep the fuel tax.")
    evs = _sentence_events(coder, text, "He urged")
    assert evs and all(e.source.code == "KENGOV" for e in evs)


def test_she_is_the_named_critic_not_the_leader(coder):
    text = LEAD + "Opposition activist Grace Wanjiku, who leads a farmers' union, criticised the law on Tuesday. She called for a general strike."
    evs = _sentence_events(coder, text, "She called")
    assert evs and all(e.source.code == "---" and e.source.name == "Grace Wanjiku" for e in evs)


def test_x_said_that_he_binds_he_to_x(coder):
    text = LEAD + "At a rally in Eldoret, Kiprono said that he would lead protests against the government next week."
    evs = _sentence_events(coder, text, "Kiprono said")
    assert evs and all(_not_the_leader(e.source) for e in evs)


def test_the_reporter_is_the_later_him(coder):
    text = LEAD + "Police detained a reporter in Nakuru on Tuesday. Lawyers for the reporter said that police had beaten him."
    evs = _sentence_events(coder, text, "beaten him")
    assert evs and all(e.target is not None and e.target.code == "---MED" for e in evs)




def test_a_leader_named_again_at_the_start_of_a_sentence_is_his(coder):
    # the parser may tag a surname that opens a sentence as a common noun ("Trump has ...")
    text = ("President Donald Trump announced new duties on steel on Monday. Economist Robin Whitfield criticised "
            "the duties on Tuesday. Trump has often said his new tariffs will bring factories home.")
    evs = [e for e in coder.code_text(text, doc_id="t", date=dt.date(2025, 4, 7)) if "his new tariffs" in e.sentence]
    assert evs and all(e.source.code == "USAGOV" for e in evs)
