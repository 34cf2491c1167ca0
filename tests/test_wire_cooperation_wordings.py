"""code: wire-news wordings of statements, cooperation, aid and concessions (CAMEO 01-08) that
the coder misread: meeting a goal is no meeting, what a state lets others do is its concession,
and a flow of energy or staples named by its noun ("resumed gas supplies to X") is economic
cooperation.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import pytest

from coding import code, roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2014, 6, 11)


def _top_root(coder, text: str) -> Optional[str]:
    events = code(coder, text, DAY)
    return max(events, key=lambda e: e.confidence).cameo_root if events else None


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay's economy minister said on Monday the government would meet its inflation targets next year.",
        "The finance ministry in Lima said the state oil company had met the deadline for repaying its creditors.",
    ],
)
def test_meeting_a_goal_is_no_meeting(coder, text):
    assert "04" not in roots(coder, text, DAY)


def test_meeting_a_counterpart_is_still_a_meeting(coder):
    assert "04" in roots(coder, "Uruguay's economy minister will meet his Chilean counterpart in Montevideo next week.", DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Belarus allowed a team of OSCE monitors to visit the detention centre outside Minsk on Thursday.",
        "The authorities in Tajikistan allowed the International Committee of the Red Cross to visit jailed opposition members.",
    ],
)
def test_what_is_allowed_is_the_concession(coder, text):
    assert _top_root(coder, text) == "08"
    assert "04" not in roots(coder, text, DAY)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Azerbaijan resumed natural gas supplies to Georgia on Friday after repairs to the pipeline, the energy ministry said.",
         ("AZE", "GEO")),
        ("Kazakhstan sharply increased its oil exports to China last year, customs officials in Astana said.", ("KAZ", "CHN")),
    ],
)
def test_a_flow_of_energy_named_by_its_noun_is_economic_cooperation(coder, text, pair):
    found = triples(coder, text, DAY)
    assert any(root == "06" and src.startswith(pair[0]) and tgt.startswith(pair[1]) for root, src, tgt in found)


def test_a_halted_flow_is_no_cooperation(coder):
    assert "06" not in roots(coder, "Azerbaijan halted natural gas supplies to Georgia on Friday, the energy ministry said.", DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Senegalese nurses flew to Liberia on Monday to help fight the Lassa fever outbreak.",
        "Argentine health workers travelled to Paraguay to help fight the Dengue epidemic in Asuncion.",
    ],
)
def test_fighting_a_disease_or_disaster_is_no_armed_clash(coder, text):
    assert not roots(coder, text, DAY) & {"18", "19", "20"}


def test_doctors_arriving_abroad_bring_humanitarian_aid(coder):
    found = triples(coder, "A team of Senegalese doctors arrived in Liberia on Monday, the health ministry in Monrovia said.", DAY)
    assert any(root == "07" and src.startswith("SEN") and tgt.startswith("LBR") for root, src, tgt in found)


def test_asking_a_party_for_something_is_an_appeal(coder):
    found = triples(coder, "Zambia asked its Chinese creditors for a five-year delay on repayments, the finance minister said.", DAY)
    assert any(root == "02" and src.startswith("ZMB") for root, src, tgt in found)


def test_sending_an_envoy_abroad_is_a_visit(coder):
    found = triples(coder, "Finland sent a special envoy to Addis Ababa on Tuesday for consultations on the Tigray conflict.", DAY)
    assert any(root == "04" and src.startswith("FIN") and tgt.startswith("ETH") for root, src, tgt in found)


def test_agreeing_with_a_party_that_something_holds_is_accord(coder):
    found = triples(coder, "Brazil's foreign minister agreed with his Argentine counterpart that the trade bloc must be reformed, "
                           "the ministry said.", DAY)
    assert any(root == "01" and src.startswith("BRA") for root, src, tgt in found)
    assert not any(root == "03" for root, _, _ in found)


def test_committed_to_a_gerund_the_parser_hangs_on_its_object_is_intent(coder):
    found = triples(coder, "Bolivia is committed to normalising ties with Chile.", DAY)
    assert any(root == "03" and src.startswith("BOL") and tgt.startswith("CHL") for root, src, tgt in found)


def test_a_titled_speaker_named_in_full_makes_a_statement(coder):
    found = triples(coder, "Chilean Finance Minister Rodrigo Valdes said on Tuesday that copper revenues would recover next year.", DAY)
    assert any(root == "01" and src.startswith("CHL") for root, src, tgt in found)


def test_a_goal_met_in_the_reported_clause_leaves_a_statement(coder):
    found = triples(coder, "The Chilean finance ministry said on Tuesday that the country would meet its fiscal targets this year.", DAY)
    assert any(root == "01" and src.startswith("CHL") for root, src, tgt in found)


def test_sending_people_to_help_an_army_is_aid(coder):
    found = triples(coder, "Britain sent military instructors and armoured trucks to help the Nigerian army, the defence ministry said.", DAY)
    assert any(root == "07" and src.startswith("GBR") and tgt.startswith("NGA") for root, src, tgt in found)


def test_market_demand_is_no_demand_made(coder):
    found = triples(coder, "The OPEC secretariat said in its monthly bulletin that global crude demand would rise faster next year.", DAY)
    assert not any(root == "10" for root, _, _ in found)
    assert any(root == "01" for root, _, _ in found)


def test_returning_an_ambassador_restores_relations(coder):
    found = triples(coder, "Brazil returned its ambassador to Asuncion on Monday, three months after recalling him over the coup.", DAY)
    assert any(root == "05" and src.startswith("BRA") and tgt.startswith("PRY") for root, src, tgt in found)


def test_an_act_the_speaker_had_nothing_to_do_with_is_a_denial(coder):
    text = "A spokesman for the Ugandan army said on Friday that Uganda had nothing to do with the shelling of the market in Bunia."
    found = triples(coder, text, DAY)
    assert found and all(root == "01" for root, _, _ in found)


def test_a_field_hospital_dispatched_abroad_is_aid(coder):
    found = triples(coder, "Spain has dispatched a military field hospital and 80 medical staff to the Ecuadorean city of Manta.", DAY)
    assert any(root == "07" and src.startswith("ESP") for root, src, tgt in found)
    assert not any(root == "15" for root, _, _ in found)


def test_asking_forgiveness_in_an_address_to_a_body_is_an_apology(coder):
    found = triples(coder, "Austria's chancellor asked Slovenia for forgiveness for wartime crimes in an address to the parliament in Ljubljana.", DAY)
    assert any(root == "05" and src.startswith("AUT") for root, src, tgt in found)


def test_a_titled_speaker_with_the_name_in_apposition_makes_a_statement(coder):
    found = triples(coder, "Chile's finance minister Rodrigo Valdes said the economy was on the mend.", DAY)
    assert any(root == "01" and src.startswith("CHL") for root, src, tgt in found)


def test_the_frame_an_act_is_done_under_is_not_its_object(coder):
    found = triples(coder, "Baluch rebels began withdrawing from Pakistan to camps in Afghanistan under a peace process with Islamabad.", DAY)
    assert any(root == "08" for root, _, _ in found)
    assert not any(root == "16" for root, _, _ in found)


def test_no_intention_of_an_act_is_a_statement(coder):
    found = triples(coder, "The Serbian defence minister said Belgrade had no intention of sending troops into Kosovo.", DAY)
    assert found and all(root == "01" for root, _, _ in found)


def test_no_plans_for_an_act_tells_no_act(coder):
    found = triples(coder, "Algeria has no plans to attack rebel bases across the border in Mali.", DAY)
    assert not any(root in ("13", "18", "19", "20") for root, _, _ in found)


def test_a_reported_stance_is_the_speakers_statement(coder):
    found = triples(coder, "Serbia's foreign ministry said on Monday that it considered the vote in the north to be illegitimate.", DAY)
    assert any(root == "01" and src.startswith("SRB") for root, src, tgt in found)


def test_freeing_opposition_figures_is_a_release(coder):
    found = triples(coder, "Azerbaijan's President Ilham Aliyev freed four opposition figures, including a prominent journalist, on Tuesday.", DAY)
    assert any(root == "08" and src.startswith("AZE") for root, src, tgt in found)


def test_imports_resumed_from_a_country_are_economic_cooperation(coder):
    found = triples(coder, "Armenia resumed natural gas imports from Iran on Monday after a two-week interruption.", DAY)
    assert any(root == "06" and src.startswith("ARM") and tgt.startswith("IRN") for root, src, tgt in found)


def test_food_airdropped_to_people_is_aid(coder):
    found = triples(coder, "The World Food Programme began airdropping food to thousands of people stranded by floods in South Sudan.", DAY)
    assert any(root == "07" for root, _, _ in found)


def test_an_act_there_is_no_sign_of_is_not_told(coder):
    found = triples(coder, "The Estonian defence chief said there was no sign that Russian troops were pulling back from the border.", DAY)
    assert not any(root == "08" for root, _, _ in found)


def test_acknowledging_a_fact_is_a_statement(coder):
    found = triples(coder, "Malawi's health ministry admitted on Monday that the country's hospitals were running short of antibiotics.", DAY)
    assert any(root == "01" and src.startswith("MWI") for root, src, tgt in found)
