"""Integrity checks for ``people.yaml``, the dated dictionary of political leaders.

Pure file checks (yaml + datetime only): fast, no model.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

# --------------------------------------------------------------------------
# locating and parsing the file
# --------------------------------------------------------------------------


def _people_file():
    try:
        import legation  # noqa: F401
    except ImportError:
        return Path(__file__).resolve().parent.parent / "src" / "legation" / "data" / "people.yaml"
    from importlib.resources import files

    return files("legation") / "data" / "people.yaml"


@pytest.fixture(scope="module")
def people() -> list[dict]:
    data = yaml.safe_load(_people_file().read_text(encoding="utf-8"))
    assert isinstance(data, list) and data, "people.yaml must be a non-empty YAML list"
    return data


_SPECIAL = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss", "’": "'", "‘": "'"})


def _fold(text: str) -> str:
    """Case- and diacritic-insensitive form, as the resolver matches names."""
    text = text.translate(_SPECIAL)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower().strip()


CODE3 = re.compile(r"^[A-Z]{3}$")
ROLE_KEYS = {"country", "organisation", "role", "title", "sectors", "start", "end", "uncertain"}
ENTRY_KEYS = {"name", "aliases", "short", "roles"}

# Short forms (and, in principle, aliases) that several people legitimately share: a family name
# common to several leaders. The coder only uses a short form after the full name appeared in the
# same document, so the sharing is harmless there. Each form lists exactly who may share it.
ALLOWED_SHARED: dict[str, set[str]] = {
    "castro": {"Fidel Castro", "Raúl Castro"},
    "clinton": {"Bill Clinton", "Hillary Clinton"},
    "kirchner": {"Néstor Kirchner", "Cristina Fernández de Kirchner"},
    "fernandez": {"Alberto Fernández", "Cristina Fernández de Kirchner"},
    "singh": {"Manmohan Singh", "Jaswant Singh", "Natwar Singh"},
    "li": {"Li Keqiang", "Li Qiang", "Li Zhaoxing"},
    "kono": {"Yōhei Kōno", "Tarō Kōno"},
    "minh": {"Phạm Bình Minh", "Lê Lương Minh"},
    "wong": {"Lawrence Wong", "Penny Wong"},
    "goh": {"Goh Chok Tong", "Goh Kun"},
    "lim": {"Lim Jock Seng", "Lim Jock Hoi"},
    "deby": {"Idriss Déby", "Mahamat Idriss Déby"},
    "kim": {
        "Kim Jong-un", "Kim Dae-jung", "Kim Jong-pil", "Kim Suk-soo", "Kim Hwang-sik", "Kim Sung-hwan",
        "Kim Boo-kyum", "Kim Min-seok", "Jim Yong Kim",
    },
    "lee": {
        "Lee Myung-bak", "Lee Jae-myung", "Lee Ju-ho", "Lee Han-dong", "Lee Hae-chan",
        "Lee Wan-koo", "Lee Nak-yon", "Lee Joung-binn", "Lee Hsien Loong",
    },
    "park": {"Park Geun-hye", "Park Tae-joon", "Park Jin"},
    "han": {"Han Duck-soo", "Han Myeong-sook", "Han Seung-soo"},
    "chung": {"Chung Un-chan", "Chung Hong-won", "Chung Sye-kyun", "Chung Eui-yong"},
    "choi": {"Choi Sang-mok", "Choi Sung-hong"},
    "cho": {"Cho Tae-yul", "Cho Hyun"},
    "yoon": {"Yoon Suk Yeol", "Yoon Young-kwan"},
}


def _as_date(value) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


# --------------------------------------------------------------------------
# entries
# --------------------------------------------------------------------------


def test_every_entry_has_a_name_and_roles(people):
    for n, p in enumerate(people):
        assert isinstance(p, dict), f"entry {n} is not a mapping"
        assert not set(p) - ENTRY_KEYS, (n, p.get("name"), set(p) - ENTRY_KEYS)
        assert isinstance(p.get("name"), str) and p["name"].strip(), f"entry {n} has no name"
        assert p["name"] == p["name"].strip(), p["name"]
        assert isinstance(p.get("roles"), list) and p["roles"], f"{p['name']}: no roles"
        for key in ("aliases", "short"):
            value = p.get(key, [])
            assert isinstance(value, list), (p["name"], key)
            assert all(isinstance(v, str) and v.strip() for v in value), (p["name"], key, value)


def test_canonical_names_are_unique(people):
    seen: dict[str, str] = {}
    for p in people:
        key = _fold(p["name"])
        assert key not in seen, f"{p['name']!r} duplicates {seen[key]!r}"
        seen[key] = p["name"]


def test_short_forms_never_appear_in_aliases(people):
    for p in people:
        aliases = {_fold(a) for a in p.get("aliases") or []} | {_fold(p["name"])}
        clash = {s for s in p.get("short") or [] if _fold(s) in aliases}
        assert not clash, f"{p['name']}: short forms also listed as names/aliases: {clash}"


def test_no_form_is_shared_unless_allowed(people):
    owners: dict[str, set[str]] = defaultdict(set)
    for p in people:
        forms = {_fold(p["name"])}
        forms |= {_fold(a) for a in p.get("aliases") or []}
        forms |= {_fold(s) for s in p.get("short") or []}
        for f in forms:
            owners[f].add(p["name"])
    problems = []
    for form, names in sorted(owners.items()):
        if len(names) < 2:
            continue
        allowed = ALLOWED_SHARED.get(form, set())
        if not names <= allowed:
            problems.append(f"{form!r} shared by {sorted(names)} (allowed: {sorted(allowed)})")
    assert not problems, "\n".join(problems)


def test_allow_list_is_not_stale(people):
    names = {p["name"] for p in people}
    for form, allowed in ALLOWED_SHARED.items():
        assert allowed <= names, (form, allowed - names)


# --------------------------------------------------------------------------
# roles
# --------------------------------------------------------------------------


def test_roles_are_well_formed(people):
    for p in people:
        for r in p["roles"]:
            where = (p["name"], r)
            assert isinstance(r, dict), where
            assert not set(r) - ROLE_KEYS, (p["name"], set(r) - ROLE_KEYS)
            assert isinstance(r.get("country"), str) and CODE3.match(r["country"]), where
            assert isinstance(r.get("role"), str) and r["role"].strip(), where
            if "title" in r:
                assert isinstance(r["title"], str) and r["title"].strip(), where
            sectors = r.get("sectors")
            assert isinstance(sectors, list) and sectors, where
            assert all(isinstance(s, str) and CODE3.match(s) for s in sectors), where
            assert len(set(sectors)) == len(sectors), where
            assert _as_date(r.get("start")), f"{p['name']}: start {r.get('start')!r} is not a date"
            assert "end" in r, f"{p['name']}: role {r['role']} has no end (use null)"
            end = r["end"]
            assert end is None or _as_date(end), f"{p['name']}: end {end!r} is not a date or null"
            if end is not None:
                assert end >= r["start"], f"{p['name']}: {r['role']} ends before it starts"
            if "uncertain" in r:
                assert r["uncertain"] is True, where


def test_igo_roles_name_their_organisation(people):
    for p in people:
        for r in p["roles"]:
            if r["country"] == "IGO":
                org = r.get("organisation")
                assert isinstance(org, str) and CODE3.match(org), (p["name"], r)
            else:
                assert "organisation" not in r, (p["name"], r)


def test_no_role_starts_in_the_future(people):
    horizon = dt.date.today() + dt.timedelta(days=366)
    for p in people:
        for r in p["roles"]:
            assert r["start"] <= horizon, (p["name"], r)


# --------------------------------------------------------------------------
# a few anchors from the public record
# --------------------------------------------------------------------------


def _by_name(people) -> dict[str, dict]:
    return {p["name"]: p for p in people}


def _holds(person: dict, country: str, role: str, day: dt.date) -> bool:
    return any(
        r["country"] == country and r["role"] == role and r["start"] <= day and (r["end"] is None or day < r["end"])
        for r in person["roles"]
    )


def test_biden_dated_roles(people):
    biden = _by_name(people)["Joe Biden"]
    assert _holds(biden, "USA", "Vice President", dt.date(2012, 6, 1))
    assert _holds(biden, "USA", "President", dt.date(2024, 6, 1))
    assert not _holds(biden, "USA", "President", dt.date(2026, 1, 1))


def test_to_lam_dated_roles(people):
    to_lam = _by_name(people)["Tô Lâm"]
    assert _holds(to_lam, "VNM", "Minister of Public Security", dt.date(2020, 1, 1))
    assert _holds(to_lam, "VNM", "President", dt.date(2024, 6, 1))
    assert not _holds(to_lam, "VNM", "President", dt.date(2025, 1, 1))
    assert _holds(to_lam, "VNM", "General Secretary", dt.date(2025, 1, 1))


def test_vietnamese_names_keep_their_diacritics(people):
    names = {p["name"] for p in people}
    for name in ("Nguyễn Phú Trọng", "Phạm Minh Chính", "Võ Văn Thưởng", "Lương Cường", "Trần Đại Quang",
                 "Nguyễn Tấn Dũng", "Phạm Bình Minh", "Bùi Thanh Sơn", "Đặng Hoàng Giang", "Nguyễn Xuân Phúc"):
        assert name in names, name


def test_one_head_of_government_per_day(people):
    """Spot-check continuity: exactly one (non-acting) Prime Minister / President on sample days."""
    checks = [
        ("GBR", "Prime Minister", dt.date(2022, 10, 1), "Liz Truss"),
        ("JPN", "Prime Minister", dt.date(2008, 1, 1), "Yasuo Fukuda"),
        ("VNM", "Prime Minister", dt.date(2019, 1, 1), "Nguyễn Xuân Phúc"),
        ("CUB", "First Secretary", dt.date(2015, 1, 1), "Raúl Castro"),
        ("USA", "Foreign Minister", dt.date(2015, 1, 1), "John Kerry"),
        ("CHN", "Foreign Minister", dt.date(2023, 3, 1), "Qin Gang"),
    ]
    for country, role, day, expected in checks:
        holders = [p["name"] for p in people if _holds(p, country, role, day)]
        assert holders == [expected], (country, role, day, holders)


def test_common_names_are_short_forms_of_listed_people(people):
    """common_names.txt only lists forms the dictionary uses (a stale entry would hide nothing)."""
    from legation.resolve._fold import fold

    text = (_people_file().parent / "common_names.txt").read_text(encoding="utf-8")
    forms = [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]
    assert forms and forms == sorted(forms)
    shorts = {fold(s) for p in people for s in p.get("short") or ()}
    assert [f for f in forms if fold(f) not in shorts] == []
