"""nlp: the rule-based sentence splitter (offsets, abbreviations, paragraphs, questions, debris)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legation.nlp import split_sentences
from legation.records import Sentence


def _texts(text: str, skips=()) -> list[str]:
    return [s.text for s in split_sentences("d", text, skips)]


def _check_offsets(text: str, sents: list[Sentence]) -> None:
    for i, s in enumerate(sents):
        assert s.index == i
        assert s.doc_id == "d"
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text


def test_offsets_point_into_the_document():
    text = "  The president arrived in Havana.   He met his Cuban counterpart!\nThey signed two deals."
    sents = split_sentences("d", text)
    _check_offsets(text, sents)
    assert [s.text for s in sents] == [
        "The president arrived in Havana.",
        "He met his Cuban counterpart!",
        "They signed two deals.",
    ]
    assert sents[0].start == 2


def test_abbreviations_do_not_end_sentences():
    text = (
        "The U.S. delegation met Mr. Tran on Sept. 17 in Hanoi. "
        "Former President George W. Bush visited the U.N. headquarters. "
        "Dr. Lee and Gen. Park arrived at 9 a.m. Monday. "
        "The talks ended."
    )
    assert _texts(text) == [
        "The U.S. delegation met Mr. Tran on Sept. 17 in Hanoi.",
        "Former President George W. Bush visited the U.N. headquarters.",
        "Dr. Lee and Gen. Park arrived at 9 a.m. Monday.",
        "The talks ended.",
    ]


def test_lowercase_continuation_is_not_a_boundary():
    assert _texts("Talks on trade, investment etc. were held. Both sides agreed.") == [
        "Talks on trade, investment etc. were held.",
        "Both sides agreed.",
    ]


def test_no_is_an_abbreviation_only_before_a_number():
    assert _texts("He lives at No. 10 Downing Street. The minister said no. The talks ended.") == [
        "He lives at No. 10 Downing Street.",
        "The minister said no.",
        "The talks ended.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    assert _texts('"We will cooperate," he said. "We agree." The talks ended.') == [
        '"We will cooperate," he said.',
        '"We agree."',
        "The talks ended.",
    ]


def test_paragraph_breaks_always_end_a_sentence():
    text = "Vietnam and Laos signed an accord\nThe ministers then met the press\n\n\nNo punctuation at all"
    sents = split_sentences("d", text)
    _check_offsets(text, sents)
    assert [s.text for s in sents] == [
        "Vietnam and Laos signed an accord",
        "The ministers then met the press",
        "No punctuation at all",
    ]


def test_questions_are_flagged():
    text = 'Could you tell us about the purpose of the trip? The trip is important. Will he visit "Cuba?"'
    sents = split_sentences("d", text)
    assert [s.is_question for s in sents] == [True, False, True]


def test_skip_spans_are_excluded():
    text = "FLOWING WATER\nThe president met his counterpart. Source: https://x.org\nThey agreed."
    byline = (0, len("FLOWING WATER"))
    src_start = text.index("Source:")
    source = (src_start, src_start + len("Source: https://x.org"))
    sents = split_sentences("d", text, [source, byline])  # unsorted on purpose
    _check_offsets(text, sents)
    assert [s.text for s in sents] == ["The president met his counterpart.", "They agreed."]
    for s in sents:
        for a, b in (byline, source):
            assert s.end <= a or s.start >= b


def test_leading_date_marker_span_is_skipped():
    text = "date 2021-09-17 Deputy Foreign Minister Dang Hoang Giang spoke. He smiled."
    sents = split_sentences("d", text, [(0, 15)])
    assert [s.text for s in sents] == ["Deputy Foreign Minister Dang Hoang Giang spoke.", "He smiled."]


def test_fragments_without_letters_are_dropped():
    assert _texts("... 42. --- !!\n1.\nThe end.") == ["The end."]


def test_empty_text():
    assert split_sentences("d", "") == []
    assert split_sentences("d", "   \n\n ") == []


# ---------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(list("abcXYZ .!?\n\"'()–-—:;,0123") + ["U.S.", "Mr.", "Sept.", " e.g. ", "Việt", "\r\n", "\t", "W. "])
_TEXT = st.lists(_ALPHABET, max_size=80).map("".join) | st.text(max_size=200)


def _assert_well_formed(text: str, sents: list[Sentence], skips=()) -> None:
    _check_offsets(text, sents)
    for a, b in zip(sents, sents[1:]):
        assert a.end <= b.start  # ordered and non-overlapping
    for s in sents:
        assert s.text == s.text.strip()
        assert any(c.isalpha() for c in s.text)
        for a, b in skips:
            assert s.end <= a or s.start >= b or a >= b


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_sentences_are_ordered_disjoint_and_match_the_text(text):
    _assert_well_formed(text, split_sentences("d", text))


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=4))
def test_sentences_avoid_skip_spans(text, raw_spans):
    n = len(text)
    skips = [(min(s, n), min(s + w, n)) for s, w in raw_spans]
    _assert_well_formed(text, split_sentences("d", text, skips), skips)
