"""code: wordings of real news sentences that yielded no event or the wrong 5-way class when each
sentence is coded on its own: a lone sentence whose actors do not resolve ("He accused the envoy of
lying", "the movement alleged that ..."), a statement that outranked the act it announced, the
content of an appeal coded as done, a state leaving an organisation coded as a military retreat,
"they" or "it" in what a group reports, and disapproving labels, speaking out against something and
taking over a vehicle.

The sentences are written for these tests; none comes from the seed articles, the gold sets or the
VOA stories.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2019, 10, 8)


_roots = partial(roots, day=DAY)
_triples = partial(triples, day=DAY)


def _top_root(coder, text: str) -> str | None:
    events = code(coder, text, DAY)
    return max(events, key=lambda e: e.confidence).cameo_root if events else None


# ---------------------------------------------------------------- last resort for a lone sentence

@pytest.mark.parametrize(
    "text, root",
    [
        # an unresolved pronoun subject: someone still made the accusation, the demand, the appeal
        ("He accused the Ugandan envoy of spreading lies about the border.", "11"),
        ("She demanded that the Bolivian army leave the valley at once.", "10"),
        ("They urged Lusaka to reopen the border crossing.", "02"),
        # an unnamed accuser
        ("The former governor was accused of diverting relief funds.", "11"),
        # a subject no table codes
        ("The Tuareg movement alleged that the Malian police had sold seized weapons.", "11"),
        ("Hundreds of miners in the north denounced the new levy.", "11"),
        ("The movement said it had killed nine Malian soldiers near the dunes.", "19"),
    ],
)
def test_a_lone_sentence_with_unresolved_actors_still_codes_its_act(coder, text, root):
    assert _top_root(coder, text) == root


def test_a_verbal_act_aimed_at_no_one_named_is_kept_in_a_lone_sentence(coder):
    assert "11" in _roots(coder, "Farm unions in the north have denounced the new levy.")


def test_the_last_resort_is_for_a_documents_first_sentence_only(coder):
    # further into a story, a sentence with no actor the coder knows is mostly colour
    story = ("He denounced the new levy on maize. Zambia and Malawi signed a border accord on Monday. "
             "Later, they denounced the levy on fertiliser.")
    found = [e for e in code(coder, story, DAY) if e.cameo_root == "11"]
    assert [e.sentence_index for e in found] == [0]


def test_a_hazard_is_no_actor_of_last_resort(coder):
    assert "11" in _roots(coder, "Later, he slammed the decision.")
    assert not any(e.cameo_root in ("11", "17", "18", "19")
                   for e in code(coder, "Cyclone Mirabel slammed into the coast of Madagascar on Sunday.", DAY))


# ---------------------------------------------------------------- which event leads

def test_an_announcement_ranks_below_the_act_it_announces(coder):
    assert _top_root(coder, "Ghana retaliated by announcing new tariffs on Nigerian rice.") == "16"


def test_what_an_unresolved_speaker_urges_did_not_happen(coder):
    got = _roots(coder, "They urged the Tuareg rebels to sign the accord with Bamako.")
    assert "02" in got and "05" not in got


# ---------------------------------------------------------------- senses and lexicon

def test_a_state_leaving_an_organisation_reduces_relations(coder):
    got = _triples(coder, "Bolivia withdrew from the Union of South American Nations last year.", cameo="cameo")
    assert got and all(c.startswith("16") for c, _, _ in got)


def test_a_ban_on_the_supply_of_goods_is_an_embargo(coder):
    assert _triples(coder, "Japan has banned the supply of advanced lathes to Iran.", cameo="cameo") == {("163", "JPN", "IRN")}


@pytest.mark.parametrize(
    "text, root",
    [
        ("The Zambian opposition called the verdict arbitrary.", "11"),
        ("The Malawian bar association described the new decree as unconstitutional.", "11"),
        ("Gunmen took over a passenger ferry off the coast of Mindanao.", "18"),
    ],
)
def test_lexicon_wordings(coder, text, root):
    assert root in _roots(coder, text)


def test_speaking_out_is_disapproval_only_against_something(coder):
    assert "11" in _roots(coder, "Kenyan lawmakers spoke out against the new fuel levy.")
    assert "11" not in _roots(coder, "Kenyan lawmakers spoke out about the fuel shortage.")


# ---------------------------------------------------------------- who "they" and "it" are

@pytest.mark.parametrize(
    "text, source",
    [
        ("The Taliban said they had ambushed a police convoy.", "AFGREB"),
        ("In a statement, the Houthis said they had shot down a Saudi drone.", "YEMREB"),
    ],
)
def test_they_in_a_reported_clause_is_the_reporting_group(coder, text, source):
    assert any(src == source for _, src, _ in _triples(coder, text))


def test_they_after_a_person_speaker_is_not_the_speaker(coder):
    # ("the minister said they would ...": they are someone else; the threat is still coded)
    got = _triples(coder, "The Chadian minister said they would attack the town.")
    assert got and not any(src.startswith("TCD") for _, src, _ in got)
