"""code and resolve: what whole wire stories need beyond single sentences -- a sentence that ends
after the platform X, a weekday that dates only its own noun ("Monday's raid"), a spokesman named
once and meant later by surname or pronoun, a foreign ministry's spokesman of no stated country, a
province before a foreign town of its name, "U.N.-brokered", talks a party reports on, a country's
trading partners, and a tariff on goods from a country.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, triples
from legation.nlp._sentences import split_sentences

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 16)  # a Thursday

_pairs = partial(triples, day=DAY, source="country")


def _events(coder, text):
    return code(coder, text, DAY)


def test_a_post_on_x_ends_its_sentence():
    texts = [s.text for s in split_sentences("t", "The minister wrote on X. Gunmen raided a depot in Gulu.")]
    assert texts == ["The minister wrote on X.", "Gunmen raided a depot in Gulu."]
    # a middle initial still does not end one
    assert len(split_sentences("t", "Former leader Samuel K. Doe spoke.")) == 1


def test_the_attack_after_a_post_on_x_is_its_own_event(coder):
    text = ("Togo denied the charge, its spokesman Kofi Mensah wrote in a post on X. "
            "Rebels attacked a Beninese border post on Tuesday.")
    attacks = [e for e in _events(coder, text) if e.cameo_root in ("18", "19")]
    assert attacks and all("Mensah" not in (e.source.text or "") for e in attacks)


def test_a_possessive_weekday_dates_its_noun_not_the_statement(coder):
    text = "Ghana rejected Togo's claim that Monday's raid was planned on Ghanaian soil."
    rejections = [e for e in _events(coder, text) if e.cameo_root in ("01", "11", "12")]
    assert rejections and all(e.date.start == dt.date(2024, 5, 16) for e in rejections)


def test_an_attack_near_a_town_is_placed_in_its_country(coder):
    events = [e for e in _events(coder, "Gunmen ambushed a convoy near Gulu on Tuesday.") if e.cameo_root in ("18", "19")]
    assert events and all(e.location is not None and e.location.country == "UGA" for e in events)


def test_a_rebel_spokesman_introduced_without_a_trigger_speaks_for_the_group_later(coder):
    text = ("The UN envoy Carla Brun urged the Taliban to reopen the schools. "
            "Taliban spokesman Ahmad Zarif posted the decision online late Wednesday. "
            "He accused the U.N. envoy of spreading lies.")
    accusations = [e for e in _events(coder, text) if e.cameo_root == "11"]
    assert accusations and all(e.source.country == "AFG" for e in accusations)


def test_a_foreign_ministry_spokesman_is_the_ministry_last_named(coder):
    text = ("Benin's Ministry of Foreign Affairs called Togo's accusations baseless on Thursday. "
            '"We reject these claims," foreign ministry spokesman Idrissa Koutou said in a statement. '
            "Koutou accused Togo of hiding its own failures.")
    assert ("11", "BEN", "TGO") in _pairs(coder, text)


def test_a_province_goes_before_a_foreign_town_of_its_name(coder):
    events = [e for e in _events(coder, "Police clashed with striking miners in Virginia on Monday.") if e.location is not None]
    assert events and all(e.location.country == "USA" for e in events)


def test_a_provinces_premier_belongs_to_its_country(coder):
    text = ("Marc Tessier, Alberta's premier, said his province would stop selling gas to Montana. "
            "Washington called Tessier's remarks irresponsible and insulting.")
    assert ("11", "USA", "CAN") in _pairs(coder, text)


def test_a_full_name_is_not_the_last_person_with_the_same_title(coder):
    text = ("Canadian provincial leader Paul Girard said on Monday that he would cut power to Maine. "
            "Then Marc Tessier, Quebec's provincial leader, said that he was raising fees. "
            "Washington called Tessier's remarks outrageous and insulting.")
    events = [e for e in _events(coder, text) if e.cameo_root == "11" and "Tessier's" in e.sentence]
    assert events and events[0].target is not None and events[0].target.name == "Marc Tessier"


def test_a_dotted_abbreviation_before_a_hyphen_is_found(coder):
    assert ("04", "---", "IGO") in {(r, s or "---", t) for r, s, t in _pairs(
        coder, "The rebels attended a U.N.-brokered meeting in Geneva last month.")}


def test_discussions_with_a_lender_are_consultations(coder):
    assert ("04", "KEN", "IGO") in _pairs(coder, "Kenya held discussions with the World Bank on Sunday.")


def test_a_party_reporting_its_own_talks_is_their_other_side(coder):
    assert ("04", "KEN", "IGO") in _pairs(
        coder, "Kenya said on Sunday that negotiations with the International Monetary Fund were going well.")


def test_a_countrys_trading_partners_are_not_that_country(coder):
    pairs = _pairs(coder, "Brazil has been waging a tariff fight with Argentina's biggest trading partners — Chile, Peru and Bolivia.")
    assert pairs and not any(t == "ARG" for _, _, t in pairs)


def test_a_tariff_on_goods_from_a_country_is_aimed_at_it(coder):
    assert ("16", "CHL", "PER") in _pairs(coder, "Chile imposed tariffs on steel imports from Peru.")
    # (the market the exports go to is not the target)
    assert ("16", "CHL", "PER") in _pairs(coder, "Chile imposed new tariffs on copper exports to Chile from Peru.")


def test_a_where_clause_happens_in_the_place_it_describes(coder):
    text = "Fighting spread to the Kenyan border town of Mandera, where militants attacked a police post on Monday."
    attacks = [e for e in _events(coder, text) if e.cameo_root in ("18", "19")]
    assert attacks and all(e.location is not None and e.location.country == "KEN" for e in attacks)


def test_a_reported_clause_calling_a_country_hostile_is_criticism(coder):
    assert ("11", "PER", "BOL") in _pairs(
        coder, "Peru's president contended that Bolivia is one of the most hostile and abusive neighbours in the region.")
    assert ("11", "PER", "BOL") in _pairs(coder, "Peru's foreign minister said Bolivia was reckless and hostile.")


def test_a_group_designated_by_a_country_is_not_that_country(coder):
    text = "Al-Shabab, a Kenya-designated terrorist group, claimed responsibility for the raid on Tuesday."
    claims = [e for e in _events(coder, text) if e.cameo.startswith("015")]
    assert claims and all(e.source.country != "KEN" for e in claims)



def test_a_killing_told_with_the_condemnation_of_a_state_force_is_that_forces_act(coder):
    text = "The UN chief condemned the brutality of the Sudanese army, as at least nine protesters were killed on Friday."
    killings = [e for e in _events(coder, text) if e.cameo_root in ("18", "19", "20")]
    assert killings and all(e.source.country == "SDN" for e in killings)
