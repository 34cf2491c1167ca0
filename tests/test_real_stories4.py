"""code: mechanisms behind events missed in whole news stories (fourth round): an answer to an act
the story just told is aimed at that act's author ("... asked Norway for relief. Norway denied the
request"); a verb coordinated with a refusal is an act of its own; a name set beside a title
("the province's governor, Ion Vlad") is that official later in the story; "-controlled" and
"-majority" say who holds or peoples a place, not whose it is.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding import code, in_sentence

pytestmark = pytest.mark.model

DAY = dt.date(2024, 9, 13)


def _in(coder, text: str, words: str) -> set[tuple]:
    return {(e.cameo_root, e.source.country, e.target.country if e.target else None, e.modality)
            for e in in_sentence(coder, text, words, DAY)}


def test_denied_request_is_aimed_at_who_asked(coder):
    text = ("Pakistan's finance minister, Hamza Qureshi, asked Norway on Monday for debt relief. "
            "Norway denied the request on Thursday.")
    assert ("12", "NOR", "PAK", "occurred") in _in(coder, text, "denied the request")
    # nothing earlier in the story made the request: no side is guessed
    alone = "Norway denied the request on Thursday."
    assert all(tgt is None for root, _, tgt, _ in _in(coder, alone, "denied") if root == "12")
    # an accusation aimed at the rebels is not one the Cameroonian government answers
    other = ("Nigerian officials accused the Niger Delta rebels of sabotage. "
             "A spokesman for the Cameroonian government rejected the accusations on Friday.")
    assert all(tgt != "NGA" for _, _, tgt, _ in _in(coder, other, "rejected the accusations"))


def test_rejected_resolution_is_aimed_at_the_body_that_passed_it(coder):
    text = ("On Tuesday, the Chilean Senate voted 40-2, urging an independent inquiry into the election in Peru. "
            "Peru's government rejected the resolution on Wednesday.")
    assert any(root == "12" and src == "PER" and tgt == "CHL"
               for root, src, tgt, _ in _in(coder, text, "rejected the resolution"))


def test_verb_coordinated_with_a_refusal_is_not_negated(coder):
    text = ("Peru's president asked Chile for more gas. "
            "Chile's president refused the request and offered instead a loan for a new pipeline.")
    mods = {m for root, _, _, m in _in(coder, text, "offered instead") if root == "03"}
    assert "occurred" in mods and "negated" not in mods


def test_name_beside_a_titled_noun_is_that_official_later(coder):
    text = ("Moldova's parliament on Tuesday passed a charter drafted by the autonomous region's governor, "
            "Ion Vlad, that breaks Moldova's constitution. "
            "Moldovan prosecutors on Wednesday ordered the arrest of Vlad.")
    arrests = [e for e in code(coder, text, DAY) if e.cameo_root == "17" and "arrest" in e.sentence]
    assert any(e.target is not None and e.target.country == "MDA" for e in arrests)


def test_controlled_names_who_holds_a_place_not_its_country(coder):
    text = ("The assembly of Georgia's Russian-controlled South Ossetia on Monday backed a plan put forward by "
            "the breakaway region's leader, Alan Dzasov. "
            "Georgian prosecutors on Tuesday ordered the arrest of Dzasov.")
    arrests = [e for e in code(coder, text, DAY) if e.cameo_root == "17" and "arrest" in e.sentence]
    assert any(e.target is not None and e.target.country == "GEO" for e in arrests)


def test_gathering_named_after_a_town_is_where_the_meeting_was(coder):
    text = "Lula met Ramaphosa for the first time at the Durban summit in March 2019."
    met = [e for e in code(coder, text, DAY) if e.cameo_root == "04" and e.trigger.text == "met"]
    assert met and all(e.location is not None and e.location.country == "ZAF" for e in met)


def test_relative_light_verb_names_who_imposed_the_measure(coder):
    text = "Analysts say the tariffs Ottawa imposed on Chinese steel last year have hurt trade."
    assert ("16", "CAN", "CHN", "occurred") in _in(coder, text, "tariffs")
    # and a condemnation of the measure is aimed at whoever imposed it
    text = "Beijing condemned the sanctions Tokyo has imposed on Chinese firms."
    assert ("11", "CHN", "JPN", "occurred") in _in(coder, text, "condemned")


def test_member_of_a_body_is_coded_as_that_body(coder):
    text = ("Kenya's president extended his term on Monday. "
            "Wanjiru Kamau Otieno, a member of the upper house, urged the president to reverse the decision. "
            "She also urged the president to resume talks with the opposition.")
    assert any(src == "KEN" for root, src, _, _ in _in(coder, text, "a member of the upper house") if root == "02")
    assert any(src == "KEN" for root, src, _, _ in _in(coder, text, "She also urged") if root == "02")


def test_town_before_a_meeting_noun_is_its_venue_not_a_party(coder):
    text = "Negotiators have been stuck since talks failed at the Lisbon Summit held in May."
    assert not any(e.source.country == "PRT" for e in code(coder, text, DAY))


def test_recalled_envoy_is_aimed_at_the_country_he_was_posted_to(coder):
    text = "Peru withdrew its envoy to Chile on Monday after a border incident."
    assert any(root == "16" and src == "PER" and tgt == "CHL" for root, src, tgt, _ in _in(coder, text, "withdrew"))


def test_what_is_said_of_an_act_does_not_negate_it(coder):
    text = "The talks collapsed because Chile's demand for sanctions relief did not mesh with Peru's position."
    demands = [e for e in code(coder, text, DAY) if e.cameo_root == "10"]
    assert demands and all(e.modality == "occurred" for e in demands)
    # the act's own happening still negates it
    text = "The Chilean president's visit to Peru did not take place."
    assert {e.modality for e in code(coder, text, DAY) if e.cameo_root == "04"} == {"negated"}


def test_we_in_a_clause_with_a_set_in_speaker_is_the_speakers_country(coder):
    text = ("The minister arrived on Monday. On the other hand, Chile's foreign minister said, "
            "we are ready to expel the Peruvian ambassador.")
    assert any(src == "CHL" for _, src, _, _ in _in(coder, text, "we are ready"))
