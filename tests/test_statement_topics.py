"""code: statements whose reported clause only talks about an act ("X said the killings were a
tragedy", "X said the raids were alarming") are the speaker's comment on it (CAMEO 01), while a
clause that tells the act happened ("X said its troops shelled the town") is still that act.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import roots

pytestmark = pytest.mark.model

DAY = dt.date(2016, 9, 14)

_roots = partial(roots, day=DAY)


@pytest.mark.parametrize("text", [
    "Ghana's interior minister said the lynchings in the northern region were a disgrace to the nation.",
    "The Estonian prime minister said the cyber attacks on state websites were a wake-up call for Europe.",
    "Uruguay's foreign minister said the kidnappings of two engineers were a serious blow to investor confidence.",
    "The Zambian president said the looting of shops in Lusaka was a shameful episode.",
])
def test_act_named_in_a_judged_subject_is_a_comment(coder, text):
    assert _roots(coder, text) == {"01"}


@pytest.mark.parametrize("text", [
    "The Moroccan interior minister said the riots in the Rif would not change the government's plans.",
    "Bolivia's president said the blockades of the highways would never succeed.",
])
def test_act_named_in_a_forecast_subject_is_a_comment(coder, text):
    assert _roots(coder, text) == {"01"}


@pytest.mark.parametrize("text", [
    "Armenia's foreign ministry said the shelling of border villages was deeply disturbing.",
    "The Malawian president said the raids on opposition offices were unacceptable.",
])
def test_act_only_rated_by_the_clause_is_no_act(coder, text):
    assert _roots(coder, text) == {"01"}


@pytest.mark.parametrize("comment, act, root", [
    ("The Armenian foreign ministry said the shelling of border villages was a crime.",
     "The Armenian defence ministry said Azerbaijani forces had shelled border villages overnight.", "19"),
    ("The Zambian police chief said the looting of shops was a disgrace.",
     "Police in Lusaka said they had arrested forty people for looting shops.", "17"),
])
def test_a_clause_that_tells_the_act_is_still_the_act(coder, comment, act, root):
    # the same act talked about is a comment; told as done by someone, it is the act
    assert _roots(coder, comment) == {"01"}
    assert root in _roots(coder, act)
