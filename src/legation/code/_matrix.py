"""Verbs and nouns that embed another act: reports, demands, appeals, intents, threats, stances
and judgements, with the clause they govern (its subject, its modal, what it asks for)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from typing import Any, Optional

from legation.code._helpers import _Candidate, _Stage, _infinitive, _ordinal
from legation.code._words import (
    ACCUSE_CODES, COMMENT_CODES, CONDEMNING_ADJECTIVES, COPULA_LEMMAS, CONDEMNING_NOUNS, CONSEQUENCE_VERBS,
    CONSEQUENCE_WORDS, DISOWNED_SHARE_NOUNS, ENDING_MAP, ENDING_VERBS, HANDOVER_VERBS, HELP_LEMMAS, HOSTILE_ROOTS,
    INTENT_TARGET_SLOTS, JOINT_WORDS, MATRIX_ROOTS, NON_VOICING_LIGHT, OPTION_NOUNS, PLAIN_SAY_LEMMAS, SPEAKING_LEMMAS, SPEECH_SETTING_NOUNS, VERDICT_LEMMAS,
    PRAISE_CODES,
    PRESENTING_VERBS, PROHIBIT_VERBS, REFUSABLE_ROOTS, STATEMENT_CONFIDENCE, THREAT_MAP, THREAT_MODALS, TONE_CODES,
    VOICING_VERBS, WORDS_OF_PRAISE, _FAMILY_BASE, _YIELD_DIGIT,
)
from legation.records import Actor, Document, Event, EventDate, Sentence
from legation.resolve._actors import DocContext, SentenceMatches
from legation.resolve._dates import DateMention
from legation.resolve._fold import fold
from legation.resolve._knowledge import TriggerEntry


class MatrixRules(_Stage):
    """The extractor's rules for acts that embed other acts (mixed into EventExtractor)."""

    def _anniversary(self, doc: Document, sent: Sentence, sdoc: Any, matches: SentenceMatches, ctx: DocContext,
                     dates: list[DateMention]) -> list[Event]:
        """"This year marks the 40th anniversary of diplomatic relations between X and Y": X and Y
        established relations (054) forty years before the anniversary's year. Only where that year
        is said or implied without doubt ("this year", "next year", "in 2026", a past-tense "marked");
        an anniversary being prepared for, with no year, is not dated and not coded."""
        out: list[Event] = []
        for tok in sdoc:
            if tok.lemma_.lower() != "anniversary":
                continue
            n = next((v for c in tok.children if c.dep_ in ("amod", "nummod") for v in [_ordinal(c.lower_)] if v), None)
            of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if n is None or of is None:
                continue
            words = {fold(t.lemma_) for t in of.subtree} | {fold(t.lemma_) for t in of.head.subtree}
            if not (words & {"relation", "tie", "relationship"}) or not (words & {"diplomatic", "establish", "establishment"}):
                continue
            btw = self._prep_object_deep(of, ("between",))
            parties = self._resolve(btw, matches, ctx, sent, doc) if btw is not None else []
            if len(parties) < 2:
                parties = [a for t in of.subtree if t.i in matches.by_token and t.dep_ in ("compound", "amod", "nmod", "poss")
                           for a in self._resolve(t, matches, ctx, sent, doc)]
            if len(parties) < 2:
                head = tok.head if tok.dep_ in ("dobj", "attr", "nsubj") else None
                subj = self._subject_of(head) if head is not None and head.pos_ in ("VERB", "AUX") else None
                parties = self._resolve(subj, matches, ctx, sent, doc) if subj is not None else []
            parties = [a for i, a in enumerate(parties) if a.country and all(a.country != b.country for b in parties[:i])]
            year = self._anniversary_year(sdoc, tok, doc, dates)
            if len(parties) < 2 or year is None:
                continue
            entry = next((e for e in self.k.triggers.get(("verb", "establish"), []) if e.code == "054"), None)
            if entry is None:
                continue
            cand = _Candidate(tok, entry, parties[:2], [], True, [tok], "054", "noun-anniversary")
            est = year - n
            when = EventDate(_dt.date(est, 1, 1), _dt.date(est, 12, 31), None, "year", "text")
            for ev in self._events(doc, sent, cand, dates, ctx):
                out.append(replace(ev, date=when, modality="occurred", confidence=min(ev.confidence, 0.6)))
        return out

    @staticmethod
    def _anniversary_year(sdoc: Any, tok: Any, doc: Document, dates: list[DateMention]) -> Optional[int]:
        """The year an anniversary falls in: a date the sentence states outside the anniversary's own
        phrase ("this year", "next year", "in 2026", "last month"), or the publication year for a
        past-tense mark."""
        inside = {t.idx for t in tok.subtree}
        for dm in dates:
            if dm.date.start and dm.date.precision in ("year", "month", "day") and dm.start not in inside:
                return dm.date.start.year
        if doc.date is None:
            return None
        root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
        if root is not None and root.tag_ == "VBD" and root.lemma_.lower() in ("mark", "celebrate", "commemorate"):
            return doc.date.year
        return None

    def _statement(self, doc: Document, sent: Sentence, reports: list[_Candidate], dates: list[DateMention],
                   ctx: DocContext) -> list[Event]:
        """A sentence that reports what a speaker told someone and tells of no other event is itself
        the event: "X told reporters the economy would recover" is X's public statement (CAMEO 010)
        to them, at low confidence. Only the outermost reporting verb speaks, and only a speaker
        resolved to a country or organisation is coded. A statement aimed at no one is coded only
        when it opens with its speaker and its clause holds no event word ("X said on Monday that
        the economy would recover", see _plain_statement): on the gold sets the others ("..., X
        said"; "X said a mortar was fired") are mostly events the coder missed, not statements."""
        def depth(tok: Any) -> int:
            return sum(1 for _ in tok.ancestors)

        for cand in sorted(reports, key=lambda c: depth(c.trigger)):
            cand.sources = [a for a in cand.sources if a.country]
            if not cand.sources:
                continue
            events = [replace(ev, confidence=min(ev.confidence, STATEMENT_CONFIDENCE), rule="statement:" + ev.rule)
                      for ev in self._events(doc, sent, cand, dates, ctx)]
            if events:
                return events
        return []

    def _plain_statement(self, tok: Any, sources: list[Actor], res: Any) -> bool:
        """A sentence that opens with its speaker, named as such, and tells what was said, with no
        event word in it ("The minister said on Monday that the harvest would be poor"), is the
        speaker's statement (CAMEO 010) even when aimed at no one. Not one whose speaker comes
        after the clause ("..., officials said"), is known only from the context, or whose clause
        names an act (coded or missed) or tells another party's stance ("X said Chile has doubts")."""
        if tok.lemma_.lower() not in PLAIN_SAY_LEMMAS:
            return False
        if tok.dep_ != "ROOT" and not (
                tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT" and tok.head.i > tok.i
                and tok.head.lemma_.lower() in PLAIN_SAY_LEMMAS | {"report"}
                and not any(c.dep_ == "ccomp" and c.i != tok.i for c in tok.head.children)) and not (
                tok.dep_ == "conj" and tok.head.dep_ == "ROOT" and tok.head.i < tok.i and tok.head.pos_ == "VERB"
                and self._entry_for(tok.head) is None and not any(c.dep_.startswith("nsubj") for c in tok.children)
                and any(c.dep_ == "nsubj" for c in tok.head.children)
                and not any(self._entry_for(t) is not None for c in tok.head.children
                            if c.dep_ not in ("conj", "cc", "punct", "nsubj") for t in c.subtree)):
            # (wire copy often adds where it was said after the statement: "The commission announced
            # on Monday that turnout had reached 70 percent, its chairman told a news conference" is
            # still the commission's statement, opening with its speaker; and a statement joined to
            # a step that is no event is still one: "The central bank held its rate at 3 percent
            # and said inflation would ease")
            return False
        # (a person named here in full, "Finance Minister Ana Ruiz said", is known from the
        # document's own mention of them: not the context a pronoun or a bare title leans on)
        speaker = next((c for c in (tok.head if tok.dep_ == "conj" else tok).children if c.dep_ == "nsubj"), None)
        named = speaker is not None and (
            (speaker.pos_ == "PROPN" and any(c.dep_ == "compound" for c in speaker.children))
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in speaker.children))  # ("the minister, Ana Ruiz, said")
        if not sources or any(a.resolved_by in ("context", "speaker") or (a.resolved_by == "coreference" and not named)
                              for a in sources):
            return False
        said = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        if len(said) != 1 or any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
            return False
        # (a word in another sense names no act: "would meet its targets", "to help fight the epidemic";
        # nor does a view held, "said it considered the vote legal"; a feeling, "said he was not
        # worried", is coded or left by its own rules, and a report inside the report tells another's words)
        # (nor does where the words were spoken, which the parse may hang in the clause: "stressed that
        # its stance was unchanged, speaking to reporters after a cabinet meeting")
        setting = {t.i for c in said[0].children if c.dep_ == "advcl" and c.i > tok.i
                   and c.lemma_.lower() in SPEAKING_LEMMAS and c.tag_ == "VBG" for t in c.subtree}
        # (nor the occasion the words were spoken on, wherever the parse hangs it: "..., in a speech
        # to parliament", "..., according to a ministry communique", "..., at the start of
        # a cabinet meeting": where the statement was made is no second act)
        setting |= {t.i for p in said[0].subtree if p.dep_ == "pobj" and p.lemma_.lower() in SPEECH_SETTING_NOUNS
                    and (p.head.lower_ in ("in", "at", "during") or (p.head.lower_ == "to" and p.head.head.lower_ == "according")
                         or (p.head.lower_ == "of" and p.head.head.lemma_.lower() in ("start", "end", "sideline", "margin", "opening", "close")))
                    for t in p.subtree}
        topics = self._topic_mentions(said[0])
        setting |= topics
        if any((e := self._entry_for(t)) is not None and e.code != "014" and not self._other_sense(t, e)
               and not self._not_an_event(t, e) and t.i not in setting for t in said[0].subtree):
            return False
        if tok.lemma_.lower() in VERDICT_LEMMAS:
            # a ruling or a forecast is its author's word whoever it is about ("the court ruled that
            # the mayor was ineligible", "the fund predicted that Chile's economy would shrink")
            return True
        subj = self._clause_subject_token(said[0])
        own = {a.country for a in sources}
        if subj is not None and subj.pos_ == "NOUN" and not self._animate(subj) and any(
                c.dep_ == "poss" for c in subj.children):
            # (a thing of another party's is no party with a stance: "X said <Y>'s new policy had
            # failed" is X's own comment, not Y's view reported)
            return True
        if subj is not None and subj.i in topics and subj.pos_ == "NOUN" and not self._animate(subj) \
                and self._entry_for(subj) is not None:
            # (nor is an act talked about: "X said the arrests of Y's activists were troubling" is
            # X's comment on the arrests, whoever they touched)
            return True
        return subj is None or subj.pos_ == "PRON" or all(a.country in own for a in res(subj))

    def _speaker_tells_own_news(self, tok: Any, subj: Any, speaker: list[Actor], res: Any) -> bool:
        """For ``EventExtractor._unattributed_statement``: a lone sentence whose main verb is a plain
        verb of saying, its speaker named before it and known by country, is that speaker's
        statement even when the words name an act, as long as the act is none of another party's:
        "The rebel spokesman said on Monday that the fighters held half the city after a week of
        clashes" tells no act the coder could place, but the statement was made. Not one that
        announces an act as its object ("announced asset freezes on X"), nor one whose clause
        tells an act of another party ("said X was behind the attacks", "said the step had
        support from X", "said bans on X's officers would follow"): that act is the sentence's
        news, missed, and the saying only reports it; nor a feeling told ("said he was not
        worried"), coded or left by its own rules."""
        if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in PLAIN_SAY_LEMMAS:
            return False
        if not speaker or any(not a.country for a in speaker):
            return False
        if subj.dep_ != "nsubj" or subj.pos_ == "PRON" or subj.i > tok.i:
            return False
        if any(c.dep_ == "dobj" and self._entry_for(c) is not None for c in tok.children):
            return False
        # (what was said: a clause, or a clause the parse hung on a phrase of where it was said,
        # "said in an interview published on Friday that ...")
        said = [t for t in tok.subtree if t.dep_ == "ccomp" and t.i > tok.i and t.head.dep_ != "ccomp"]
        # (or a that-clause the parse hung on the statement it was said in: "said in a statement
        # that the plane went down")
        said += [t for t in tok.subtree if t.dep_ == "acl" and t.head.lemma_.lower() in SPEECH_SETTING_NOUNS
                 and t.head.head.head.i == tok.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)]
        if not said:
            return False
        own = {a.country for a in speaker}
        for clause in said:
            csubj = self._clause_subject_token(clause)
            if (clause.lemma_.lower() == "have" and csubj is not None and csubj.pos_ != "PRON"
                    and any(a.country and a.country not in own for a in res(csubj))):
                return False  # "said Chile has doubts": another party's stance reported, not the speaker's word on it
            for t in clause.subtree:
                if self._entry_for(t) is None or (t.tag_ == "VBG" and t.lemma_.lower() in SPEAKING_LEMMAS):
                    continue  # (nor where it was said from: "..., speaking by telephone from X")
                if (t.i == clause.i or (t.dep_ == "acomp" and t.head.i == clause.i)) and self._entry_for(t).code[:3] in TONE_CODES:
                    return False
                # who does or holds the act told: its subject (or its verb's), its "by / from"
                # phrase, its owner, the noun it qualifies ("officials accused of ...")
                head = t.head if t.dep_ in ("dobj", "attr", "pobj", "acomp") and t.head.i != t.i else t
                if head.pos_ == "ADP":
                    head = head.head
                doers = [c for h in (t, head) for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
                doers += [g for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                          for g in c.children if g.dep_ == "pobj"]
                if t.dep_ == "acl":
                    doers.append(t.head)
                if t.pos_ == "NOUN":
                    # (an act named as a noun holds its sides in its own phrase: "support from
                    # X", "bans on travel against officers of X's army")
                    doers += [d for d in t.subtree if d.i != t.i and d.pos_ in ("PROPN", "NOUN", "ADJ")]
                else:
                    # (and a verb's object names the party it touches: "removing the sanctions on X")
                    doers += [d for c in t.children if c.dep_ == "dobj" for d in c.subtree if d.pos_ == "PROPN"]
                doers += [c for d in list(doers) if d.dep_ in ("nsubj", "nsubjpass") for c in d.conjuncts]
                if any(a.country and a.country not in own for d in doers for a in res(d)):
                    return False
        return True

    def _own_act_claimed(self, tok: Any) -> Optional[tuple[str, Any]]:
        """"The group said it was behind / responsible for the bombing": a speaker saying that it
        itself is the author of a hostile act claims responsibility for it (CAMEO 015); "said it
        was not behind / responsible for the attack" denies it (016). The act is what is claimed
        or denied, not told as the speaker's own event. Returns the code and the said clause, or
        None. Only a pronoun that is the speaker itself ("it", "they", "we"), not another party."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in PLAIN_SAY_LEMMAS | {"claim", "confirm"}:
            return None
        for clause in (c for c in tok.children if c.dep_ == "ccomp"):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ not in ("it", "they", "we"):
                continue
            if clause.lemma_.lower() in ("play", "have", "bear"):
                # "said it played no part / had no role in the violence", "said it bore no blame for
                # the attack", "said they had nothing to do with the killing": a denial (016)
                obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
                disowned = obj is not None and (
                    (obj.lemma_.lower() in DISOWNED_SHARE_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children))
                    or (obj.lower_ == "nothing" and clause.lemma_.lower() == "have"))
                if disowned and any((e := self._entry_for(t)) is not None and e.code[:2] in HOSTILE_ROOTS
                                    for t in clause.subtree):
                    return "016", clause
                continue
            if clause.lemma_.lower() != "be":
                continue
            held = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind" for g in c.children if g.dep_ == "pobj"]
            held += [g for a in clause.children if a.dep_ == "acomp" and a.lemma_.lower() == "responsible"
                     for c in a.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
            # (the act may hang anywhere in the clause: "responsible for the failed plot to blow up X")
            if held and any((e := self._entry_for(t)) is not None and e.code[:2] in HOSTILE_ROOTS for t in clause.subtree):
                negated = any(c.dep_ == "neg" for c in clause.children) or any(
                    c.dep_ == "neg" for a in clause.children if a.dep_ == "acomp" for c in a.children)
                return ("016" if negated else "015"), clause
        return None

    def _topic_mentions(self, clause: Any) -> set[int]:
        """The act words a reported clause only talks about: an act named as a noun in the subject
        of a clause that judges or forecasts it, not one that tells it happened. "X said the
        killings in the south were a tragedy", "... the violence was unacceptable", "... the
        bombing would not derail the talks", "... the threat remained high" comment on a
        situation (CAMEO 01); "X said its troops shelled the town" reports the shelling, and so
        does a clause whose own verb is an act ("said the blast killed nine"). The judging
        predicate's own words ("was an assault on our values", "a threat to peace") are no act
        either. A finite clause inside the subject ("the men who kidnapped ...") still tells one."""
        if (e := self._entry_for(clause)) is not None and not self._other_sense(clause, e):
            return set()
        copular = clause.lemma_.lower() in COPULA_LEMMAS or (
            clause.pos_ == "ADJ" and any(c.dep_ == "aux" and c.lemma_.lower() in COPULA_LEMMAS for c in clause.children))
        judged = copular or any(
            (c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "must", "could", "can", "should", "may", "might"))
            or c.dep_ == "neg" for c in clause.children)
        if not judged:
            return set()
        parts = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not parts or any(p.pos_ not in ("NOUN", "PROPN") for p in parts):
            return set()
        out: set[int] = set()
        for part in parts:
            told = {t.i for r in part.subtree if r.dep_ in ("relcl", "ccomp", "advcl") for t in r.subtree}
            out |= {t.i for t in part.subtree if t.i not in told}
        if copular:
            # (the whole judging predicate: "was not the way to end the standoff")
            out |= {t.i for c in clause.children if c.dep_ in ("attr", "acomp") for t in c.subtree}
        return out

    def _judged_topic(self, tok: Any) -> bool:
        """An act noun in the subject of a reported clause that only rates it: "X said the attacks
        on the border posts were alarming", "... the raids were unacceptable" give X's comment on
        the attacks (CAMEO 01), not the attacks themselves; a clause that says who did it or what
        it was ("said the blast was the work of Y", "said the raid killed nine") still tells it."""
        if tok.pos_ != "NOUN":
            return False
        clause = next((a for a in tok.ancestors if a.dep_ == "ccomp"), None)
        if clause is None or clause.head.lemma_.lower() not in PLAIN_SAY_LEMMAS:
            return False
        rated = (clause.pos_ == "ADJ" and any(c.dep_ == "aux" and c.lemma_.lower() in COPULA_LEMMAS for c in clause.children)) or (
            clause.lemma_.lower() in COPULA_LEMMAS and not any(c.dep_ == "attr" for c in clause.children)
            and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in clause.children))
        return rated and tok.i in self._topic_mentions(clause)

    def _spoken_of(self, tok: Any, sources: list[Actor], res: Any) -> list[Actor]:
        """Whom a bare prediction is about: "X said Chile would have to stay united" is X's comment
        on Chile (010 X -> Chile) when the reported clause is in the future, names one other coded
        actor as its subject and holds no event word at all (one the coder could not code is no
        statement; "X said Chile has doubts" reports Chile's stance, not X's word on it)."""
        inner = self._embedded(tok, "report")
        subj = self._clause_subject_token(inner) if inner is not None else None
        if subj is None or subj.pos_ == "PRON" or any(self._entry_for(t) is not None for t in inner.subtree):
            return []
        # (or a duty it is said to fail: "X said Chile failed to rein in the gangs", X's criticism of
        # Chile, when that is what the sentence tells: not "cut aid, saying Chile had failed to ...")
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in inner.children) \
                and (tok.dep_ != "ROOT" or self._failure_clause(inner) is None):
            return []
        acts = self._others(res(subj), sources)
        if len(acts) != 1 or not acts[0].country or any(a.country == acts[0].country for a in sources):
            return []
        return acts

    def _embedded(self, tok: Any, kind: Optional[str] = None) -> Optional[Any]:
        """The event a matrix trigger embeds: its complement clause ("threatened to cut ties"),
        or, for demands, refusals, threats, promises and accusations, an event noun it takes as
        object ("demanded a truce", "accused X of the attack"). A light verb in the complement
        hands over to its event noun ("urged Y to hold talks" -> talks)."""
        inner = self._complement(tok, kind)
        if inner is not None and kind not in (None, "report") and self._entry_for(inner) is None and inner.pos_ in ("VERB", "AUX") \
                and inner.lemma_.lower() in HANDOVER_VERBS:
            noun = next((c for c in inner.children if c.dep_ in ("dobj", "attr") and self._entry_for(c) is not None), None)
            if noun is not None:
                return noun
        return inner

    def _complement(self, tok: Any, kind: Optional[str]) -> Optional[Any]:
        if kind == "halt":
            # only the object: "withdrew from Lebanon to end the fighting" keeps its purpose clause
            return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                         and self._entry_for(c) is not None), None)
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "NOUN", "AUX"):
                return c
        if tok.pos_ in ("NOUN", "PROPN") and kind not in (None, "report", "halt"):
            # "an offer to mediate", "its readiness to cooperate", "an appeal to donors to help"
            for c in tok.children:
                if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and _infinitive(c):
                    return c
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in VOICING_VERBS:
                # "renewed its call for X to withdraw": the for-clause parsed onto the verb
                # (or "for X" parsed as the noun's prepositional object and "to withdraw" onto the
                # verb: "renewed its demand for Y to free the crew")
                for_obj = any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" for g in p.children)
                              for p in tok.children)
                for c in tok.head.children:
                    if c.dep_ != "advcl" or c.i <= tok.i or not _infinitive(c):
                        continue
                    if any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children) or (
                            for_obj and not any(g.dep_ in ("nsubj", "mark") for g in c.children)):
                        return c
        for c in tok.children:
            if c.dep_ == "advcl" and _infinitive(c):
                return c
        if tok.pos_ in ("NOUN", "PROPN") and kind is not None:
            # "its demand that X ease the restrictions", "the threat that it would cut aid", "the
            # charge that X shelled the town": the that-clause a matrix noun takes says what is
            # demanded, threatened or alleged
            deps = ("acl", "relcl", "ccomp") if kind in ("demand", "appeal", "threat", "accuse") else ("acl", "relcl")
            for c in tok.children:
                if c.dep_ in deps and c.pos_ in ("VERB", "AUX") and any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    return c
            if kind in ("demand", "appeal", "threat") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in VOICING_VERBS:
                # "renewed its demand today that Kiribati free the crew": the that-clause parsed
                # onto the verb that voices the demand is still the demand's content
                for c in tok.head.children:
                    if c.dep_ in ("ccomp", "advcl") and c.i > tok.i and c.pos_ in ("VERB", "AUX") and any(
                            g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                        return c
        if kind == "comment":
            # "is studying the option of a fuel levy", "weighed the option of sanctions":
            # what is considered is the option's content (or the option itself)
            for c in tok.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in OPTION_NOUNS:
                    of = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)
                    g = next((x for x in of.children if x.dep_ in ("pobj", "pcomp")), None) if of is not None else None
                    return g if g is not None else c
        objects = kind in ("demand", "reject", "threat", "intent", "accuse", "comment")
        for c in tok.children:
            if c.dep_ == "dobj":
                if objects and c.pos_ == "NOUN" and self._entry_for(c) is not None:
                    return c
                if objects and c.pos_ in ("NOUN", "NUM", "SYM"):
                    # "offered $5 million in aid", "pledged thousands of troops"
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("in", "of"):
                            g = next((x for x in p.children if x.dep_ == "pobj" and self._entry_for(x) is not None), None)
                            if g is not None:
                                return g
                for g in c.children:
                    if g.dep_ in ("acl", "relcl") and (g.pos_ == "VERB" or g.pos_ == "AUX" and any(
                            x.dep_ == "mark" and x.lower_ == "that" for x in g.children)):
                        return g  # (a that-clause on "be": "expressed hope that the vote would be fair")
            if c.dep_ in ("prep", "agent") and (c.dep_ == "agent" and kind == "comment" and tok.tag_ == "VBN" or c.lower_ in ("for", "to") or (kind == "accuse" and c.lower_ in ("of", "over", "at", "about", "with"))
                                     or (kind == "comment" and c.lower_ in ("over", "about", "on"))
                                     or (kind == "comment" and c.lower_ in ("at", "by", "of") and tok.tag_ in ("JJ", "VBN"))):
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp") and (self._entry_for(g) is not None or (
                            kind in ("accuse", "comment") and c.lower_ != "to")):
                        return g
        return None

    def _matrix_kind(self, entry: TriggerEntry) -> Optional[str]:
        if entry.embed:
            return entry.embed
        if entry.code.startswith(ACCUSE_CODES) or entry.code.startswith(PRAISE_CODES):
            return "accuse"  # judging an act: it is aimed at whoever acted
        if entry.code.startswith(COMMENT_CODES):
            return "comment"
        return MATRIX_ROOTS.get(entry.code[:2])

    def _embeds_event(self, tok: Any, entry: TriggerEntry) -> bool:
        """A matrix trigger whose complement is an event, or whose object names what is demanded,
        refused or threatened ("demanded a truce"): it needs no target of its own. So does a
        reporting verb whose clause is a demand ("said Y must ...")."""
        kind = self._matrix_kind(entry)
        if kind is None:
            return False
        inner = self._embedded(tok, kind)
        if kind == "report":
            return inner is not None and inner.dep_ == "ccomp" and (
                self._clause_modal(inner) is not None or self._tone(inner) is not None
                or self._judgement_clause(inner) is not None)
        if kind == "comment":
            if entry.code in TONE_CODES:
                # "expressed hope that ...", "is considering sending troops", "weighs the option of
                # sanctions"; "considers that ..." is an opinion, "feared for their lives" no comment
                # (what it is about: a clause, an event, an option, or what the comment is over)
                if inner is None or (entry.code == "014" and inner.dep_ == "ccomp"):
                    return False
                return (inner.pos_ in ("VERB", "AUX") or self._entry_for(inner) is not None
                        or inner.lemma_.lower() in OPTION_NOUNS or inner.head.lower_ in ("over", "about", "on", "regarding")
                        or entry.pos == "adj" and inner.head.lower_ in ("at", "by", "of")
                        or inner.head.lower_ == "of" and inner.head.head.lemma_.lower() in OPTION_NOUNS
                        or inner.head.lower_ == "for" and tok.lemma_.lower() in ("hope", "hop"))
            return True
        if inner is not None and self._entry_for(inner) is not None:
            return True
        if tok.lemma_.lower() in ("warn", "consider", "contemplate", "weigh", "mull"):
            # "warned that the army will not accept ..." is a threat; "warn that it is too
            # late" a comment
            if inner is None or inner.dep_ != "ccomp" or tok.lemma_.lower() != "warn":
                return False
            if (self._condition(inner) is not None and inner.pos_ == "VERB" and inner.lemma_.lower() not in ("be", "have")
                    and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in inner.children)
                    and not any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("this", "that", "there") for c in inner.children)):
                # "warned it would take countermeasures if Y ...": an act of the speaker's own made
                # to hang on what another does is a conditional threat, in reported speech too
                return True
            return any(
                c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in inner.children) and not any(
                c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that", "there") for c in inner.children)
        if inner is not None and inner.pos_ == "VERB" and kind in ("demand", "reject", "threat", "appeal"):
            return True  # "demanded that X forsake its programme"
        if (kind == "demand" and tok.pos_ == "NOUN" and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in (VOICING_VERBS | PRESENTING_VERBS) - NON_VOICING_LIGHT
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)):
            # "issued a demand for higher pay", "renewed their demands for autonomy": a demand voiced
            # names what it asks for ("its demand for oil" voices nothing)
            return True
        # "demanded a truce", "refused admittance": the object says what is demanded or refused
        return kind in ("demand", "reject", "threat") and any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)

    def _derived_code(self, kind: str, own: str, icode: str) -> str:
        """The code of a matrix event from the event it embeds: "threatened to cut ties" -> 1313,
        "refused to deploy peacekeepers" -> 1224, "pledged to attack" -> 138."""
        root = icode[:2]
        if kind == "threat" or (kind == "intent" and root in HOSTILE_ROOTS):
            for key in (icode[:4], icode[:3], root):
                if key in THREAT_MAP:
                    return THREAT_MAP[key]
            return own if own[:2] == "13" else "130"
        if kind == "intent" and root in ("09", "10", "11", "12"):
            return icode  # "vowed to defy the ruling", "pledged to investigate": the stance is the act itself, no cooperation
        if kind == "intent":
            info = self.k.code_info(icode)
            return info.intent_code or ("036" if root == "04" else own)
        if kind == "reject" and root == "11" and not own.startswith("129"):
            return "016"  # rejecting an accusation is denying responsibility (a veto stays a veto)
        family = {"appeal": "02", "demand": "10", "reject": "12"}.get(kind)
        if family is None:
            return own
        base = _FAMILY_BASE[family]
        digit = ""
        if icode.startswith("083"):
            b, digit = base["083"], icode[3:4]
        elif root == "08":
            b, digit = base["08"], _YIELD_DIGIT.get(icode[:3], "")
        elif icode.startswith("045"):
            b = base["045"]
        elif root in ("06", "07"):
            b, digit = base[root], icode[2:3].strip("0")
        elif root in base:
            b = base[root]
        else:
            return own
        if own.startswith(b) and len(own) > len(b):
            return own  # the matrix's own context already names the sub-code
        return b + digit if digit and (b + digit) in self.k.cameo else b

    def _clause_tokens(self, head: Any) -> list[Any]:
        """The tokens of a complement, leaving out relative and adverbial clauses inside it (their
        events are background, coded on their own)."""
        out = [head]
        stack = [head]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in ("relcl", "acl", "advcl", "parataxis"):
                    continue
                out.append(c)
                stack.append(c)
        return out

    def _embed(self, cand: _Candidate, kind: str, inner: Any, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
               doc: Document, consumed: set[int]) -> None:
        """Code a matrix event from its complement and consume the complement's events."""
        ientry = self._entry_for(inner)
        if ientry is None:
            if kind in ("accuse", "comment"):
                # "accused X of plotting against the talks": the allegation's content
                consumed.update(t.i for t in list(inner.subtree) + self._alleged_list(cand.trigger, inner)
                                if t.i != cand.trigger.i and self._entry_for(t) is not None)
            elif kind in ("demand", "appeal") and inner.pos_ in ("VERB", "AUX"):
                # "demanded that X forsake its programme": what is demanded has not happened, and
                # the clause's subject is whom the demand is made of
                consumed.update(t.i for t in self._clause_tokens(inner) if t.i != cand.trigger.i and self._entry_for(t) is not None)
                subj = self._clause_subject_token(inner)
                if subj is None:
                    subj = self._split_for_subject(cand.trigger, inner)
                if not cand.targets and not cand.pair:
                    # "demanded that the US match ...", "a call for X to reform": the one asked to act
                    cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources) if subj is not None else []
                if not cand.targets and not cand.pair:
                    cand.targets = self._clause_targets(cand, inner, matches, ctx, sent, doc)
                if not cand.targets and not cand.pair and subj is not None:
                    # "demanded that the junta free the prisoners": asked of someone no table codes
                    cand.uncoded_targets = self.actors.unresolved(subj, matches, sent.start)
            elif kind in ("intent", "threat", "reject") and not cand.targets and not cand.pair:
                # "refused to hand the files to X", "pledged to send engineers to X": an act the
                # lexicon does not know still names whom the matrix event is aimed at
                if kind == "reject" and inner.dep_ == "ccomp":
                    subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
                if not cand.targets:
                    cand.targets = self._clause_targets(cand, inner, matches, ctx, sent, doc)
                if not cand.targets and kind == "threat":
                    # "warned it would take countermeasures if Y pushed for sanctions": aimed at Y
                    cond = self._condition(inner)
                    subj = next((c for c in cond[0].children if c.dep_ in ("nsubj", "nsubjpass")), None) if cond else None
                    if subj is not None:
                        cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
            return
        clause = inner if inner.pos_ in ("VERB", "AUX") else inner.head
        # what is alleged, denied or commented on did not necessarily happen: all of it goes
        content = list(inner.subtree) if kind in ("accuse", "comment") or ientry.code.startswith("11") else self._clause_tokens(inner)
        if kind == "accuse":
            content += self._alleged_list(cand.trigger, inner)
        if kind in ("demand", "appeal") and inner.pos_ == "NOUN":
            # "called for a pullout of X's troops to end the war": what the asked-for act is to
            # serve is asked for too
            content += [t for c in inner.children if c.dep_ == "acl" and _infinitive(c) for t in c.subtree]
        for t in content + ([clause] if clause is not cand.trigger and clause.head is cand.trigger else []):
            if t.i != cand.trigger.i and self._entry_for(t) is not None:
                consumed.add(t.i)
        cand.code = self._derived_code(kind, cand.code, ientry.code)
        if (kind == "intent" and cand.code[:2] == "13" and ientry.code[:2] in HOSTILE_ROOTS
                and (cand.pair or len({a.country for a in cand.sources if a.country}) >= 2)
                and any(t.lemma_.lower() in JOINT_WORDS for t in self._clause_tokens(inner))):
            # "X and Y agreed to launch joint operations against the rebels": two parties pledging
            # to fight side by side commit to military cooperation with each other (0312), they
            # threaten neither one another nor, by this pledge alone, anyone named
            cand.code = "0312"
        if cand.code == "015" and inner.dep_ == "ccomp" and ientry.code[:2] in HOSTILE_ROOTS:
            # "claimed that Y had shelled a border post": another's act claimed is an accusation
            # (a passive with no agent, "acknowledged that civilians were killed", admits its own act)
            subj = next((c for c in inner.children if c.dep_ == "nsubj"), None) or next(
                (g for a in inner.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if subj is not None and subj.pos_ != "PRON" and not any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children):
                accused = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
                if accused:
                    cand.code, cand.targets, cand.pair = "112", accused, False
                    return
        if cand.targets or cand.pair:
            return
        # "demanded that the US cancel ...", "alleged that X attacked ...": the complement's subject
        if kind in ("demand", "appeal", "accuse", "reject"):
            cand.targets = self._clause_subject(inner, cand, matches, ctx, sent, doc)
            if not cand.targets and inner.pos_ == "NOUN" and clause is not cand.trigger and clause.pos_ in ("VERB", "AUX"):
                # "wants Y to pay compensation", "demanded that Y make amends": the event noun was
                # handed over from a light verb, whose subject is still the one asked to act
                cand.targets = self._clause_subject(clause, cand, matches, ctx, sent, doc)
        if not cand.targets:
            icand = self._arguments(inner, ientry, matches, ctx, sent, doc)
            if icand is not None:
                # "condemned Serbia's crackdown": the criticism is aimed at who acted
                aimed = icand.sources if kind == "accuse" and inner.pos_ == "NOUN" and not icand.pair else icand.targets
                cand.targets = self._others(aimed, cand.sources)
        if not cand.targets and kind in ("intent", "threat", "reject", "demand") and not (
                ientry.code[:2] == "07" and any(c.dep_ == "dobj" and c.lemma_.lower() in ientry.with_ for c in inner.children)):
            # "threatened to cut off electricity to X": a known act that found no target of its own
            # ("offered to send Vietnamese experts": the aid is no target)
            cand.targets = self._clause_targets(cand, inner, matches, ctx, sent, doc)
        if not cand.targets and cand.code[:2] == "13":
            cond = self._condition(inner) or self._condition(cand.trigger)
            if cond is not None:
                subj = next((c for c in cond[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
                cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)

    @staticmethod
    def _alleged_list(verb: Any, inner: Any) -> list[Any]:
        """"accused X of arming militias, ignoring the courts and ...": the rest of the list the
        parser hung on the accusing verb after a comma goes on with what is alleged."""
        if inner.dep_ != "pcomp" or inner.head.head.i != verb.i:
            return []
        end = inner.head.right_edge.i
        return [t for c in verb.children
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == end + 2 and c.nbor(-1).text == ","
                and not any(g.dep_ in ("nsubj", "mark") for g in c.children) for t in c.subtree]

    def _clause_targets(self, cand: _Candidate, inner: Any, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                        doc: Document) -> list[Actor]:
        """Whom the act a matrix verb embeds is aimed at, read from the embedded verb's own object
        or its to / with / against / on phrase ("vowed to send engineers to Haiti", "refused to let
        UN planes land"), whatever that verb is."""
        generic = replace(cand.entry, pos="verb", target=INTENT_TARGET_SLOTS, embed=None, passive_target_is_subject=True)
        for _ in range(3):
            if inner is None or inner.pos_ != "VERB":
                return []
            icand = self._arguments(inner, generic, matches, ctx, sent, doc)
            if icand is not None and icand.targets:
                # "promised to democratize the country": a promise about one's own country is domestic policy
                return [a for a in icand.targets if not any(a.country == x.country for x in cand.sources)]
            # "pledged to send engineers to help rebuild X", "offered to help protect X": the help
            # the act is for names whom it is for (other purposes need not: "offered to pay Y to
            # invite her to X")
            helping = inner.lemma_.lower() in HELP_LEMMAS
            inner = next((c for c in inner.children if (c.dep_ == "xcomp" and helping) or (
                c.dep_ in ("xcomp", "advcl") and _infinitive(c) and c.lemma_.lower() in HELP_LEMMAS)), None)
        return []

    def _clause_subject(self, inner: Any, cand: _Candidate, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                        doc: Document) -> list[Actor]:
        """The subject of an embedded clause that has its own ("that X cancel ...", "for X to ..."),
        other than the matrix event's source."""
        subj = self._clause_subject_token(inner)
        if subj is None:
            subj = self._split_for_subject(cand.trigger, inner)
        return self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources) if subj is not None else []

    @staticmethod
    def _split_for_subject(trig: Any, inner: Any) -> Optional[Any]:
        """"renewed its demand for Y to free the crew" parsed as "demand for Y" + "to free" (an
        advcl of the verb that voices the noun): the for-object is the clause's subject."""
        if trig.pos_ != "NOUN" or inner.dep_ != "advcl" or inner.head.i != trig.head.i or not _infinitive(inner):
            return None
        return next((g for p in trig.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < inner.i
                     for g in p.children if g.dep_ == "pobj"), None)

    @staticmethod
    def _clause_subject_token(inner: Any) -> Optional[Any]:
        """The subject of an embedded clause that has one of its own ("that X cancel ...", "for X
        to ..."); a pronoun that is the speaker or the situation ("we", "it") is none."""
        if inner.dep_ not in ("ccomp", "advcl", "acl", "relcl") or inner.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None if subj is None or subj.lower_ in ("we", "i", "it", "this", "that", "there") else subj

    @staticmethod
    def _judgement_clause(inner: Any) -> Optional[Any]:
        """The subject of a clause "<subject> was a violation / a provocation / a crime" (not
        negated, not a pronoun), the thing condemned; None for any other clause."""
        if inner.lemma_.lower() != "be" or inner.dep_ != "ccomp" or any(c.dep_ == "neg" for c in inner.children):
            return None
        attr = next((c for c in inner.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "NUM", "PRON")), None)
        subj = next((c for c in inner.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        if attr is not None and attr.pos_ == "NOUN" and attr.lemma_.lower() in CONDEMNING_NOUNS:
            return subj
        # "said X was hostile and abusive", "said X is one of the most abusive authorities"
        described = [c for c in inner.children if c.dep_ == "acomp"]
        if attr is not None:
            described.append(attr)
            described += [x for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]
        words = [a for d in described for a in [d, *d.children, *(g for c in d.children if c.dep_ == "conj" for g in [c])]
                 if a.pos_ == "ADJ"]
        words += [g for a in words for g in a.children if g.dep_ == "conj" and g.pos_ == "ADJ"]
        if any(a.lemma_.lower() in CONDEMNING_ADJECTIVES for a in words):
            return subj
        return None

    @staticmethod
    def _failure_clause(inner: Any) -> Optional[Any]:
        """The subject of a reported clause "<X> failed / is failing to <act>" (not negated, not a
        pronoun): "said Kabul was failing to rein in the militants" blames Kabul for a duty
        left undone, a criticism of it."""
        if inner.lemma_.lower() != "fail" or inner.dep_ != "ccomp" or any(c.dep_ == "neg" for c in inner.children):
            return None
        if not any(c.dep_ == "xcomp" and _infinitive(c) for c in inner.children):
            return None
        subj = next((c for c in inner.children if c.dep_ == "nsubj"), None)
        return None if subj is None or subj.pos_ == "PRON" else subj

    def _condemned(self, inner: Any, cand: _Candidate, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                   doc: Document) -> Optional[list[Actor]]:
        """Whom a reported copular judgement condemns: "said the strikes were a violation of its
        sovereignty", "said Y's decision was a provocation" -> the subject's actor, or the doer of
        the act the subject names; None if the clause is no such judgement."""
        subj = self._judgement_clause(inner)
        failure = subj is None and (subj := self._failure_clause(inner)) is not None
        if subj is None:
            return None
        acts = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
        if failure:
            # (only an actor named as the subject fails a duty: "said the talks failed to produce
            # a deal" blames no one)
            return acts or None
        if not acts:
            owner = next((c for c in subj.children if c.dep_ in ("poss", "compound", "amod") and c.i in matches.by_token), None)
            acts = self._others(self._resolve(owner, matches, ctx, sent, doc), cand.sources) if owner is not None else []
        if not acts and (entry := self._entry_for(subj)) is not None:
            icand = self._arguments(subj, entry, matches, ctx, sent, doc)
            acts = self._others(icand.sources, cand.sources) if icand is not None and not icand.pair else []
        return acts or None

    def _reported_demand(self, cand: _Candidate, inner: Any, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                         doc: Document, consumed: set[int]) -> Optional[_Candidate]:
        """"X said (that) Y must <act>" is X's demand on Y; "... Y should <act>" an appeal. So is
        the that-clause of a statement noun: "sent a message to Y that it must <act>"."""
        told = inner.dep_ == "acl" and cand.trigger.pos_ == "NOUN" and inner.head.i == cand.trigger.i and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in inner.children)
        if (inner.dep_ != "ccomp" and not told) or inner.pos_ not in ("VERB", "AUX"):
            return None
        judged = self._condemned(inner, cand, matches, ctx, sent, doc) if inner.dep_ == "ccomp" else None
        if judged is not None:
            # "X said Y's raid was a flagrant violation of international law": X's criticism of Y
            # (111); the act judged is the topic, not an event the sentence tells on its own
            consumed.update(t.i for t in self._clause_tokens(inner) if t.i != cand.trigger.i and self._entry_for(t) is not None)
            return replace(cand, targets=judged, code="111", rule=f"{cand.rule}-judged")
        modal = self._clause_modal(inner)
        if modal is None:
            tone = self._tone(inner)
            if tone is None:
                return None
            # "X said it was pessimistic about ...": 012 / 013, aimed at what it is about if an actor
            adj = next(c for c in inner.children if c.dep_ == "acomp")
            about = next((g for c in adj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
            targets: list[Actor] = []
            for x in self._named_in(about, matches):
                targets = self._others(self._resolve(x, matches, ctx, sent, doc), cand.sources)
                if targets:
                    break  # the first actor the phrase names ("about the talks with X")
            return replace(cand, targets=targets or cand.targets, code=tone, rule=f"{cand.rule}-tone")
        subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("it", "they", "he", "she") and cand.targets and any(
                c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to")
                for h in ((cand.trigger, cand.trigger.head) if told or cand.trigger.lemma_.lower() == "warn" else ())
                for c in h.children):
            # "sent a message to Peru that it must pay", "warned Peru that it must pay": the
            # pronoun is the one addressed, whom the demand is made of
            targets = self._others(cand.targets, cand.sources)
        elif subj is None or subj.lower_ in ("we", "i", "it", "this", "that", "there"):
            return None
        else:
            targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
        if not targets:
            return None
        kind = "demand" if modal == "must" else "appeal"
        own = "100" if kind == "demand" else "020"
        act = self._embedded_act(inner)
        code = own
        if act is not None:
            code = self._derived_code(kind, own, self._entry_for(act).code)
        # what is demanded or asked for has not happened: the clause's own events go with it
        for t in self._clause_tokens(inner):
            if t.i != cand.trigger.i and self._entry_for(t) is not None:
                consumed.add(t.i)
        return replace(cand, targets=targets, pair=False, code=code, rule=f"{cand.rule}-{kind}")

    def _reported_consequence(self, cand: _Candidate, inner: Any, matches: SentenceMatches, ctx: DocContext,
                              sent: Sentence, doc: Document, consumed: set[int]) -> Optional[_Candidate]:
        """"X said / warned (that) Y would pay a heavy price / face consequences (if ...)": a
        threat (130) against Y, who is to suffer what the speaker will do; the condition is no event."""
        if not self._consequence_clause(inner):
            return None
        subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("we", "i", "us", "this", "that", "there"):
            return None
        if subj.lower_ in ("it", "they", "he", "she") and cand.targets and cand.trigger.lemma_.lower() == "warn":
            targets = self._others(cand.targets, cand.sources)  # "warned Y that it would pay dearly"
        else:
            targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
        if not targets:
            return None
        for t in inner.subtree:
            if t.i != cand.trigger.i and self._entry_for(t) is not None:
                consumed.add(t.i)
        code = cand.code if cand.code[:2] == "13" else "130"
        return replace(cand, targets=targets, pair=False, code=code, rule=f"{cand.rule}-consequence")

    def _expected_of(self, act: Any, entry: TriggerEntry, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                     doc: Document) -> Optional[_Candidate]:
        """"X expects Y to release the prisoners": a party expecting another to do a cooperative act
        demands it of Y (10, derived from the act); a hostile act expected ("expects Y to retaliate")
        is a forecast, and so is an expected state of things ("expects the talks to resume")."""
        top = act.head
        if (act.dep_ not in ("xcomp", "ccomp") or act.pos_ != "VERB" or not _infinitive(act) or top.pos_ != "VERB"
                or top.lemma_.lower() != "expect" or entry.code[:2] not in REFUSABLE_ROOTS
                or any(c.dep_ in ("neg", "auxpass") for c in top.children)):
            return None
        # (the parser may make Y the infinitive's subject: "expects [Y to release ...]")
        obj = next((c for c in top.children if c.dep_ == "dobj"), None) or next(
            (c for c in act.children if c.dep_ == "nsubj"), None)
        subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or obj.pos_ == "PRON" or subj.pos_ == "PRON":
            return None
        sources = self._resolve(subj, matches, ctx, sent, doc)
        targets = self._others(self._resolve(obj, matches, ctx, sent, doc), sources)
        if not sources or not targets or not all(a.country or a.code.startswith("IGO") for a in sources + targets):
            return None
        code = self._derived_code("demand", "100", entry.code)
        return _Candidate(top, entry, sources, targets, False, [top], code, "verb-expected", modality="occurred")

    def _consequence_clause(self, inner: Any) -> bool:
        """A reported clause saying another will suffer: "Y would pay a heavy price (if ...)", "Y
        will face consequences", "Y will regret it" (future or conditional, not negated)."""
        if inner.dep_ != "ccomp" or inner.pos_ != "VERB" or inner.lemma_.lower() not in CONSEQUENCE_VERBS:
            return False
        objs = [c for c in inner.children if c.dep_ in ("dobj", "advmod")]
        if not any(o.lemma_.lower() in CONSEQUENCE_WORDS for o in objs) and inner.lemma_.lower() != "regret":
            return False
        if any(c.dep_ == "neg" for c in inner.children):
            return False
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in inner.children)
        return future or self._condition(inner) is not None

    @staticmethod
    def _named_in(t: Optional[Any], matches: SentenceMatches) -> list[Any]:
        """A phrase's head, then the names the dictionaries know inside it, in order: where to look
        for the actor a phrase is about ("about the talks with X")."""
        if t is None:
            return []
        return [t] + [x for x in t.subtree if x.i != t.i and x.i in matches.by_token and x.dep_ != "compound"]

    def _tone(self, inner: Any) -> Optional[str]:
        """012 / 013 for a reported clause "<subject> was pessimistic / confident ..." whose subject
        is the speaker (a pronoun)."""
        if inner.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in inner.children):
            return None
        if any(c.dep_ == "neg" for c in inner.children):
            return None  # "he was not worried"
        for c in inner.children:
            if c.dep_ == "acomp":
                entry = self._adjective_entry(c)
                if entry is not None and entry.code in ("012", "013"):
                    return entry.code
        return None

    def _embedded_act(self, verb: Any) -> Optional[Any]:
        """The event trigger a clause's verb stands for: itself, its event object or complement."""
        if self._entry_for(verb) is not None:
            return verb
        for c in verb.children:
            if c.dep_ in ("dobj", "attr", "xcomp") and self._entry_for(c) is not None:
                return c
        return None

    def _reframe(self, cand: _Candidate, matches: SentenceMatches, ctx: DocContext, sent: Sentence, doc: Document) -> None:
        """Expressed intent and conditional threats carried by the clause around an act:
        "X is willing to withdraw" -> 03x; "X will attack unless Y ..." -> 13x."""
        tok = cand.trigger
        root = cand.code[:2]
        if (cand.entry.pos == "noun" and cand.light is not None and tok.dep_ == "dobj" and root in REFUSABLE_ROOTS
                and cand.light.lemma_.lower() in PROHIBIT_VERBS):
            # "prohibited all aid to X", "banned trade with Y": the cooperation is cut (16x), not given
            cand.code = ENDING_MAP.get(cand.code[:3], ENDING_MAP.get(root, cand.code))
            cand.modality = "occurred"
            return
        if cand.entry.pos == "noun" and cand.light is not None and tok.dep_ == "dobj" and cand.light.lemma_.lower() in ENDING_VERBS:
            for key in (cand.code[:4], cand.code[:3], root):
                if key in ENDING_MAP:
                    cand.code = ENDING_MAP[key]
                    cand.modality = "occurred"
                    return
        if cand.code.startswith("051") and tok.lemma_.lower() == "welcome" and self._welcomed_in_person(tok, cand):
            cand.code = "043"  # "welcomed X at the palace": a visit received, not praise
            return
        clause = tok if tok.pos_ in ("VERB", "AUX") else (cand.light if cand.light is not None else None)
        if clause is None:
            return
        h = clause
        for _ in range(3):
            if h.dep_ == "xcomp" and self._intent_adjective(h.head):
                if root in HOSTILE_ROOTS:
                    cand.code = self._derived_code("threat", cand.code, cand.code)
                elif root in ("04", "05", "06", "07", "08"):
                    cand.code = self._derived_code("intent", cand.code, cand.code)
                cand.modality = "occurred"
                return
            if h.dep_ not in ("conj", "xcomp"):
                break
            h = h.head
        # "said it would pull out ... unless ...": the condition may hang on the reporting verb
        cond = self._condition(clause) or (self._condition(clause.head) if clause.dep_ == "ccomp" else None)
        if cond is None or not any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in clause.children):
            return
        if root in HOSTILE_ROOTS or (cond[1] == "unless" and root in ("04", "05", "06", "07", "08", "09")):
            cand.code = self._derived_code("threat", cand.code, cand.code)
            cand.modality = "occurred"
            if not cand.targets and not cand.pair:
                subj = next((c for c in cond[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
                cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)

    def _performed_in_words(self, tok: Any) -> bool:
        """An offer whose object is an act done in words ("offered an apology", "offered his
        condolences", "extended congratulations to X"): offering it is doing it, no intent."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("offer", "extend", "convey"):
            return False
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        inner = self._entry_for(obj) if obj is not None and obj.pos_ == "NOUN" else None
        # (not support: "offered military support" is the intent to give it)
        return inner is not None and inner.pos == "noun" and (
            inner.code[:3] in ("018", "055", "056") or obj.lemma_.lower() in WORDS_OF_PRAISE)

    @staticmethod
    def _asked_for(tok: Any) -> bool:
        """An appeal verb that says what is asked for ("called for reforms", "appealed for calm")."""
        return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                   for c in tok.children)

    @staticmethod
    def _welcomed_in_person(tok: Any, cand: _Candidate) -> bool:
        """"welcomed President X at the palace / to Hanoi / with a ceremony": the object is a person
        (not their decision or statement) and the welcome has a place or ceremony."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or not cand.targets:
            return False
        person = obj.ent_type_ == "PERSON" or (obj.pos_ == "PROPN" and cand.targets[0].name is not None)
        staged = any(c.dep_ == "prep" and (c.lower_ in ("at", "to", "in") or (c.lower_ == "with" and any(
            g.lemma_.lower() in ("ceremony", "honour", "honor", "parade", "banquet", "salute") for g in c.subtree)))
            for c in tok.children)
        return person and staged
