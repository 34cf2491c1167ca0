"""code: public statements (CAMEO 01) and appeals (02) told through wordings other than "said":
a court's ruling or a body's forecast told as a that-clause, a statement joined to a step that is
no event ("held its rate and said ..."), a symbolic act with no addressee, declining to answer a
request for comment, and a proposal of what others should do.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import codes, triples

pytestmark = pytest.mark.model

DAY = dt.date(2014, 6, 3)

_pairs = partial(triples, day=DAY)
_codes = partial(codes, day=DAY)


def test_a_court_ruling_about_someone_else_is_the_courts_statement(coder):
    pairs = _pairs(coder, "Zambia's Constitutional Court ruled on Thursday that the former mayor was not eligible to stand in the by-election.")
    assert any(r == "01" and s.startswith("ZMB") for r, s, _ in pairs)


def test_a_forecast_is_a_statement(coder):
    pairs = _pairs(coder, "The Bank of Ghana predicted on Wednesday that the cedi would stabilise in the second half of the year.")
    assert any(r == "01" and s.startswith("GHA") for r, s, _ in pairs)


def test_an_argument_told_as_a_that_clause_is_a_statement(coder):
    pairs = _pairs(coder, "Norway's finance minister Siv Jensen argued that the oil fund should sell its coal holdings.")
    assert any(r == "01" and s.startswith("NOR") for r, s, _ in pairs)


def test_a_statement_joined_to_a_rate_decision_is_still_one(coder):
    pairs = _pairs(coder, "The Central Bank of Chile held its benchmark rate at 3 percent on Tuesday and said inflation would ease next year.")
    assert any(r == "01" and s.startswith("CHL") for r, s, _ in pairs)


def test_a_conjoined_say_with_its_own_speaker_is_not_the_first_clause_statement(coder):
    # ("said" with a subject of its own, misparsed as joined to the first verb, is no statement of it)
    assert "010" not in _codes(coder, "The launch comes after another rocket test that Iran said it carried out in May at the same site.")


def test_a_vigil_needs_no_addressee(coder):
    pairs = _pairs(coder, "Hundreds of Hungarians held a candlelit vigil in central Budapest on Sunday night.")
    assert ("01", "HUN", None) in {(r, s[:3], t) for r, s, t in pairs}


def test_a_minute_of_silence_is_a_symbolic_act(coder):
    assert "017" in _codes(coder, "Portuguese President Marcelo Rebelo de Sousa observed a minute of silence at the ceremony in Lisbon.")


def test_no_response_to_a_request_for_comment_declines_comment(coder):
    assert "011" in _codes(coder, "A spokesman for Peru's interior ministry did not respond to a request for comment on Friday.")


def test_answering_a_request_for_comment_declines_nothing(coder):
    assert "011" not in _codes(coder, "A spokesman for Peru's interior ministry responded to a request for comment on Friday.")


def test_the_setting_of_a_statement_is_no_act_in_it(coder):
    pairs = _pairs(coder, "Austrian Chancellor Werner Faymann stressed that Vienna's position on the pipeline had not changed, "
                          "speaking to reporters after a cabinet meeting.")
    assert any(r == "01" and s.startswith("AUT") for r, s, _ in pairs)


def test_a_transcript_released_frees_no_one(coder):
    assert "0841" not in _codes(coder, "The envoy spoke of the talks in an interview, according to a transcript released by the Danish foreign ministry.")


def test_proposing_that_two_sides_talk_is_an_appeal(coder):
    pairs = _pairs(coder, "Kazakhstan proposed that Armenia and Azerbaijan hold talks in Almaty next month.")
    assert any(r == "02" and s.startswith("KAZ") for r, s, _ in pairs)


def test_urging_by_exhortation_is_an_appeal(coder):
    pairs = _pairs(coder, "Malawi's president exhorted Britain to restore budget support, in a speech in Lilongwe.")
    assert any(r == "02" and s.startswith("MWI") for r, s, _ in pairs)
