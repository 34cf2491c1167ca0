"""resolve: the packaged knowledge (gazetteer, dated people, codebook, trigger lexicon, cities)."""

from __future__ import annotations

import datetime as dt
import shutil
from importlib import resources
from pathlib import Path

import pytest

from legation._errors import ConfigError
from legation.resolve import Knowledge, fold


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge.load()


@pytest.fixture(scope="module")
def tokenize():
    import spacy

    tok = spacy.blank("en").tokenizer
    return lambda text: [t.text for t in tok(text) if not t.is_space]


def _hits(knowledge: Knowledge, tokenize, text: str) -> list[tuple[str, list]]:
    toks = tokenize(text)
    return [(" ".join(toks[s:e]), entries) for s, e, entries in knowledge.gazetteer.find(toks)]


def _kinds(entries, kind: str) -> set[str]:
    return {en.key for en in entries if en.kind == kind}


def _person(knowledge: Knowledge, folded_name: str):
    for name, p in knowledge.people.items():
        if fold(name) == folded_name or folded_name in {fold(a) for a in p.aliases}:
            return p
    pytest.fail(f"{folded_name!r} is not in people.yaml")


# ---------------------------------------------------------------------------- gazetteer


@pytest.mark.parametrize("name", ["Việt Nam", "Viet Nam", "Vietnam", "VIETNAM", "viet nam"])
def test_vietnam_in_every_spelling(knowledge, tokenize, name):
    hits = [(span, entries) for span, entries in _hits(knowledge, tokenize, f"He flew to {name} on Monday.") if _kinds(entries, "country")]
    assert len(hits) == 1
    span, entries = hits[0]
    assert span == name
    assert _kinds(entries, "country") == {"VNM"}


@pytest.mark.parametrize("acronym", ["U.S.", "US"])
def test_us_acronyms(knowledge, tokenize, acronym):
    (span, entries), *_ = _hits(knowledge, tokenize, f"The {acronym} delegation arrived.")
    assert span == acronym
    assert _kinds(entries, "country") == {"USA"}
    assert any(en.form == "acronym" for en in entries)


def test_lowercase_us_is_a_pronoun_not_a_country(knowledge, tokenize):
    hits = _hits(knowledge, tokenize, "Could you tell us about the trip?")
    assert not any("USA" in _kinds(entries, "country") for _, entries in hits)


def test_country_adjectives_and_capitals(knowledge, tokenize):
    hits = dict(_hits(knowledge, tokenize, "The Cuban foreign minister flew to Hanoi"))
    assert _kinds(hits["Cuban"], "country") == {"CUB"}
    assert any(en.form == "adjective" for en in hits["Cuban"])
    assert _kinds(hits["Hanoi"], "country") == {"VNM"}
    assert knowledge.capitals[fold("Hà Nội")] == "VNM"


@pytest.mark.parametrize("name", ["Tô Lâm", "To Lam"])
def test_to_lam_with_and_without_diacritics(knowledge, tokenize, name):
    hits = dict(_hits(knowledge, tokenize, f"General Secretary {name} met the press."))
    assert name in hits
    people = _kinds(hits[name], "person")
    assert len(people) == 1 and fold(next(iter(people))) == "to lam"


def test_un_general_assembly_is_the_un(knowledge, tokenize):
    hits = dict(_hits(knowledge, tokenize, "He addressed the UN General Assembly in New York."))
    assert "UN General Assembly" in hits  # longest match, not "UN" alone
    (igo,) = _kinds(hits["UN General Assembly"], "igo")
    assert igo.startswith("UNO") and igo in knowledge.igos
    # the organisation itself
    (un,) = _kinds(dict(_hits(knowledge, tokenize, "the United Nations said"))["United Nations"], "igo")
    assert un == "UNO"


def test_titles_and_groups_are_agents(knowledge, tokenize):
    hits = dict(_hits(knowledge, tokenize, "The foreign minister met businesses"))
    assert hits and all(en.kind in ("title", "group") for entries in hits.values() for en in entries)
    assert knowledge.agents["president"].sector == "GOV"


# ---------------------------------------------------------------------------- people


def test_biden_role_by_date(knowledge):
    biden = _person(knowledge, "joe biden")
    role, current = biden.role_on(dt.date(2024, 6, 1))
    assert current is True
    assert role.country == "USA" and role.role == "President" and "GOV" in role.sectors
    role, current = biden.role_on(dt.date(2026, 1, 1))
    assert current is False  # his presidency ended in January 2025: former
    assert role.country == "USA"


def test_role_on_without_a_date_is_the_latest_role(knowledge):
    biden = _person(knowledge, "joe biden")
    role, current = biden.role_on(None)
    assert current is True
    assert role == max(biden.roles, key=lambda r: r.start)


def test_people_roles_are_well_formed(knowledge):
    assert knowledge.people
    for p in knowledge.people.values():
        for r in p.roles:
            assert r.end is None or r.start <= r.end, (p.name, r)
            assert r.country == "IGO" or r.country in knowledge.countries, (p.name, r.country)
            if r.country == "IGO":
                assert r.organisation, (p.name, r)


# ---------------------------------------------------------------------------- codebook and lexicon


def test_every_trigger_code_is_in_the_codebook(knowledge):
    entries = [e for lst in knowledge.triggers.values() for e in lst]
    assert len(entries) > 50
    for e in entries:
        assert e.code in knowledge.cameo, e
        assert e.pos in ("verb", "noun", "adj")
        assert e.lemma in e.words


def test_trigger_forms_feed_the_prefilter(knowledge):
    for form in ("visit", "visited", "met", "meeting", "signed", "talks", "urged", "mobilising", "mobilizing"):
        assert form in knowledge.trigger_forms, form


def test_code_info_falls_back_to_parents(knowledge):
    assert knowledge.code_info("042").name == "Make a visit"
    info = knowledge.code_info("0429")  # no such 4-digit code: its 3-digit parent
    assert info.code == "042"
    assert knowledge.code_info("049").code == "04"  # no such 3-digit code: its root
    assert knowledge.code_info("0211").code == "0211"
    with pytest.raises(KeyError):
        knowledge.code_info("99")


def test_codebook_roots_and_plover(knowledge):
    roots = [c for c in knowledge.cameo if len(c) == 2]
    assert sorted(roots) == [f"{i:02d}" for i in range(1, 21)]
    assert knowledge.cameo["01"].plover_event is None and knowledge.cameo["02"].plover_event is None
    assert knowledge.cameo["042"].plover_event == "CONSULT"


def test_cities_have_coordinates(knowledge):
    geneva = knowledge.city("Geneva")
    assert geneva is not None and geneva.country == "CHE"
    assert 46 < geneva.lat < 47 and 6 < geneva.lon < 7
    assert knowledge.city("Springfield", "USA").country == "USA"
    assert knowledge.city("Nowhereville-sur-Mer") is None


# ---------------------------------------------------------------------------- broken data files


def _copy_data(tmp_path: Path) -> Path:
    src = resources.files("legation") / "data"
    with resources.as_file(src) as path:
        shutil.copytree(path, tmp_path / "data")
    return tmp_path / "data"


def test_missing_data_file_is_lg004(tmp_path):
    data = _copy_data(tmp_path)
    (data / "cameo.tsv").unlink()
    with pytest.raises(ConfigError) as info:
        Knowledge.load(data, with_cities=False)
    assert info.value.code == "LG004" and "cameo.tsv" in str(info.value)


def test_unknown_trigger_code_is_lg004(tmp_path):
    data = _copy_data(tmp_path)
    (data / "triggers" / "zz-broken.yaml").write_text('- code: "999"\n  verb: [frobnicate]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Knowledge.load(data, with_cities=False)
    assert info.value.code == "LG004" and "999" in str(info.value)


def test_unknown_trigger_key_is_lg004(tmp_path):
    data = _copy_data(tmp_path)
    (data / "triggers" / "zz-broken.yaml").write_text('- code: "042"\n  verbs: [visit]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Knowledge.load(data, with_cities=False)
    assert "unknown keys" in str(info.value)
