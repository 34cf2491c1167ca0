"""code: whole-story misses of the fifth round of real stories, as mechanisms: a group's country
told by a place after a word that only locates it ("fighters based in X"), "blamed the raids on X"
accusing X, a passive's agent hung on its role noun ("was listed as a terrorist group by Y") and a
relative clause on a copula's predicate ("X is a militia that was listed ..."), and small lexicon
classes (market sellers as business, a Pakistani armed group).

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, triples

pytestmark = pytest.mark.model

DAY = dt.date(2024, 6, 11)

_pairs = partial(triples, day=DAY, source="country")


def test_group_based_in_a_country_takes_its_country(coder):
    assert ("11", "NER", "LBY") in _pairs(coder, "Niger accused fighters based in Libya of the raid on the convoy.")


def test_group_stationed_in_a_country_takes_its_country(coder):
    pairs = _pairs(coder, "Mali denounced gunmen operating in Burkina Faso for the massacre of villagers.")
    assert ("11", "MLI", "BFA") in pairs


def test_blame_on_accuses_the_one_it_is_put_on(coder):
    # (the earlier attack makes "the attacks" a known deed, not the accused)
    text = ("Unknown gunmen carried out an attack on a police post near the border on Friday. "
            "Dushanbe has blamed several recent attacks on Afghan fighters.")
    events = [e for e in code(coder, text, DAY) if e.trigger.text == "blamed"]
    assert events and all(e.target is not None and e.target.country == "AFG" for e in events)


def test_passive_agent_hung_on_the_role_noun(coder):
    assert ("11", "CAN", "PSE") in _pairs(coder, "Hamas was designated as a terrorist organization by Canada in 2002.")


def test_passive_relative_clause_on_a_copula_predicate(coder):
    pairs = _pairs(coder, "Hamas is a movement that was declared a terrorist organization by Canada.")
    assert ("11", "CAN", "PSE") in pairs


def test_market_vendors_are_a_business_group(coder):
    pairs = _pairs(coder, "Hundreds of fish vendors in Ghana's capital staged a sit-in on Monday to protest the new levies.")
    assert any(root == "14" and src == "GHA" for root, src, _ in pairs)


def test_baloch_armed_group_is_pakistani(coder):
    assert ("11", "GBR", "PAK") in _pairs(coder, "Britain listed the BLA as a terrorist organisation in 2006.")


def test_appeal_to_end_the_fighting_is_made_to_the_warring_country(coder):
    text = ("Fighting between the army and rebels in Chad has displaced thousands. Chad's army has shelled "
            "rebel towns. The UN refugee chief, Ana Ruiz, demanded an end to the fighting on Tuesday.")
    events = [e for e in code(coder, text, DAY) if e.trigger.text == "demanded"]
    assert events and all(e.target is not None and e.target.country == "TCD" for e in events)



def test_stand_accused_makes_the_subject_the_accused(coder):
    # (the accuser is unnamed: the officers are the target, never the source)
    pairs = _pairs(coder, "Two Kenyan officers stand accused of the killing of a Somali trader.")
    assert any(root == "11" and tgt == "KEN" for root, _, tgt in pairs)
    assert not any(root == "11" and src == "KEN" for root, src, _ in pairs)


@pytest.mark.parametrize("text, want", [
    ("The Pentagon said on Monday it would send more troops to Poland.", "USAMIL"),
    ("The IDF struck targets in southern Lebanon on Sunday.", "ISRMIL"),
    ("The Revolutionary Guards seized a British tanker in the Gulf.", "IRNMIL"),
    ("The CIA accused Russia of meddling in the vote.", "USASPY"),
    ("The People's Liberation Army held drills near Taiwan.", "CHNMIL"),
])
def test_named_state_bodies_are_their_countrys(coder, text, want):
    assert any(e.source is not None and e.source.code == want for e in code(coder, text, DAY))


def test_taking_credit_for_an_attack_claims_responsibility(coder):
    assert ("01", "TCD", "TCD") in _pairs(coder, "The Sandline Front took credit for the bombing of a police post in Chad.")


def test_coordinated_verb_shares_the_earlier_verbs_target(coder):
    text = ("At the talks, Chile's leader asked Peru's president for a loan. "
            "Peru's president denied the request and asked instead for a new treaty.")
    events = [e for e in code(coder, text, DAY) if e.trigger.text == "asked" and e.source.country == "PER"]
    assert events and all(e.target is not None and e.target.country == "CHL" for e in events)


def test_withdrawal_naming_no_place_leaves_the_storys_country(coder):
    text = ("Mali's junta has tightened its grip on Mali since the coup. France began the withdrawal of its "
            "troops last year, and the junta welcomed the pullout.")
    events = [e for e in code(coder, text, DAY) if e.cameo in ("0873", "0874") and e.source.country == "FRA"]
    assert events and all(e.target is not None and e.target.country == "MLI" for e in events)
