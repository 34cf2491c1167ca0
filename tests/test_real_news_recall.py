"""Recall on real news: wordings that wire and broadcast stories use for common events.

The sentences are written for these tests; none comes from the seed articles, the gold sets or
the news stories read to find the wordings.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code

pytestmark = pytest.mark.model

DAY = dt.date(2019, 5, 2)


_events = partial(code, day=DAY)


def test_i_in_a_quote_is_the_speaker_the_sentence_names(coder):
    evs = _events(coder, 'Chile\'s foreign minister Roberto Ampuero spoke on Monday. '
                         '"I urge the Venezuelan authorities to free the detainees," he said.')
    assert any(e.cameo.startswith("02") and e.source and e.source.country == "CHL"
               and e.target and e.target.country == "VEN" for e in evs), evs


def test_we_in_a_quote_is_the_speakers_government(coder):
    evs = _events(coder, '"We urge the Indian side to stop such provocations," the Chinese foreign ministry spokesman said.')
    assert any(e.cameo.startswith("02") and e.source and e.source.code == "CHNGOV"
               and e.target and e.target.country == "IND" for e in evs), evs


def test_a_disapproving_label_is_criticism(coder):
    evs = _events(coder, 'The Iranian foreign ministry called the French remarks "unacceptable".')
    assert any(e.cameo.startswith("11") and e.source and e.source.country == "IRN"
               and e.target and e.target.country == "FRA" for e in evs), evs


def test_described_as_a_disapproving_word_is_criticism(coder):
    evs = _events(coder, 'Brazilian President Jair Bolsonaro described the Argentine proposal as "absurd".')
    assert any(e.cameo.startswith("11") and e.source and e.source.country == "BRA" for e in evs), evs


def test_a_call_for_is_still_an_appeal(coder):
    evs = _events(coder, "The Kenyan president called for an end to the unacceptable violence in South Sudan.")
    assert evs and all(not e.cameo.startswith("11") for e in evs), evs


def test_a_quote_with_no_quoting_verb_ends(coder):
    # the walk up from 'we' to a quoting verb reaches the root and stops there
    evs = _events(coder, '"We attacked the rebel camp at dawn, and we will strike again."')
    assert all(e.cameo[:2] in ("18", "19", "13") for e in evs), evs
