"""code: wire-news wordings of a mixed 2008-2020 batch (round 4 of the invented dev set): arms and
money handed to another state, intelligence sharing named by its noun, a chamber voting a treaty
down, a statement whose speaker opens the sentence before a trailing attribution, blame riding on a
report of an attack, and two states pledging a joint offensive.

The sentences are written for these tests; none comes from the seed articles, the gold sets or the
dev set.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, triples

pytestmark = pytest.mark.model

DAY = dt.date(2014, 6, 3)

_pairs = partial(triples, day=DAY)


def _top(coder, text: str) -> str:
    """The CAMEO root of the sentence's highest-confidence event."""
    events = code(coder, text, DAY)
    assert events, text
    return max(events, key=lambda e: e.confidence).cameo_root


def test_warships_handed_over_are_military_aid(coder):
    assert ("07", "FRA", "QAT") in _pairs(
        coder, "France has handed over the first six Rafale jets to Qatar at a ceremony in Merignac, the air force said.")
    assert ("07", "DEU", "ISR") in _pairs(
        coder, "Germany delivered a fifth Dolphin-class submarine to Israel last month, officials in Kiel said.")


def test_money_paid_into_a_country_is_economic_aid(coder):
    assert ("07", "KWT", "JOR") in _pairs(
        coder, "Kuwait disbursed 250 million dollars to Jordan on Wednesday to ease its budget shortfall.")
    assert ("07", "QAT", "EGY") in _pairs(
        coder, "Qatar deposited $2 billion in the Egyptian central bank to support the pound, the cabinet said.")


def test_intelligence_sharing_as_a_noun_is_cooperation(coder):
    pairs = _pairs(coder, "Belgian and Dutch police have expanded intelligence sharing on returning jihadists, officials said.",
                   source="country")
    assert ("06", "BEL", "NLD") in pairs


def test_information_exchanged_on_missiles_is_no_fire(coder):
    roots = {r for r, _, _ in _pairs(
        coder, "Poland and Lithuania exchanged radar information on Russian missile deployments under a new agreement.")}
    assert "06" in roots and "19" not in roots


def test_water_piped_to_a_neighbour_is_material_cooperation(coder):
    assert ("06", "TUR", "CYP") in _pairs(
        coder, "Turkey started pumping fresh water to northern Cyprus through an undersea pipeline on Saturday.")


def test_parliament_voting_down_a_treaty_rejects_it(coder):
    assert _top(coder, "The Dutch parliament voted down the association treaty with Ukraine by a wide margin on Tuesday.") == "12"


def test_statement_before_a_trailing_attribution(coder):
    text = ("Ghana's statistics office announced on Monday that inflation had eased to 11 percent in May, "
            "its head told a news conference in Accra.")
    assert ("01", "GHA", None) in {(r, (s or "")[:3], t) for r, s, t in _pairs(coder, text)}


def test_blame_riding_on_a_report_ranks_below_the_attack(coder):
    text = ("Dozens of civilians were killed in a barrel bomb attack on a hospital in Aleppo, "
            "opposition groups said, accusing the Syrian air force.")
    assert _top(coder, text) in ("18", "19", "20")


def test_two_states_pledging_a_joint_offensive_cooperate(coder):
    pairs = _pairs(coder, "Chad and Niger agreed on Friday to launch joint military operations against Boko Haram "
                          "around Lake Chad, their defence ministers said.")
    assert ("03", "TCD", "NER") in pairs
    assert not any(r == "13" for r, _, _ in pairs)
