"""A fast rule-based sentence splitter that keeps document character offsets.

Paragraph breaks always end a sentence; ``.``, ``!`` and ``?`` end one unless the word before is
a known abbreviation ("Sept.", "U.S.", "Mr.") or an initial ("George W. Bush"). Debris spans from
ingest are treated as separators and never become sentences.
"""

from __future__ import annotations

import re
from typing import Iterable

from legation.records import Sentence

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep st sr jr inc corp co ltd no nos vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.n u.k e.g i.e a.m p.m mt ft rev hon pres amb dept univ approx fig est gov't brig cmdr
    u.s.a d.c p.r.c r.o.k""".split()
)
# dotted names of places that can end a sentence ("flew back to the U.S."), and the function words
# that start a sentence but never continue a name after them ("the U.S. Embassy" continues one)
_PLACE_ABBREVIATIONS = frozenset({"u.s", "u.n", "u.k", "e.u", "d.c", "u.s.a"})
_STARTERS = frozenset("""The A An He She It They We I You His Her Its Their Our This That These Those But And Yet So
    In On At After Before When While As If Although Though Since However Meanwhile Still Also Both Neither Some Many""".split())
_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE_RE = re.compile(r"([\w.'’-]+)$")


def _is_boundary(text: str, end: int, punct_start: int) -> bool:
    nxt = text[end:].lstrip()
    if not nxt:
        return True
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘(["):
        return False
    if text[punct_start] != ".":
        return True
    m = _WORD_BEFORE_RE.search(text[:punct_start])
    word = m.group(1).lower() if m else ""
    if word in ("no", "nos") and not first.isdigit():  # "said no." ends a sentence; "No. 10" does not
        return True
    if word.rstrip(".") in _PLACE_ABBREVIATIONS and nxt.split(None, 1)[0].strip("\"'“‘(") in _STARTERS:
        return True  # "... arrived in the U.S. They met ...": a place at the end, a new clause after it
    if word.rstrip(".") in _ABBREVIATIONS or word in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():  # an initial ("George W. Bush") ...
        # ... but not the social platform X after a lower-case word: "she wrote on X. Talks resume"
        # ends a sentence (a middle initial follows a capitalised given name, not "on" or "via")
        before = _WORD_BEFORE_RE.search(text[:punct_start - 1].rstrip())
        return bool(text[punct_start - 1] == "X" and before and before.group(1).islower())
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):  # U.S, U.N, e.g
        return False
    return True


def split_sentences(doc_id: str, text: str, skip_spans: Iterable[tuple[int, int]] = ()) -> list[Sentence]:
    """Split ``text`` into :class:`Sentence` records with document offsets."""
    # regions between debris spans, then paragraphs (line breaks) inside them
    regions: list[tuple[int, int]] = []
    pos = 0
    for s, e in sorted(skip_spans):
        if s > pos:
            regions.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        regions.append((pos, len(text)))
    out: list[Sentence] = []
    for r_start, r_end in regions:
        for para in re.finditer(r"[^\n]+", text[r_start:r_end]):
            p_start = r_start + para.start()
            p_text = para.group(0)
            cut = 0
            for m in _END_RE.finditer(p_text):
                if _is_boundary(p_text, m.end(), m.start()):
                    _emit(out, doc_id, text, p_start + cut, p_start + m.end())
                    cut = m.end()
            _emit(out, doc_id, text, p_start + cut, p_start + len(p_text))
    return out


# a web page's subheading run into the sentence after it: "Trade talks During the visit, ...",
# "Border dispute The ministry said ...": a short headline-case phrase, then a capitalised word
# that only opens a sentence, then a lower-case word (not a name: "The Hague", "The Economist")
_SUBHEAD_RE = re.compile(r"[A-Z][\w'’‘-]*(?:[ ][\w'’‘-]+){0,3}?[ ](?=(?:The|During|After|In|A|An|Despite|Following|As|When|While|Since|But|"
                         r"However|Meanwhile|On|At|For|With|Under|Amid)[ ][a-z])")


def _emit(out: list[Sentence], doc_id: str, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    head = _SUBHEAD_RE.match(text, start, end)
    if head is not None:
        start = head.end()  # (the subheading is no sentence: it is left out)
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2 or not any(c.isalpha() for c in text[start:end]):
        return
    body = text[start:end]
    out.append(Sentence(doc_id=doc_id, index=len(out), start=start, end=end, text=body, is_question=body.rstrip("\"'”’) ").endswith("?")))
