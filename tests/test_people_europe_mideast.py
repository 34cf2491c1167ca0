"""people.yaml: leaders of Europe, the Middle East and North Africa, and Central/South Asia are
known by name, alias and short form, with the offices they held on the story's date.

The sentences are written for these tests; none comes from the seed articles or the gold sets.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from coding import triples

pytestmark = pytest.mark.model


_pairs = partial(triples, target="code")  # each test passes its own day


def test_surname_alone_after_full_name_keeps_the_country(coder):
    text = ("Viktor Orbán arrived in Vienna on Monday for talks on energy. "
            "Orbán later criticised the European Commission over its plans.")
    pairs = _pairs(coder, text, dt.date(2024, 3, 5))
    assert any(src == "HUNGOV" for _, src, _ in pairs), pairs


def test_bare_surname_of_a_serving_head_of_government(coder):
    pairs = _pairs(coder, "Netanyahu accused Iran of arming militias across the region.", dt.date(2024, 2, 10))
    assert ("11", "ISRGOV", "IRN") in {(r, s, (t or "")[:3]) for r, s, t in pairs}, pairs


def test_title_and_surname_without_a_country(coder):
    pairs = _pairs(coder, "President Pezeshkian praised Pakistan for its support.", dt.date(2025, 1, 14))
    assert any(src == "IRNGOV" and (tgt or "").startswith("PAK") for _, src, tgt in pairs), pairs


def test_foreign_minister_named_without_title(coder):
    pairs = _pairs(coder, "Abbas Araghchi condemned the sanctions imposed by the European Union.", dt.date(2025, 2, 3))
    assert any(src == "IRNGOV" for _, src, _ in pairs), pairs


def test_wartime_alias_names_the_new_syrian_leader(coder):
    pairs = _pairs(coder, "Abu Mohammed al-Jolani met a Turkish delegation in Damascus.", dt.date(2024, 12, 20))
    assert any(src == "SYRGOV" and (tgt or "").startswith("TUR") for _, src, tgt in pairs), pairs


def test_leader_with_an_ascii_spelling(coder):
    pairs = _pairs(coder, "Tokayev thanked China for its investment in Kazakh railways.", dt.date(2023, 9, 1))
    assert any(src == "KAZGOV" and (tgt or "").startswith("CHN") for _, src, tgt in pairs), pairs
