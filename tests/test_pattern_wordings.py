"""code: short pattern wordings whose arguments need a general mechanism: names typed in odd case
("Chancellor scholz", "pEru", "sudanese militiamen"), sympathy over an occasion in a place, claims
of responsibility aimed at the claimed attack's target, the author of an attack named inside the
attack noun a passive suffering took place in, acts met with from someone ("faced criticism from
X", "under pressure from X"), travel advisories, existential "there were N X killed", and a bare
domestic body beside another country's leader.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model

DAY = dt.date(2023, 4, 20)


_pairs = partial(triples, day=DAY, source="country")


def test_lower_case_leader_after_a_capitalised_title(coder):
    assert ("05", "DEU", "PRT") in _pairs(coder, "Chancellor scholz praised Portugal for its reforms.")


def test_country_name_with_a_stray_capital_inside(coder):
    assert ("05", "CHL", "PER") in _pairs(coder, "Chile praised pEru for the rescue.")


def test_lower_case_demonym_of_a_group(coder):
    assert ("19", "TCD", "SDN") in _pairs(coder, "Chadian troops clashed with sudanese militiamen near the border.")


def test_condolences_for_an_occasion_go_to_its_country(coder):
    assert ("01", "NLD", "USA") in _pairs(coder, "The Dutch government offered condolences for the deadly floods in Ohio.")


def test_claim_of_responsibility_takes_the_attacked_country(coder):
    pairs = _pairs(coder, "Mozambican insurgents claimed responsibility for an ambush on a convoy in Tanzania's south.")
    assert ("01", "MOZ", "TZA") in pairs


def test_claim_of_responsibility_for_a_gerund(coder):
    assert ("01", "RWA", "BDI") in _pairs(coder, "Rwanda claimed responsibility for shelling Burundi.")


def test_attack_author_named_in_the_attack_noun(coder):
    pairs = _pairs(coder, "Four Iraqi border guards were killed in an air strike by Turkish jets.")
    assert ("19", "TUR", "IRQ") in pairs
    assert ("19", None, "IRQ") not in pairs


def test_criticism_faced_from_another_is_theirs(coder):
    assert ("11", "MWI", "ZMB") in _pairs(coder, "The Zambian minister faced sharp criticism from Malawi over the dam.")


def test_under_pressure_from_another_is_a_demand(coder):
    assert ("10", "ARG", "CHL") in _pairs(coder, "Chile is under growing pressure from Argentina to reopen the pass.")


def test_travel_advisory_reduces_relations(coder):
    assert ("16", "NOR", "BDI") in _pairs(coder, "Norway advised against all travel to Burundi.")


def test_existential_there_were_soldiers_killed(coder):
    assert ("19", None, "MLI") in _pairs(coder, "There were six Malian soldiers killed near the frontier yesterday.")


def test_bare_parliament_beside_another_leader_takes_no_country(coder):
    pairs = _pairs(coder, "The parliament asked Chancellor Scholz to help Moldova.")
    assert not any(src == "MDA" for _, src, _ in pairs)
    assert any(root == "02" and tgt == "DEU" for root, _, tgt in pairs)


def test_engaged_in_a_gunbattle_the_object_is_the_other_side(coder):
    pairs = _pairs(coder, "Sudanese militiamen engaged Chadian border guards in a gunbattle in Darfur on Sunday.")
    assert ("19", "SDN", "TCD") in pairs
    assert ("19", "SDN", "SDN") not in pairs


def test_killed_by_a_crash_naming_an_airline_is_no_attack(coder):
    pairs = _pairs(coder, "Forty passengers were killed by the Uganda Airlines flight 318 crash near the runway.")
    assert not any(root == "19" for root, _, _ in pairs)
