"""No gold sentence (or a light paraphrase of one) in the code, the lexicon or the tests.

The coder is measured on gold written by others; a rule, lexicon entry or test built around a gold
sentence inflates the published scores. Every string literal of 40+ characters in ``src/`` and
``tests/`` is compared with every gold sentence by word overlap; a literal that shares more than
half of its words with a gold sentence's words (Jaccard), whose words are 80% inside one, or whose
content words are 70% inside one while naming two of the same things, is reported. Skipped when the
shared data is not there.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LEGATION_SHARED") or ROOT.parent / "shared")
GOLD_FILES = sorted((SHARED / "data" / "external").glob("*/*.jsonl"))

_WORD = re.compile(r"[a-z0-9]+")
_LITERAL = re.compile(r'"([^"\n]{40,})"|\'([^\'\n]{40,})\'')


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def _names(text: str) -> frozenset[str]:
    return frozenset(_NAME.findall(text))


def _gold_sentences() -> list[tuple[str, frozenset[str]]]:
    out = []
    for path in GOLD_FILES:
        if "voa" in path.parts[-2]:
            continue  # unlabelled news, not gold
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                text = rec.get("text") or rec.get("sentence") or ""
                if text:
                    out.append((text, _words(text)))
    return out


def _literals() -> list[tuple[str, str]]:
    files = [p for p in ROOT.joinpath("src").rglob("*") if p.suffix in (".py", ".yaml", ".tsv")]
    files += [p for p in ROOT.joinpath("tests").rglob("*.py") if p.name != Path(__file__).name]
    out = []
    for path in files:
        for m in _LITERAL.finditer(path.read_text(encoding="utf-8")):
            out.append((str(path.relative_to(ROOT)), m.group(1) or m.group(2)))
    return out


_STOP = frozenset("a an the of to in on for by with and or was were is are has have had be been it its their his "
                  "her that this from at as said says will would".split())
_NAME = re.compile(r"\b[A-Z][a-z]{3,}")


def close_to(words: frozenset[str], gold: frozenset[str], names: frozenset[str] = frozenset(),
             gold_names: frozenset[str] = frozenset()) -> bool:
    """Most of the literal's words are the gold sentence's, or most of its content words are and it
    names the same two or more things (a paraphrase that kept the actors)."""
    shared = len(words & gold)
    if shared / len(words | gold) > 0.5 or shared / len(words) > 0.8:
        return True
    content = words - _STOP
    return bool(content) and len(content & gold) / len(content) >= 0.7 and len(names & gold_names) >= 2


def test_the_overlap_measure():
    text = "The Latvian court lifted the ban on Russian radio stations in Riga on Monday."
    gold, names = _words(text), _names(text)
    assert close_to(_words("The Latvian court lifted the ban on Russian radio stations."), gold)
    assert not close_to(_words("The Thai government cancelled restrictions on Cambodian traders."), gold)
    kept = "The Latvian court scrapped the Russian radio ban."
    assert close_to(_words(kept), gold, _names(kept), names)  # same actors, same act: a paraphrase
    other = "The Thai court scrapped the Cambodian radio ban."
    assert not close_to(_words(other), gold, _names(other), names)


@pytest.mark.skipif(not GOLD_FILES, reason=f"no gold files under {SHARED} (set LEGATION_SHARED)")
def test_no_gold_sentence_in_code_lexicon_or_tests():
    gold = [(text, words, _names(text)) for text, words in _gold_sentences()]
    leaks = []
    for where, literal in _literals():
        words = _words(literal)
        if len(words) < 6:
            continue
        names = _names(literal)
        for text, gwords, gnames in gold:
            if close_to(words, gwords, names, gnames):
                leaks.append(f"{where}: {literal[:80]!r} ~ gold {text[:80]!r}")
                break
    assert not leaks, "gold sentences (or paraphrases) in the repository:\n" + "\n".join(leaks)
