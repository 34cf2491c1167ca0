"""code: the fifth round of known misses. A leader's surname opening a sentence that the tagger
takes for a common noun; armed undertakings against militants and security forces breaking up
cells; threats told as what the other side will suffer; terrorist designations and suspensions
from a bloc; one's own act admitted; declining comment; armed groups of 2008-2020 news; deposits,
relief flights and financing deals; "X expects Y to <act>" as a demand.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import codes, triples

pytestmark = pytest.mark.model

DAY = dt.date(2019, 6, 12)

_pairs = partial(triples, day=DAY)
_full = partial(triples, day=DAY, cameo="cameo")
_codes = partial(codes, day=DAY)


def test_sentence_initial_surname_taken_for_a_noun_is_the_leader(coder):
    # "trump" is also a common noun: the tagger reads the opening surname as one
    assert ("05", "USA", "QAT") in _pairs(coder, "Trump praised the Qatari emir for his patient mediation.", source="country")


def test_offensive_to_flush_out_militants_is_force_against_them(coder):
    pairs = _full(coder, "Somali commandos launched an offensive to flush out al-Shabaab fighters from the coastal villages.",
                  target="code", more=("modality",))
    assert ("190", "SOMMIL", "SOMREB", "occurred") in pairs


def test_operation_to_root_out_insurgents_takes_the_launcher_as_source(coder):
    pairs = _pairs(coder, "The Malian army began an operation to root out Ansar Dine insurgents near Timbuktu.", source="country")
    assert ("19", "MLI", "MLI") in pairs
    # (rooting out corruption is no force)
    assert "19" not in {c[:2] for c in _codes(coder, "The Kenyan president vowed to root out corruption in the ministries.")}


def test_dismantled_cell_is_an_arrest(coder):
    assert "173" in _codes(coder, "Tunisian police dismantled a jihadist cell plotting attacks on tourist hotels.")


def test_busting_a_smuggling_ring_is_an_arrest(coder):
    assert "173" in _codes(coder, "Colombian police busted a cocaine smuggling ring operating from the port of Cartagena.")


def test_activation_of_a_standby_force_is_mobilisation(coder):
    assert "154" in _codes(coder, "ECOWAS ordered the activation of its standby force for the Gambia.")


def test_would_pay_a_heavy_price_is_a_threat_against_the_subject(coder):
    assert ("13", "IRN", "SAU") in _pairs(
        coder, "Iran said Saudi Arabia would pay a heavy price if it allowed foreign bases on its soil.")


def test_warned_of_consequences_the_condition_sets_no_attack_threat(coder):
    pairs = _full(coder, "Ankara warned that Greece would face grave consequences if it sent warships to the island.",
                  source="country")
    assert ("130", "TUR", "GRC") in pairs


def test_if_clause_with_military_action_in_the_main_clause_is_a_threat(coder):
    assert "13" in {c[:2] for c in _codes(
        coder, "If Eritrea moves troops to the border, Ethiopia will take military action, the Ethiopian army chief said.")}


def test_terrorist_designation_is_an_accusation(coder):
    assert ("112", "CAN", "AFG") in _full(
        coder, "Canada designated the Haqqani network a terrorist organisation on Friday.", source="country")


def test_suspension_from_the_bloc_reduces_relations(coder):
    assert ("160", "IGOAFRAFU", "BFA") in _full(
        coder, "The African Union suspended Burkina Faso from the bloc after the soldiers seized power.",
        source="code", target="country")


def test_admitting_civilians_were_killed_is_acknowledgement(coder):
    found = _codes(coder, "The Nigerian air force acknowledged that villagers were killed in its bombing raid.")
    assert "015" in found and not any(c[:2] in ("18", "19", "20") for c in found)


def test_admitting_its_soldiers_killed_is_acknowledgement(coder):
    found = _codes(coder, "The Cameroonian army admitted that its soldiers had shot dead four fishermen.")
    assert "015" in found and not any(c[:2] in ("18", "19", "20") for c in found)


def test_would_not_comment_declines_comment(coder):
    found = _codes(coder, "Peru's foreign ministry would not comment on reports of secret talks with Bolivian officials.")
    assert found == {"011"}


@pytest.mark.parametrize("text, country", [
    ("SPLM-N fighters shelled the town of Kadugli.", "SDN"),
    ("ISWAP militants overran a military base in Borno.", "NGA"),
    ("The Popular Mobilization Forces shelled positions near Tal Afar.", "IRQ"),
])
def test_armed_groups_of_the_period_are_known(coder, text, country):
    pairs = _pairs(coder, text, source="country")
    assert any(root in ("18", "19") and src == country for root, src, _ in pairs)


def test_deposit_in_a_central_bank_is_economic_aid(coder):
    assert ("071", "KWT", "EGY") in _full(coder, "Kuwait deposited $1 billion in the central bank of Egypt.", source="country")


def test_planes_carrying_relief_aid_to_where_they_land(coder):
    assert ("073", "TUR", "LBN") in _full(
        coder, "Turkish military planes carrying medical aid landed in Beirut on Thursday.", source="country")


def test_financing_deal_under_which_a_dam_is_built(coder):
    pairs = _full(coder, "Uganda began building a power plant under a loan agreement with China.", source="country")
    assert ("061", "UGA", "CHN") in pairs


def test_expects_another_state_to_free_prisoners_is_a_demand(coder):
    pairs = _pairs(coder, "France expects Iran to free the detained French researchers.")
    assert ("10", "FRA", "IRN") in pairs
    # (an expected state of things is no demand)
    assert "10" not in {c[:2] for c in _codes(coder, "Chile expects the negotiations to resume in August.")}
