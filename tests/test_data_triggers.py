"""Consistency checks for the trigger lexicon (src/legation/data/triggers/*.yaml).

Fast: YAML only, no spaCy model. Every ``*.yaml`` file in the folder is checked, whoever wrote it;
each test is parametrised by file so that a failure names the file at fault.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

# The keys an entry may carry (see data/README.md, "triggers/*.yaml"). `embed` and `note` are
# accepted by the loader in legation.resolve._knowledge as well; test_keys_match_the_loader keeps
# this list in step with it.
ALLOWED_KEYS = {
    "code",
    "verb",
    "noun",
    "adj",
    "with",
    "without",
    "target",
    "source",
    "mutual",
    "passive_target_is_subject",
    "embed",
    "converse",
    "note",
}
LIST_KEYS = ("verb", "noun", "adj", "with", "without", "target", "source")
EMBED_VALUES = {"appeal", "intent", "report"}

# Argument slots: spaCy (ClearNLP) dependency labels that name an argument, the loader's `light`
# (the subject of the verb that governs an event noun: "X launched an attack"), and prepositions.
DEP_LABELS = {
    "nsubj", "nsubjpass", "dobj", "dative", "iobj", "attr", "oprd", "agent", "poss", "light",
    "xcomp", "ccomp", "pobj", "acomp", "appos", "npadvmod", "compound", "amod",
}
PREPOSITIONS = {
    "aboard", "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst",
    "among", "amongst", "around", "as", "at", "before", "behind", "below", "beneath", "beside",
    "besides", "between", "beyond", "by", "concerning", "despite", "down", "during", "except", "for",
    "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "opposite", "out",
    "outside", "over", "past", "per", "regarding", "since", "through", "throughout", "to", "toward",
    "towards", "under", "unlike", "until", "up", "upon", "via", "with", "within", "without",
}
KNOWN_SLOTS = DEP_LABELS | PREPOSITIONS

CODE_RE = re.compile(r"\d{2,4}")
WORD_RE = re.compile(r"[a-z0-9][a-z0-9'.\-]*")


# ---------------------------------------------------------------------------- locating the data


def _data_dir() -> Any:
    """The package's data folder: through importlib.resources, or next to this test's checkout."""
    try:
        from importlib.resources import files

        root = files("legation") / "data"
        if root.is_dir():
            return root
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "src" / "legation" / "data"


DATA = _data_dir()
TRIGGERS = DATA / "triggers"
FILES = sorted(p.name for p in TRIGGERS.iterdir() if p.name.endswith(".yaml")) if TRIGGERS.is_dir() else []


def _load(name: str) -> Any:
    return yaml.safe_load((TRIGGERS / name).read_text(encoding="utf-8"))


def _entries(name: str) -> list[dict[str, Any]]:
    data = _load(name)
    return data if isinstance(data, list) else []


def _cameo_codes() -> set[str] | None:
    path = DATA / "cameo.tsv"
    if not path.is_file():
        return None
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return {row["code"].strip() for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)}


def _where(name: str, n: int, entry: dict[str, Any]) -> str:
    return f"{name} entry {n} (code {entry.get('code')!r})"


# ---------------------------------------------------------------------------- tests


def test_there_is_a_lexicon():
    assert FILES, f"no *.yaml in {TRIGGERS}"


@pytest.mark.parametrize("name", FILES)
def test_file_parses_to_a_list_of_mappings(name):
    data = _load(name)
    assert isinstance(data, list) and data, f"{name}: expected a non-empty YAML list of entries"
    for n, entry in enumerate(data):
        assert isinstance(entry, dict), f"{name} entry {n}: expected a mapping, got {entry!r}"


@pytest.mark.parametrize("name", FILES)
def test_entries_are_well_formed(name):
    problems: list[str] = []
    for n, e in enumerate(_entries(name)):
        where = _where(name, n, e)
        unknown = set(e) - ALLOWED_KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        code = e.get("code")
        if not isinstance(code, str) or not CODE_RE.fullmatch(code):
            problems.append(f"{where}: code must be a quoted string of 2-4 digits, got {code!r}")
        if not (e.get("verb") or e.get("noun") or e.get("adj")):
            problems.append(f"{where}: needs at least one verb, noun or adjective")
        for key in LIST_KEYS:
            if key not in e:
                continue
            items = e[key]
            if not isinstance(items, list) or not items:
                problems.append(f"{where}: {key} must be a non-empty list")
                continue
            for item in items:
                # unquoted on/off/yes/no are booleans in YAML 1.1: they show up here
                if not isinstance(item, str) or not item.strip():
                    problems.append(f"{where}: {key} item {item!r} is not a string (quote it)")
                elif item != item.strip() or "  " in item:
                    problems.append(f"{where}: {key} item {item!r} has stray spaces")
        for key in ("mutual", "passive_target_is_subject"):
            if key in e and not isinstance(e[key], bool):
                problems.append(f"{where}: {key} must be true or false")
        if "embed" in e and e["embed"] not in EMBED_VALUES:
            problems.append(f"{where}: embed must be one of {sorted(EMBED_VALUES)}")
        if "note" in e and not isinstance(e["note"], str):
            problems.append(f"{where}: note must be a string")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", FILES)
def test_lemmas_are_lowercase_words(name):
    problems: list[str] = []
    for n, e in enumerate(_entries(name)):
        where = _where(name, n, e)
        for key in ("verb", "noun", "adj", "with", "without"):
            for item in e.get(key) or ():
                if not isinstance(item, str):
                    continue  # reported by test_entries_are_well_formed
                if item != item.lower():
                    problems.append(f"{where}: {key} {item!r} is not lowercase")
                words = item.split()
                if not all(WORD_RE.fullmatch(w) for w in words):
                    problems.append(f"{where}: {key} {item!r} is not made of plain lemmas")
                if key == "verb" and len(words) > 2:
                    problems.append(f"{where}: verb {item!r}: a verb is one lemma or a verb plus one particle")
                if key in ("with", "without") and len(words) != 1:
                    problems.append(f"{where}: {key} {item!r}: context lemmas are single words (tokens are compared one by one)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", FILES)
def test_argument_slots_are_known(name):
    problems: list[str] = []
    for n, e in enumerate(_entries(name)):
        for key in ("target", "source"):
            for slot in e.get(key) or ():
                if slot not in KNOWN_SLOTS:
                    problems.append(f"{_where(name, n, e)}: {key} {slot!r} is neither a dependency label nor a preposition")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", FILES)
def test_codes_are_in_the_codebook(name):
    codes = _cameo_codes()
    if codes is None:
        pytest.skip("data/cameo.tsv is not there yet")
    missing = [f"{_where(name, n, e)}: {e.get('code')!r} is not in cameo.tsv" for n, e in enumerate(_entries(name)) if e.get("code") not in codes]
    assert not missing, "\n".join(missing)


def _separated(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two entries for the same word and the same `with` list are told apart only by `without`:
    both must carry one, and the two must differ."""
    wa, wb = set(a.get("without") or ()), set(b.get("without") or ())
    return bool(wa) and bool(wb) and wa != wb


@pytest.mark.parametrize("name", FILES)
def test_no_word_is_given_two_codes(name):
    """The same (word, part of speech, `with` list) must not lead to different codes, within a file
    or across files, unless both entries carry `without` lists that separate them. A failure is
    reported for every file that holds one of the clashing entries."""
    seen: dict[tuple[str, str, frozenset[str]], list[tuple[str, int, dict[str, Any]]]] = defaultdict(list)
    for fname in FILES:
        for n, e in enumerate(_entries(fname)):
            ctx = frozenset(str(w) for w in e.get("with") or ())
            for pos in ("verb", "noun", "adj"):
                for word in e.get(pos) or ():
                    seen[(str(word), pos, ctx)].append((fname, n, e))
    clashes: list[str] = []
    for (word, pos, ctx), hits in sorted(seen.items(), key=lambda kv: (kv[0][0], kv[0][1], sorted(kv[0][2]))):
        for i, (fa, na, a) in enumerate(hits):
            for fb, nb, b in hits[i + 1 :]:
                if a.get("code") == b.get("code") or name not in (fa, fb) or _separated(a, b):
                    continue
                with_txt = f" with {sorted(ctx)}" if ctx else ""
                clashes.append(f"{pos} {word!r}{with_txt}: {_where(fa, na, a)} vs {_where(fb, nb, b)}")
    assert not clashes, "\n".join(clashes)


def test_keys_match_the_loader():
    knowledge = pytest.importorskip("legation.resolve._knowledge")
    loader_keys = getattr(knowledge, "_TRIGGER_KEYS", None)
    if loader_keys is None:
        pytest.skip("the loader does not expose its key list")
    assert set(loader_keys) == ALLOWED_KEYS


def test_every_cameo_root_has_triggers():
    roots = {str(e["code"])[:2] for name in FILES for e in _entries(name) if isinstance(e.get("code"), str)}
    assert roots >= {f"{r:02d}" for r in range(1, 21)}, f"roots without a trigger: {sorted({f'{r:02d}' for r in range(1, 21)} - roots)}"

