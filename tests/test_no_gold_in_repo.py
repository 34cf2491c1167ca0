"""No gold sentence (or a light paraphrase of one) in the code, the lexicon or the tests.

The coder is measured on gold written by others; a rule, lexicon entry or test built around a gold
sentence inflates the published scores. Every string literal of 40+ characters in ``src/`` and
``tests/`` is compared with every gold and seed sentence by word overlap; a literal that shares more
than half of its words with a gold sentence's words (Jaccard) or whose words are 80% inside one is
reported. Skipped when the shared data is not there.
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


def close_to(words: frozenset[str], gold: frozenset[str]) -> bool:
    shared = len(words & gold)
    return shared / len(words | gold) > 0.5 or shared / len(words) > 0.8


def test_the_overlap_measure():
    gold = _words("The Latvian court lifted the ban on Russian radio stations in Riga on Monday.")
    assert close_to(_words("The Latvian court lifted the ban on Russian radio stations."), gold)
    assert not close_to(_words("The Thai government cancelled restrictions on Cambodian traders."), gold)


@pytest.mark.skipif(not GOLD_FILES, reason=f"no gold files under {SHARED} (set LEGATION_SHARED)")
def test_no_gold_sentence_in_code_lexicon_or_tests():
    gold = _gold_sentences()
    leaks = []
    for where, literal in _literals():
        words = _words(literal)
        if len(words) < 6:
            continue
        for text, gwords in gold:
            if close_to(words, gwords):
                leaks.append(f"{where}: {literal[:80]!r} ~ gold {text[:80]!r}")
                break
    assert not leaks, "gold sentences (or paraphrases) in the repository:\n" + "\n".join(leaks)
