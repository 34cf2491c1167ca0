"""code: acts a sentence names without telling them as done, beside the one it reports: the act
a condition clause sets ("unless Y agrees"), the act someone was kept from ("barred X from
standing"), and the alleged reason for an arrest whose author is unnamed ("was detained for
spying for X").

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import roots

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_roots = partial(roots, day=DAY)


def test_condition_clause_act_is_not_coded(coder):
    roots = _roots(coder, "Mali threatened to expel the French ambassador unless Paris agreed to withdraw its troops.")
    assert roots == {"13"}


def test_act_someone_was_kept_from_is_not_coded(coder):
    roots = _roots(coder, "The Peruvian junta has barred opposition parties from cooperating with Bolivian observers.")
    assert "06" not in roots and "17" in roots


def test_reason_of_an_unattributed_arrest_is_not_coded(coder):
    roots = _roots(coder, "A Danish engineer was detained in Algeria for cooperating with Moroccan intelligence.")
    assert "06" not in roots


def test_content_of_a_right_is_not_an_act(coder):
    # CAMEO codes the support for the right (05), not the strike it entitles
    roots = _roots(coder, "Washington defended the right of Colombian troops to strike at guerrilla camps in Ecuador.")
    assert roots == {"05"}


def test_call_of_a_march_is_its_aim(coder):
    # the demand is what the demonstration is for (14), not an appeal of its own (02)
    roots = _roots(coder, "Thousands of Chileans marched in Santiago on Friday calling for the resignation of the mining minister.")
    assert roots == {"14"}


def test_prohibited_aid_is_cut_not_given(coder):
    # forbidding aid reduces relations (CAMEO 162 reduce or stop aid), it gives none (07)
    roots = _roots(coder, "Canada announced it would prohibit all aid to the Haitian gangs.")
    assert "16" in roots and "07" not in roots
