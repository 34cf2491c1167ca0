"""code: wordings of real wire news, round 3. A disapproving label keeps its sense when a particle
word ("for", "on") sits deep inside a phrase rather than next to the verb ("described the pact as a
disaster for Ruritania", "in a post on his website, X called Y a hostile nation"); the phrasal
senses ("called for", "called on", "called off") are still told by the verb's own particle.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)

_roots = partial(roots, day=DAY)


def test_label_with_for_inside_the_phrase_is_disapproval(coder):
    assert "11" in _roots(coder, "A Norwegian senator described the fishing treaty as a strategic disaster for Norway.")


def test_label_after_a_post_on_a_website_is_disapproval(coder):
    assert "11" in _roots(coder, "In a post on his website, the Russian president called Estonia one of the most hostile nations in Europe.")


def test_called_for_is_still_an_appeal(coder):
    r = _roots(coder, "The Chadian opposition called for an inquiry into the illegal detentions.")
    assert "11" not in r


def test_called_off_is_still_no_disapproval(coder):
    assert "11" not in _roots(coder, "The Kenyan union called off the illegal strike on Monday.")


def test_lost_their_lives_in_an_ambush_is_dying_in_it(coder):
    assert "19" in _roots(coder, "Twenty Malian soldiers lost their lives in an ambush near Gao.")


def test_lost_their_lives_in_a_hijacking_is_an_attack(coder):
    assert "18" in _roots(coder, "Officials in Lagos confirmed that nine passengers lost their lives in the ferry hijacking last week.")


def test_deaths_an_attack_resulted_in_are_its_target(coder):
    events = triples(coder, "The raid by Kenyan police resulted in the deaths of six al-Shabab militants.", DAY)
    assert any(root == "19" and src.startswith("KEN") and tgt.startswith("SOM") for root, src, tgt in events)


def test_lives_an_ambush_claimed_are_its_target(coder):
    events = triples(coder, "The ambush by Boko Haram claimed the lives of four Nigerian soldiers.", DAY)
    assert any(root == "19" and tgt.startswith("NGA") for root, src, tgt in events)
