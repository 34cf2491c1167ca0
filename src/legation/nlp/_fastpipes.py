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

_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}

TokenTest = Callable[[Any], bool]


def _value_test(attr: str, spec: Any) -> TokenTest:
    getter: Callable[[Any], Any] = {
        "TAG": lambda t: t.tag_,
        "LOWER": lambda t: t.lower_,
        "DEP": lambda t: t.dep_,
        "IS_SPACE": lambda t: t.is_space,
    }[attr]
    if not isinstance(spec, dict):
        return lambda t: getter(t) == spec
    ((op, arg),) = spec.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda t: getter(t) in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda t: getter(t) not in banned
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda t: rx.search(getter(t)) is not None
    raise ValueError(f"unsupported attribute-ruler predicate {op!r}")


def _token_test(spec: dict[str, Any]) -> TokenTest:
    unknown = set(spec) - _KEYS
    if unknown:
        raise ValueError(f"unsupported attribute-ruler keys {sorted(unknown)}")
    tests = [_value_test(attr, value) for attr, value in spec.items()]
    return lambda t: all(test(t) for test in tests)


class IndexedAttributeRuler:
    """The attribute ruler's patterns behind a dictionary index (same matches, same order)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._by_lower: dict[str, list[int]] = {}
        self._by_tag: dict[str, list[int]] = {}
        self._always: list[int] = []
        self._patterns: list[tuple[int, list[TokenTest], int, Any]] = []  # (entry, token tests, index, attrs)

    def compile_from(self, ruler: Any) -> "IndexedAttributeRuler":
        from spacy.tokens._retokenize import set_token_attrs  # the ruler's own setter

        self._set = set_token_attrs
        for entry, pattern in enumerate(ruler.patterns):
            attrs, index = ruler.attrs[entry], ruler.indices[entry]
            for alternative in pattern["patterns"]:
                k = len(self._patterns)
                self._patterns.append((entry, [_token_test(spec) for spec in alternative], index, attrs))
                first = alternative[0]
                lower, tag = first.get("LOWER"), first.get("TAG")
                if isinstance(lower, str):
                    self._by_lower.setdefault(lower, []).append(k)
                elif isinstance(lower, dict) and "IN" in lower:
                    for word in lower["IN"]:
                        self._by_lower.setdefault(word, []).append(k)
                elif isinstance(tag, str):
                    self._by_tag.setdefault(tag, []).append(k)
                elif isinstance(tag, dict) and "IN" in tag:
                    for value in tag["IN"]:
                        self._by_tag.setdefault(value, []).append(k)
                else:
                    self._always.append(k)
        return self

    def __call__(self, doc: Doc) -> Doc:
        matches: list[tuple[int, int, int]] = []
        n = len(doc)
        by_lower, by_tag, always, patterns = self._by_lower, self._by_tag, self._always, self._patterns
        for i, token in enumerate(doc):
            candidates = by_lower.get(token.lower_, ()), by_tag.get(token.tag_, ()), always
            for group in candidates:
                for k in group:
                    entry, tests, index, _ = patterns[k]
                    if i + len(tests) > n or not tests[0](token):
                        continue
                    if all(test(doc[i + j]) for j, test in enumerate(tests[1:], 1)):
                        matches.append((entry, i, k))
        if not matches:
            return doc
        matches.sort()
        for _, start, k in matches:
            _, tests, index, attrs = patterns[k]
            end = start + len(tests)
            position = (start + index) if index >= 0 else (end + index)
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
                value = strings.add(inner.lemmatize(doc[i])[0])
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
