"""Faster stand-ins for two rule components of the English pipeline, with the same output.

spaCy's ``attribute_ruler`` runs a general token ``Matcher`` over ~180 patterns (mostly "this tag
-> that POS and morphology" and a few word-specific exceptions) and its rule ``lemmatizer`` builds a
``MorphAnalysis`` per token; together they cost about as much as the parser. Here:

* :class:`IndexedAttributeRuler` compiles the loaded ruler's own patterns into a dictionary index
  (by the first token's ``LOWER`` and ``TAG``), tests only the candidate patterns at each token and
  applies matches in the ruler's order (later patterns win), through spaCy's own attribute setter.
* :class:`CachedLemmatizer` reads orth, POS and morphology for the whole ``Doc`` as one array,
  asks the model's lemmatizer only for keys it has not seen, and writes the lemmas back as an array;
  the lemmatizer's word index becomes sets (it scanned lists of up to 57,000 words per lookup).

Both are built from the components they replace (no data of their own), are registered spaCy
factories, and are checked against the originals token by token in the tests.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any, Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["CachedLemmatizer", "IndexedAttributeRuler", "speed_up"]

_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the token attributes the patterns test, as array columns

Row = list[int]
RowTest = Callable[[Row], bool]


def _value_test(column: int, spec: Any, strings: Any) -> RowTest:
    """A test on one array column (string attributes are hashes, IS_SPACE is 0/1)."""
    def h(value: Any) -> int:
        return int(value) if isinstance(value, bool) else strings.add(value)

    if not isinstance(spec, dict):
        want = h(spec)
        return lambda row: row[column] == want
    ((op, arg),) = spec.items()
    if op == "IN":
        allowed = frozenset(h(v) for v in arg)
        return lambda row: row[column] in allowed
    if op == "NOT_IN":
        banned = frozenset(h(v) for v in arg)
        return lambda row: row[column] not in banned
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda row: rx.search(strings[row[column]]) is not None
    raise ValueError(f"unsupported attribute-ruler predicate {op!r}")


def _token_test(spec: dict[str, Any], strings: Any) -> RowTest:
    unknown = set(spec) - set(_KEYS)
    if unknown:
        raise ValueError(f"unsupported attribute-ruler keys {sorted(unknown)}")
    tests = [_value_test(_KEYS.index(attr), value, strings) for attr, value in spec.items()]
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        a, b = tests
        return lambda row: a(row) and b(row)
    return lambda row: all(test(row) for test in tests)


class IndexedAttributeRuler:
    """The attribute ruler's patterns behind a dictionary index (same matches, same order)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._strings = nlp.vocab.strings
        self._by_lower: dict[int, list[int]] = {}
        self._by_tag: dict[int, list[int]] = {}
        self._by_dep: dict[int, list[int]] = {}
        self._space: list[int] = []  # patterns that need a whitespace token
        self._always: list[int] = []
        # (entry, token tests, index, attrs, only POS/MORPH/LEMMA)
        self._patterns: list[tuple[int, list[RowTest], int, Any, bool]] = []

    def compile_from(self, ruler: Any) -> "IndexedAttributeRuler":
        from spacy.attrs import IDS
        from spacy.tokens._retokenize import set_token_attrs  # the ruler's own setter

        self._set = set_token_attrs
        self._key_ids = [IDS[k] for k in _KEYS]
        self._value_ids = [IDS["POS"], IDS["MORPH"], IDS["LEMMA"]]
        strings = self._strings
        for entry, pattern in enumerate(ruler.patterns):
            attrs, index = ruler.attrs[entry], ruler.indices[entry]
            simple = set(attrs) <= set(self._value_ids)
            for alternative in pattern["patterns"]:
                k = len(self._patterns)
                self._patterns.append((entry, [_token_test(spec, strings) for spec in alternative], index, attrs, simple))
                first = alternative[0]
                lower, tag, dep = first.get("LOWER"), first.get("TAG"), first.get("DEP")
                if first.get("IS_SPACE") is True:
                    self._space.append(k)
                elif isinstance(lower, str):
                    self._by_lower.setdefault(strings.add(lower), []).append(k)
                elif isinstance(lower, dict) and "IN" in lower:
                    for word in lower["IN"]:
                        self._by_lower.setdefault(strings.add(word), []).append(k)
                elif isinstance(tag, str):
                    self._by_tag.setdefault(strings.add(tag), []).append(k)
                elif isinstance(tag, dict) and "IN" in tag:
                    for value in tag["IN"]:
                        self._by_tag.setdefault(strings.add(value), []).append(k)
                elif isinstance(dep, str):
                    self._by_dep.setdefault(strings.add(dep), []).append(k)
                elif isinstance(dep, dict) and "IN" in dep:
                    for value in dep["IN"]:
                        self._by_dep.setdefault(strings.add(value), []).append(k)
                else:
                    self._always.append(k)
        return self

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array(self._key_ids).tolist()
        matches: list[tuple[int, int, int]] = []
        by_lower, by_tag, by_dep, always, patterns = self._by_lower, self._by_tag, self._by_dep, self._always, self._patterns
        for i, row in enumerate(rows):
            groups = (by_lower.get(row[0], ()), by_tag.get(row[1], ()), by_dep.get(row[2], ()), self._space if row[3] else (), always)
            for group in groups:
                for k in group:
                    tests = patterns[k][1]
                    if len(tests) == 1:
                        if tests[0](row):
                            matches.append((patterns[k][0], i, k))
                    elif i + len(tests) <= n and all(test(rows[i + j]) for j, test in enumerate(tests)):
                        matches.append((patterns[k][0], i, k))
        if not matches:
            return doc
        matches.sort()  # the ruler's order: later patterns win
        applied: list[tuple[int, Any, bool]] = []
        for _, start, k in matches:
            _, tests, index, attrs, simple = patterns[k]
            position = (start + index) if index >= 0 else (start + len(tests) + index)
            applied.append((position, attrs, simple))
        # tokens touched by a pattern that sets more than POS/MORPH/LEMMA (whitespace tokens) take
        # all their patterns through spaCy's setter, in order; the others are written as one array
        slow = {position for position, _, simple in applied if not simple}
        values = doc.to_array(self._value_ids)
        for position, attrs, _ in applied:
            if position not in slow:
                for column, attr in enumerate(self._value_ids):
                    if attr in attrs:
                        values[position, column] = attrs[attr]
        doc.from_array(self._value_ids, values)
        for position, attrs, _ in applied:
            if position in slow:
                self._set(doc[position], attrs)
        return doc


class CachedLemmatizer:
    """The model's rule lemmatizer with a whole-Doc cache keyed by (orth, POS, morphology)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._cache: dict[tuple[int, int, int], int] = {}
        self._inner: Optional[Any] = None

    def wrap(self, lemmatizer: Any) -> "CachedLemmatizer":
        self._inner = lemmatizer
        # the rule lemmatizer asks "form in index[pos]" of word lists as long as 57,000 entries:
        # the same membership test against a set, for this loaded pipeline only
        if "lemma_index" in lemmatizer.lookups.tables:
            index = lemmatizer.lookups.get_table("lemma_index")
            for key, words in list(index.items()):
                if isinstance(words, list):
                    OrderedDict.__setitem__(index, key, frozenset(words))
        return self

    def _lemma(self, token: Any) -> str:
        """The rule lemma; a word kept whole with its "re-" prefix ("re-imposed", "re-entering",
        see ``legation.nlp.keep_re_prefix``) takes its base word's lemma ("impose", "enter"), which
        the rules could not find for the unknown hyphenated form ("re-arreste"); one with "co-"
        takes the lemma of the word written solid ("co-operated" -> "cooperate")."""
        inner = self._inner
        assert inner is not None
        text = token.text
        if len(text) > 4 and text[2] == "-" and text[:2].lower() in ("re", "co") and text[3:].isalpha():
            # ("co-operated" -> "cooperate": the word written solid)
            base = Doc(token.doc.vocab, words=[text[3:] if text[:2].lower() == "re" else text[:2] + text[3:]])
            base[0].pos = token.pos
            base[0].set_morph(token.morph)
            return str(inner.lemmatize(base[0])[0])
        return str(inner.lemmatize(token)[0])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        inner = self._inner
        assert inner is not None, "CachedLemmatizer.wrap() was not called"
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        cache, strings = self._cache, doc.vocab.strings
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not inner.overwrite:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = strings.add(self._lemma(doc[i]))
                cache[key] = value
            array[i, 3] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], array[:, 3:4].copy())
        return doc


@Language.factory("legation_indexed_attribute_ruler")
def _make_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp, name)


@Language.factory("legation_cached_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp, name)


def speed_up(nlp: Language) -> Language:
    """Swap the loaded pipeline's ``attribute_ruler`` and rule ``lemmatizer`` for the indexed and
    cached versions above, in place; pipelines without them are returned unchanged."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        fast = nlp.replace_pipe("attribute_ruler", "legation_indexed_attribute_ruler")
        fast.compile_from(ruler)
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        lemmatizer = nlp.get_pipe("lemmatizer")
        cached = nlp.replace_pipe("lemmatizer", "legation_cached_lemmatizer")
        cached.wrap(lemmatizer)
    return nlp
