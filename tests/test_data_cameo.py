"""Consistency checks for the CAMEO taxonomy data file (src/legation/data/cameo.tsv)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

HEADER = [
    "code",
    "name",
    "goldstein",
    "quad_class",
    "plover_event",
    "plover_mode",
    "plover_context",
    "intent_code",
    "description",
]

PLOVER_EVENTS = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}

# PLOVER's general context vocabulary (PLOVER manual, "Context codes that can be used with any category").
PLOVER_CONTEXTS = {
    "military", "intelligence", "peacekeeping", "economic", "diplomatic", "resource",
    "disease", "enviro_disaster", "migration", "humanitarian", "asylum", "legal",
    "human_rights", "rights_freedoms", "gender", "lgbt", "terrorism", "human_security",
    "religion_ethnicity", "executive", "election", "legislative", "cbrn", "cyber",
    "political_institutions", "corruption", "crime", "illegal_drugs",
}


def _read_text() -> str:
    try:
        from importlib.resources import files

        return (files("legation") / "data" / "cameo.tsv").read_text(encoding="utf-8")
    except (ImportError, ModuleNotFoundError):
        # legation not importable (not installed yet): read the file from the source tree
        path = Path(__file__).resolve().parents[1] / "src" / "legation" / "data" / "cameo.tsv"
        return path.read_text(encoding="utf-8")


def _parse(text: str) -> tuple[list[str], list[dict[str, str]]]:
    lines = text.splitlines()
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    assert not any(line.startswith("#") for line in lines[i:]), "comment lines only at the top"
    reader = csv.reader(io.StringIO("\n".join(lines[i:])), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for n, fields in enumerate(reader, start=i + 2):
        assert len(fields) == len(header), f"line {n}: {len(fields)} fields, expected {len(header)}"
        rows.append(dict(zip(header, fields)))
    return header, rows


@pytest.fixture(scope="module")
def table() -> tuple[list[str], list[dict[str, str]]]:
    return _parse(_read_text())


@pytest.fixture(scope="module")
def rows(table) -> list[dict[str, str]]:
    return table[1]


@pytest.fixture(scope="module")
def by_code(rows) -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in rows}


def test_header_exact(table):
    assert table[0] == HEADER


def test_codes_well_formed_and_unique(rows):
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate codes"
    for c in codes:
        assert c.isdigit() and len(c) in (2, 3, 4), c
        assert 1 <= int(c[:2]) <= 20, c


def test_exactly_twenty_roots(rows):
    roots = sorted(r["code"] for r in rows if len(r["code"]) == 2)
    assert roots == [f"{i:02d}" for i in range(1, 21)]


def test_hierarchy_parents_exist(by_code):
    for c in by_code:
        assert c[:2] in by_code, f"{c}: root {c[:2]} missing"
        if len(c) == 4:
            assert c[:3] in by_code, f"{c}: parent {c[:3]} missing"


def test_every_root_has_x0_code(by_code):
    for root in (c for c in by_code if len(c) == 2):
        assert root + "0" in by_code, root


def test_names_and_descriptions(rows):
    for r in rows:
        assert r["name"].strip() == r["name"] and r["name"], r["code"]
        assert r["description"].strip() and len(r["description"]) <= 160, r["code"]


def test_goldstein_in_range(rows):
    for r in rows:
        g = float(r["goldstein"])
        assert -10.0 <= g <= 10.0, r["code"]


def test_some_known_goldstein_weights(by_code):
    assert float(by_code["042"]["goldstein"]) == pytest.approx(1.9)
    assert float(by_code["057"]["goldstein"]) == pytest.approx(8.0)
    assert float(by_code["0874"]["goldstein"]) == pytest.approx(10.0)
    assert float(by_code["173"]["goldstein"]) == pytest.approx(-5.0)
    assert float(by_code["04"]["goldstein"]) == float(by_code["040"]["goldstein"])


def test_quad_class_matches_root(rows):
    for r in rows:
        root = int(r["code"][:2])
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert r["quad_class"] == str(expected), r["code"]


def test_plover_events_are_known(rows):
    for r in rows:
        if r["plover_event"]:
            assert r["plover_event"] in PLOVER_EVENTS, (r["code"], r["plover_event"])
        else:
            assert not r["plover_mode"], f"{r['code']}: mode without event"


def test_plover_contexts_in_vocabulary(rows):
    for r in rows:
        if r["plover_context"]:
            for tag in r["plover_context"].split(";"):
                assert tag in PLOVER_CONTEXTS, (r["code"], tag)


def test_statements_and_appeals_have_no_plover_event(by_code):
    for c, r in by_code.items():
        if c[:2] in ("01", "02"):
            assert r["plover_event"] == "", c


def test_intent_codes_exist_and_are_root_03(by_code):
    for c, r in by_code.items():
        ic = r["intent_code"]
        if ic:
            assert ic in by_code, (c, ic)
            assert ic.startswith("03"), (c, ic)


def test_material_cooperation_rows_have_intent(by_code):
    for c, r in by_code.items():
        if c[:2] in ("06", "07", "08"):
            assert r["intent_code"], c
    assert by_code["061"]["intent_code"] == "0311"
    assert by_code["073"]["intent_code"] == "0333"
