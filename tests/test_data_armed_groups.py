"""data: armed_groups.tsv (well-known non-state armed groups and parties with their home country)."""

from __future__ import annotations

import pytest

from legation.resolve._knowledge import Knowledge


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge.load(with_cities=False)


def test_every_group_has_a_known_country_and_sector(knowledge):
    sectors = {a.sector for a in knowledge.agents.values()}
    assert knowledge.armed_groups
    for g in knowledge.armed_groups.values():
        assert g.country is None or g.country in knowledge.countries, g
        assert g.sector in sectors, g


def test_names_match_case_sensitively(knowledge):
    hits = knowledge.gazetteer.find(["Hamas", "and", "hamas"])
    assert [(s, e) for s, e, entries in hits if any(en.kind == "armed" for en in entries)] == [(0, 1)]
