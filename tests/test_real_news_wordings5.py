"""code: wordings of real wire news that told no event. A lone sentence that reports only what
someone said or holds ("'...,' said X, an analyst", "Critics say the deal could ...") is the
speaker's statement (010), coded or not; a person told as held ("has been in custody since",
"remain in detention", "held incommunicado") is detained (173); an attack noun under "came under"
is suffered by the subject; and a meeting told only as the setting of another act (a journey under
way "when" it befell, a "where" clause on the place struck) ranks below that act.

The sentences are written for these tests; none comes from the seed articles, the gold sets or
any news story.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import code, roots, triples

pytestmark = pytest.mark.model

DAY = dt.date(2019, 5, 8)

_pairs = partial(triples, day=DAY)
_roots = partial(roots, day=DAY)


def _top_root(coder, text: str) -> str:
    events = code(coder, text, DAY)
    assert events, text
    return max(events, key=lambda e: e.confidence).cameo_root


def test_quoted_comment_of_an_unknown_analyst_is_a_statement(coder):
    text = '"Sanctions alone will not change anything in Caracas," said Ilse Brandt, a fellow at a Berlin research institute.'
    assert _roots(coder, text) == {"01"}


def test_claim_of_unnamed_officials_is_a_statement(coder):
    assert _roots(coder, "Officials in Quito claimed the new budget would lift growth next year.") == {"01"}


def test_critics_foreseeing_harm_is_a_statement(coder):
    assert _roots(coder, "Critics say the canal deal could hurt fishermen along the Paraguayan coast.") == {"01"}


def test_statement_with_unplaced_act_after_the_clause_stays_uncoded_but_quote_is_coded(coder):
    # wire copy telling an act, "..., an army spokesman said", is a missed event, not a statement;
    # the same speaker's quoted words are one
    assert "01" not in _roots(coder, "Uruguayan engineers finished the bridge near Rivera, an army spokesman said.")
    assert _roots(coder, '"The bridge is a gift to both towns," an army spokesman in Rivera said.') == {"01"}


def test_held_in_custody_since_is_a_detention(coder):
    assert "17" in _roots(coder, "The Togolese blogger has been in custody since March over a post about the president.")


def test_still_in_detention_is_a_detention(coder):
    assert "17" in _roots(coder, "Two Malian reporters are still in detention in Bamako.")


def test_in_jail_since_is_a_detention(coder):
    assert "17" in _roots(coder, "The Beninese activist had been in jail since January.")


def test_held_incommunicado_is_a_detention(coder):
    assert _top_root(coder, "The Eritrean pastors are held incommunicado, their relatives said.") == "17"


def test_held_in_solitary_confinement_is_a_detention(coder):
    assert "17" in _roots(coder, "The Uzbek dissident has been held in solitary confinement for two years.")


def test_escapees_back_in_custody_are_detained(coder):
    assert "17" in _roots(coder, "Forty of those who fled the jail were caught and are back in custody in Gitega.")


def test_came_under_fire_is_suffered_by_the_subject(coder):
    pairs = _pairs(coder, "A Nigerien army patrol came under heavy shelling near the Malian border.")
    assert any(r == "19" and src == "---" and (tgt or "").startswith("NER") for r, src, tgt in pairs)


def test_came_under_attack_is_an_attack(coder):
    assert _top_root(coder, "The aid convoy came under attack on the road to Beni, the agency said.") in ("18", "19")


def test_journey_under_way_when_attacked_ranks_below_the_attack(coder):
    text = "The Bolivian delegation was travelling to Sucre when its bus came under attack."
    assert _top_root(coder, text) in ("18", "19")


def test_meeting_where_an_attack_struck_ranks_below_it(coder):
    text = "Our troops drove off the rebels who attacked a hall where Congolese and Ugandan officials were meeting."
    assert _top_root(coder, text) in ("18", "19")


def test_immigration_agents_are_police(coder):
    assert "17" in _roots(coder, "Immigration agents deported 177 Honduran migrants.")


def test_concession_named_only_in_a_quoted_condition_is_no_act(coder):
    text = 'Mirela Vasquez, an analyst in Lima, said, "Unless Chile makes concessions, Bolivia will not return to the table."'
    assert _roots(coder, text) == {"01"}


def test_speakers_own_past_role_is_no_event_of_the_sentence(coder):
    text = "Former AU envoy Amara Diallo, who led the bloc's peace negotiations, says elections in Mali should wait a year."
    assert _top_root(coder, text) == "01"


def test_police_custody_is_a_detention_but_protective_custody_is_not(coder):
    assert "17" in _roots(coder, "The Zambian opposition leader has been in police custody since Friday.")
    assert "17" not in _roots(coder, "The Zambian witness is in protective custody.")


def test_plea_of_not_guilty_denies_the_charge(coder):
    assert _roots(coder, "Two Azerbaijani men have pleaded not guilty.") == {"01"}


def test_plea_of_guilty_admits_the_charge(coder):
    assert "015" in {e.cameo for e in code(coder, "The former Peruvian president pleaded guilty to corruption charges.", DAY)}


def test_taking_part_in_a_military_operation_is_fighting(coder):
    text = "Ghanaian commandos and the navy took part in the operation, which lasted two days."
    assert _top_root(coder, text) == "19"
    assert _top_root(coder, "Ghanaian soldiers took part in the rescue operation.") != "19"


def test_act_that_drew_unnamed_criticism_is_criticised(coder):
    text = "Zambia's crackdown on protesters drew widespread criticism."
    assert _top_root(coder, text) == "11"
    assert ("11", "---", "ZMB") in _pairs(coder, text)
