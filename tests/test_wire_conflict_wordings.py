"""code: verbal and material conflict in the wordings of 2008-2020 wire news that the coder missed:
verbal conflict aimed at no one it can name, formal investigations, campaigns of violence, troops
moved up, drills held near a place, cyber break-ins and cut hotlines.

The sentences are written for these tests; none comes from the seed articles, the gold sets or the
development sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, codes, roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2016, 5, 11)

_pairs = partial(triples, day=DAY, source="country")
_roots = partial(roots, day=DAY)


# ---------------------------------------------------------------- verbal conflict with no target

def test_alleged_fraud_with_no_one_named_is_an_accusation(coder):
    assert _roots(coder, "The Gabonese opposition alleged massive fraud in the count on Sunday.") == {"11"}


def test_denouncing_a_decision_with_no_one_named_is_a_criticism(coder):
    assert _roots(coder, "Opposition lawmakers in Lusaka denounced the decision on Tuesday.") == {"11"}


def test_warning_with_no_one_named_is_no_threat(coder):
    # (a forecast, not a threat of the speaker's own act)
    assert "13" not in _roots(coder, "Officials in Windhoek warned that the drought would ruin the maize harvest.")


def test_aimless_verbal_conflict_gives_way_to_an_aimed_event(coder):
    # (the sentence tells an aimed act: the targetless accusation is not added to it)
    pairs = _pairs(coder, "Bolivian police arrested two Peruvian smugglers after the opposition alleged fraud.")
    assert ("17", "BOL", "PER") in pairs and not any(r == "11" for r, _, _ in pairs)


# ---------------------------------------------------------------- investigations

def test_placed_under_investigation_is_an_investigation(coder):
    assert ("09", "ITA", "ITA") in _pairs(coder, "Milan prosecutors placed the Italian deputy economy minister under investigation for graft.")


# ---------------------------------------------------------------- material conflict

def test_campaign_of_ethnic_cleansing_is_mass_violence(coder):
    assert "20" in _roots(coder, "Serb paramilitaries waged a campaign of ethnic cleansing against Bosniaks in the valley.")


def test_troops_and_tanks_moved_up_are_a_show_of_force(coder):
    assert ("15", "SRB") in {(r, s) for r, s, _ in _pairs(coder, "Serbia has moved extra troops and tanks to the region near Kosovo.")}


def test_drills_held_near_a_country_are_aimed_at_it(coder):
    assert ("15", "RUS", "LVA") in _pairs(coder, "Russian bombers carried out drills near the Latvian border on Tuesday.")


def test_civilian_drill_is_no_show_of_force(coder):
    assert "15" not in _roots(coder, "Teachers held a fire drill near the school on Tuesday.")


def test_breaking_into_computers_is_a_cyber_attack(coder):
    pairs = _pairs(coder, "Chinese hackers broke into the computer systems of the Australian parliament.")
    assert any(r == "17" and t == "AUS" for r, _, t in pairs)


def test_burglary_is_no_cyber_attack(coder):
    assert "17" not in _roots(coder, "Thieves broke into a Chilean diplomat's flat in Lima.")


def test_cutting_hotlines_reduces_relations(coder):
    assert ("16", "PRK", "KOR") in _pairs(coder, "North Korea cut off the military hotline with South Korea on Thursday.")


def test_summoning_a_high_commissioner_is_a_complaint(coder):
    assert ("11", "MYS", "SGP") in _pairs(coder, "Malaysia summoned Singapore's high commissioner on Wednesday over the water dispute.")


# ---------------------------------------------------------------- protests

def test_protesters_occupying_roads_protest(coder):
    # (civilians holding a place block it, CAMEO 144, not an occupation of territory, 192; what they
    # demand while doing it is the protest's aim)
    assert _roots(coder, "Protesters occupied the main avenues of Tegucigalpa for a fourth day, demanding a recount of the vote.") == {"14"}


def test_troops_occupying_a_town_still_occupy_it(coder):
    assert "19" in _roots(coder, "Ethiopian troops occupied the Somali town of Baidoa on Monday.")


# ---------------------------------------------------------------- demands

def test_insisted_with_a_bare_verb_is_a_demand(coder):
    # (the parser tags "hand" after a singular subject as a present tense: it is a subjunctive)
    assert ("10", "PHL", "CHN") in _pairs(coder, "Manila insisted that Beijing pull back its coast guard ships.")
    assert ("10", "KEN", "SOM") in _pairs(coder, "Nairobi insisted that Mogadishu hand over the suspects.")


def test_insisted_with_a_plural_present_is_no_demand(coder):
    assert "10" not in _roots(coder, "Caracas insisted that the Colombian sanctions hurt ordinary people.")


def test_self_immolation_told_as_setting_oneself_on_fire_is_a_protest(coder):
    assert _roots(coder, "An Algerian teacher set himself on fire outside the town hall in Tebessa on Monday.") == {"14"}


# ---------------------------------------------------------------- legal action

def test_registering_a_case_against_officials_is_a_lawsuit(coder):
    assert ("11", "NPL", "IND") in _pairs(coder, "Nepal's anti-graft body registered a case against two Indian contractors.")


def test_opening_proceedings_against_a_state_is_a_lawsuit(coder):
    assert ("11", "IGO", "ROU") in _pairs(coder, "The European Commission opened infringement proceedings against Romania on Thursday.")


# ---------------------------------------------------------------- bombings

def test_deaths_a_bombing_caused_are_the_bombing(coder):
    # (the participle tells what the bombing did: one act, root 18, not a military attack)
    assert _roots(coder, "A suicide bomber blew himself up at a wedding in Kunduz, killing 14 guests, police said.") == {"18"}


def test_roadside_bomb_striking_a_convoy_is_a_roadside_bombing(coder):
    events = code(coder, "A roadside bomb struck a Malian army convoy near Gao on Sunday.", DAY)
    assert {e.cameo for e in events} == {"1833"}


def test_deaths_an_air_raid_caused_stay_an_attack(coder):
    assert "18" not in _roots(coder, "Syrian jets bombed the town of Saraqeb, killing 12 civilians.")


# ---------------------------------------------------------------- mass violence

def test_rockets_loaded_with_sarin_are_a_chemical_attack(coder):
    assert "20" in _roots(coder, "Libyan government forces fired rockets loaded with sarin at the rebel town of Zintan.")


def test_deaths_a_chemical_attack_caused_are_that_attack(coder):
    assert _roots(coder, "Iraqi helicopters dropped bombs filled with chlorine on Halabja, killing scores of Kurds.") == {"20"}


def test_a_population_counted_in_figures_driven_out_is_a_mass_expulsion(coder):
    assert any(c.startswith("201") for c in codes(
        coder, "Burmese troops drove some 300,000 Karen out of their districts into Thailand.", DAY))


def test_deporting_fighters_home_is_no_mass_expulsion(coder):
    assert "20" not in _roots(coder, "Morocco deported nine suspected jihadist fighters to their home countries on Friday.")


# ---------------------------------------------------------------- rulings

def test_refusing_to_accept_a_ruling_is_a_rejection(coder):
    assert _roots(coder, "Belize said it would not accept the ruling of the arbitration panel on its border with Guatemala.") == {"12"}


def test_accepting_a_verdict_yields(coder):
    assert "08" in _roots(coder, "Guatemala accepted the verdict of the International Court of Justice.")


def test_a_list_of_demands_is_a_demand(coder):
    assert ("10", "BOL", "BOL") in _pairs(coder, "Striking Bolivian miners issued a list of demands to the government in La Paz.")


def test_blocking_a_council_statement_is_a_veto(coder):
    pairs = _pairs(coder, "Russia blocked a Security Council statement criticising the Syrian offensive on Idlib.")
    assert ("12", "RUS", "UN") in pairs or ("12", "RUS", "IGO") in pairs


def test_indictment_by_a_grand_jury_is_an_accusation(coder):
    assert "11" in _roots(coder, "A grand jury indicted four Iranian nationals for plotting to kidnap a journalist.")


def test_a_no_fly_zone_imposed_over_a_country_restricts_movement(coder):
    assert ("19", "IGO", "IRQ") in _pairs(coder, "NATO jets enforced a no-fly zone over northern Iraq.")


def test_calling_for_a_no_fly_zone_is_no_blockade(coder):
    assert "19" not in _roots(coder, "Kurdish leaders urged Washington to impose a no-fly zone over their region.")


def test_vowing_to_defy_is_defiance_not_cooperation(coder):
    assert _roots(coder, "Poland's ruling party vowed to defy the European Commission over its court reforms.") == {"12"}


def test_scrambling_fighter_jets_is_a_show_of_force(coder):
    pairs = _pairs(coder, "Denmark scrambled two F-16 jets to shadow the Russian bombers.")
    assert any(r == "15" and s == "DNK" for r, s, _ in pairs)


def test_punitive_duties_are_a_sanction(coder):
    assert ("16", "USA", "CHN") in _pairs(coder, "Washington imposed anti-dumping duties on Chinese solar panels.")


def test_hitting_back_at_criticism_is_a_retort(coder):
    assert ("11", "IND", "GBR") in _pairs(coder, "New Delhi hit back at London on Friday, saying the British remarks on Kashmir were ill-informed.")


def test_an_official_body_under_fire_is_criticised(coder):
    assert _roots(coder, "Malawi's electoral commission came under fire from opposition parties over the vote count.") == {"11"}


def test_troops_under_fire_are_shot_at(coder):
    assert "19" in _roots(coder, "Malian soldiers came under fire from jihadist fighters near Gao.")


def test_handing_down_a_prison_term_is_a_sentence(coder):
    assert ("17", "IRN", "GBR") in _pairs(coder, "A court in Tehran handed down a five-year prison term to a British academic.")


def test_an_opening_gerund_with_its_author_is_the_attack(coder):
    # (the parser takes "Shelling by X" for a participle clause; it is the subject)
    assert ("19", "SYR", "SYR") in _pairs(coder, "Shelling by Syrian government forces killed 14 civilians in Saraqeb.")


def test_a_gerund_subject_is_an_unknown_attacker(coder):
    assert any(r == "19" and t == "UKR" for r, _, t in _pairs(coder, "Shelling killed four Ukrainian soldiers near Avdiivka."))


def test_condemning_allegations_with_no_one_named_answers_a_charge(coder):
    # (rejecting an accusation is a denial, not a criticism aimed at no one)
    assert "11" not in _roots(coder, "Santiago denounced as slanderous claims that its navy had fired on the trawler.")
