"""code: conflict-side wordings that used to give no event: refusing to take in refugees or to
give permission (a cooperative act negated with will/would is a refusal, CAMEO 12).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_codes = partial(triples, day=DAY, cameo="cameo", target="code")


def test_taking_in_refugees_is_granting_refuge(coder):
    codes = _codes(coder, "Uruguay took in 400 Bolivian refugees on Monday.")
    assert any(c == "075" and s.startswith("URY") for c, s, _ in codes)


def test_refusing_refugees_is_a_rejection(coder):
    codes = _codes(coder, "Uruguay says it will not admit any more Bolivian refugees this year.")
    assert any(c[:2] == "12" and s.startswith("URY") for c, s, _ in codes)


def test_withholding_permission_is_a_rejection(coder):
    codes = _codes(coder, "The Estonian government would not give permission to Finland to build the bridge.")
    assert any(c[:2] == "12" and s.startswith("EST") and (t or "").startswith("FIN") for c, s, t in codes)


def test_main_verb_parsed_as_a_participle_keeps_its_subject(coder):
    # the parser hangs "called" on "newspaper" as if it were "a newspaper (that was) called ..."
    codes = _codes(coder, "An official Kenyan newspaper called Friday on Ugandans to reject the new border treaty.")
    assert any(c[:2] == "02" and s.startswith("KEN") and (t or "").startswith("UGA") for c, s, t in codes)


def test_closing_protest_reports_a_complaint_about_the_clause_subject(coder):
    codes = _codes(coder, "The Nepalese army is hiding the true casualty figures, an Indian rights group protested here Sunday.")
    assert ("114", "INDNGO", "NPLMIL") in codes



def test_foiled_plot_is_the_act_by_an_unknown_author(coder):
    codes = _codes(coder, "A plot to kill the Kenyan interior minister was foiled in Mombasa on Sunday.")
    assert ("186", "---", "KENGOV") in codes
