"""Integrity checks for the curated actor-resolution tables.

Covers ``countries.tsv`` (overlay on pycountry), ``igos.tsv`` (international
organisations with CAMEO-style codes) and ``agents.tsv`` (titles and group
words mapped to CAMEO agent sectors).  Pure file checks: fast, no model.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

# --------------------------------------------------------------------------
# locating and parsing the tables
# --------------------------------------------------------------------------


def _data_file(name: str):
    try:
        import legation  # noqa: F401
    except ImportError:
        return Path(__file__).resolve().parent.parent / "src" / "legation" / "data" / name
    from importlib.resources import files

    return files("legation") / "data" / name


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    text = _data_file(name).read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = lines[0].split("\t")
    rows = []
    for lineno, line in enumerate(lines[1:], start=2):
        assert line.strip(), f"{name}:{lineno}: blank line"
        fields = line.split("\t")
        assert len(fields) == len(header), f"{name}:{lineno}: {len(fields)} fields, want {len(header)}"
        rows.append(dict(zip(header, fields)))
    return header, rows


def _multi(value: str) -> list[str]:
    return value.split("|") if value else []


def _norm(text: str) -> str:
    """Case- and diacritic-insensitive key, as the resolver matches names."""
    text = text.replace("\u2019", "'").replace("\u02bb", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


COUNTRIES_HEADER = ["iso3", "names", "acronyms", "adjectives", "capitals", "ambiguous"]
IGOS_HEADER = ["code", "names", "acronyms", "seat_city", "seat_country", "sectors"]
AGENTS_HEADER = ["term", "sector", "role", "kind"]

# Codes in countries.tsv that are not ISO 3166-1 alpha-3 (CAMEO/other use).
NON_ISO_COUNTRY_CODES = {"XKX"}  # Kosovo (user-assigned code; CAMEO writes KSV)

# Normalised names/adjectives legitimately shared by several countries.
SHARED_COUNTRY_TERMS = {
    "congolese": {"COD", "COG"},
    "dominican": {"DOM", "DMA"},
    "dominicans": {"DOM", "DMA"},
}

# All-caps strings that are ordinary English words; never acceptable as
# case-sensitive acronyms except for the listed, deliberate exceptions.
COMMON_CAPS_WORDS = {
    "A", "AM", "AN", "AND", "ARE", "AS", "AT", "BE", "BY", "CAN", "CAR", "DO",
    "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF", "OK", "ON",
    "OR", "PAP", "SO", "THE", "TO", "UP", "US", "WE", "WHO",
}
ACRONYM_EXCEPTIONS = {"US", "WHO"}  # USA and the World Health Organization

AGENT_SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "BUS", "MNC", "MED", "EDU",
    "REB", "INS", "OPP", "PTY", "CVL", "REF", "HLH", "REL", "LAB", "AGR",
    "CRM", "ELI", "NGO", "IGO", "UAF", "SEP", "ENV", "MOD", "RAD",
}

ISO3 = {c.alpha_3 for c in pycountry.countries}


@pytest.fixture(scope="module")
def countries():
    return _read("countries.tsv")


@pytest.fixture(scope="module")
def igos():
    return _read("igos.tsv")


@pytest.fixture(scope="module")
def agents():
    return _read("agents.tsv")


def _check_acronym(acr: str) -> None:
    assert len(acr) >= 2, acr
    assert re.fullmatch(r"[A-Z][A-Za-z0-9.]*", acr), f"bad acronym {acr!r}"
    letters = [c for c in acr if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    assert upper >= len(letters) - upper, f"acronym {acr!r} is not mostly upper case"
    bare = acr.replace(".", "")
    if bare in COMMON_CAPS_WORDS:
        assert bare in ACRONYM_EXCEPTIONS, f"acronym {acr!r} is a common English word"


def _check_cells(rows: list[dict[str, str]], name: str) -> None:
    for row in rows:
        for col, value in row.items():
            assert value == value.strip(), f"{name}: stray whitespace in {col}={value!r}"
            assert '"' not in value, f"{name}: double quote in {col}={value!r}"
            if value:
                parts = value.split("|")
                assert all(p and p == p.strip() for p in parts), f"{name}: empty/padded item in {col}={value!r}"
                assert len(parts) == len(set(parts)), f"{name}: repeated item in {col}={value!r}"


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [("countries.tsv", COUNTRIES_HEADER), ("igos.tsv", IGOS_HEADER), ("agents.tsv", AGENTS_HEADER)],
)
def test_header(name, expected):
    header, rows = _read(name)
    assert header == expected
    assert rows
    _check_cells(rows, name)


# --------------------------------------------------------------------------
# countries.tsv
# --------------------------------------------------------------------------


def test_countries_cover_pycountry(countries):
    _, rows = countries
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate iso3"
    assert ISO3 - set(codes) == set(), "countries missing from countries.tsv"
    assert set(codes) - ISO3 - NON_ISO_COUNTRY_CODES == set(), "unknown iso3"
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code)


def test_countries_every_row_has_adjective_and_name(countries):
    _, rows = countries
    for r in rows:
        assert _multi(r["adjectives"]), f"{r['iso3']} has no adjective"
        assert _multi(r["names"]), f"{r['iso3']} has no name"


def test_country_acronyms_well_formed(countries):
    _, rows = countries
    for r in rows:
        for acr in _multi(r["acronyms"]):
            _check_acronym(acr)


def test_country_terms_unique_across_countries(countries):
    _, rows = countries
    claims: dict[str, set[str]] = defaultdict(set)
    acronyms: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for term in _multi(r["names"]) + _multi(r["adjectives"]):
            claims[_norm(term)].add(r["iso3"])
        for acr in _multi(r["acronyms"]):
            acronyms[acr].add(r["iso3"])
    clashes = {
        term: owners
        for term, owners in claims.items()
        if len(owners) > 1 and SHARED_COUNTRY_TERMS.get(term) != owners
    }
    assert not clashes, f"terms claimed by several countries: {clashes}"
    assert not {a: o for a, o in acronyms.items() if len(o) > 1}
    unused = {t for t in SHARED_COUNTRY_TERMS if t not in claims}
    assert not unused, f"stale allow-list entries: {unused}"


def test_country_names_do_not_contradict_pycountry(countries):
    _, rows = countries
    owner: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                owner[_norm(value)] = c.alpha_3
    for r in rows:
        for term in _multi(r["names"]) + _multi(r["adjectives"]):
            other = owner.get(_norm(term))
            assert other in (None, r["iso3"]), f"{term!r} in {r['iso3']} is pycountry's name for {other}"


def test_capitals_unique(countries):
    _, rows = countries
    seen: dict[str, str] = {}
    for r in rows:
        for cap in _multi(r["capitals"]):
            key = _norm(cap)
            assert key not in seen or seen[key] == r["iso3"], f"capital {cap!r} in {seen.get(key)} and {r['iso3']}"
            seen[key] = r["iso3"]


def test_ambiguous_entries_belong_to_their_row(countries):
    _, rows = countries
    for r in rows:
        own = {_norm(t) for col in ("names", "adjectives", "capitals") for t in _multi(r[col])}
        for amb in _multi(r["ambiguous"]):
            assert _norm(amb) in own, f"{r['iso3']}: ambiguous {amb!r} is not a name, adjective or capital of the row"


def test_country_spot_checks(countries):
    _, rows = countries
    by = {r["iso3"]: r for r in rows}
    assert "Vietnamese" in _multi(by["VNM"]["adjectives"])
    assert {"US", "U.S."} <= set(_multi(by["USA"]["acronyms"]))
    assert "Hanoi" in _multi(by["VNM"]["capitals"])
    assert "Havana" in _multi(by["CUB"]["capitals"])
    assert "Georgia" in _multi(by["GEO"]["ambiguous"])
    assert "Ivory Coast" in _multi(by["CIV"]["names"])
    assert "DRC" in _multi(by["COD"]["acronyms"])


# --------------------------------------------------------------------------
# igos.tsv
# --------------------------------------------------------------------------


def test_igo_rows(igos):
    _, rows = igos
    assert len(rows) >= 80
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate IGO code"
    for r in rows:
        assert re.fullmatch(r"(?:[A-Z]{3})+", r["code"]), r["code"]
        assert not r["code"].startswith("IGO"), f"{r['code']}: write codes without the IGO prefix"
        assert r["seat_country"] == "" or r["seat_country"] in ISO3, r
        if r["seat_city"]:
            assert r["seat_country"], f"{r['code']}: seat_city without seat_country"
        assert r["sectors"] in ("", "NGO"), r
        assert _multi(r["names"]) or _multi(r["acronyms"]), f"{r['code']} has no name"
        for acr in _multi(r["acronyms"]):
            _check_acronym(acr)


def test_igo_terms_unique(igos, countries):
    _, rows = igos
    _, crows = countries
    names: dict[str, str] = {}
    acrs: dict[str, str] = {}
    for r in rows:
        for n in _multi(r["names"]):
            key = _norm(n)
            assert names.get(key, r["code"]) == r["code"], f"IGO name {n!r} in {names[key]} and {r['code']}"
            names[key] = r["code"]
        for a in _multi(r["acronyms"]):
            assert acrs.get(a, r["code"]) == r["code"], f"IGO acronym {a!r} in {acrs[a]} and {r['code']}"
            acrs[a] = r["code"]
    country_terms = {_norm(t) for r in crows for col in ("names", "adjectives") for t in _multi(r[col])}
    country_acrs = {a for r in crows for a in _multi(r["acronyms"])}
    assert not set(names) & country_terms
    assert not set(acrs) & country_acrs


def test_igo_core_codes(igos):
    _, rows = igos
    by = {r["code"]: r for r in rows}
    for code in ("UNO", "UNOSEC", "UNOLEG", "UNOREFHCR", "UNOKID", "UNOHLHWHO", "UNOWFP", "UNOIAE",
                 "EUREEC", "WSTNAT", "SEAASN", "AFRAFU", "WAFWAS", "MEAARL", "PGSGCC", "BUSIMF",
                 "UNODEVWBK", "BUSWTO", "JUDICC", "UNOJUDICJ", "COPITP", "HLHCRC"):
        assert code in by, code
    assert by["UNO"]["seat_city"] == "New York" and by["UNO"]["seat_country"] == "USA"
    assert "UN" in _multi(by["UNO"]["acronyms"])
    assert by["WSTNAT"]["seat_country"] == "BEL"
    assert by["SEAASN"]["seat_country"] == "IDN"
    assert by["AFRAFU"]["seat_country"] == "ETH"
    assert by["HLHCRC"]["sectors"] == "NGO"


# --------------------------------------------------------------------------
# agents.tsv
# --------------------------------------------------------------------------


def test_agent_rows(agents):
    _, rows = agents
    assert len(rows) >= 150
    terms = [r["term"] for r in rows]
    assert len(terms) == len(set(terms)), "duplicate agent term"
    for r in rows:
        term = r["term"]
        assert term and term == term.lower() and term == " ".join(term.split()), f"bad term {term!r}"
        assert r["sector"] in AGENT_SECTORS, r
        assert r["kind"] in {"title", "group"}, r
        if r["kind"] == "title":
            assert r["role"], f"title {term!r} needs a role"
        else:
            assert r["role"] == "", f"group {term!r} must not have a role"


def test_agent_sectors_all_covered(agents):
    _, rows = agents
    assert {r["sector"] for r in rows} == AGENT_SECTORS


def test_agent_spot_checks(agents):
    _, rows = agents
    by = {r["term"]: r for r in rows}
    assert (by["president"]["sector"], by["president"]["role"], by["president"]["kind"]) == ("GOV", "President", "title")
    assert by["foreign minister"]["role"] == "Foreign Minister"
    assert by["defense minister"]["sector"] == "GOV"
    assert by["general"]["sector"] == "MIL"
    assert by["troops"]["sector"] == "MIL" and by["troops"]["kind"] == "group"
    assert by["businesses"]["sector"] == "BUS"
    assert by["police"]["sector"] == "COP"
    assert by["union"]["sector"] == "LAB"
