"""Modality and dates of an event: planned, negated, refused, hypothetical or conditional acts, purposes,
subordinate clauses, and the date each event takes from its sentence or its story."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from legation.code._helpers import (
    _Candidate, _Stage, _infinitive, _scheduled_journey,
)
from legation.code._words import (
    ANNOUNCE_LEMMAS, ASPECT_LEMMAS, CONDITION_MARKS, DEMAND_LEMMAS, ECONOMIC_ROOTS, FUTURE_AMODS, FUTURE_AUX,
    LIGHT_VERBS, MANDATIVE_VERBS, NEG_LEMMAS, OCCURRENCE_LEMMAS, PERCEPTION_LEMMAS, PLAN_LEMMAS, POSSIBILITY_AUX, POSSIBILITY_NOUNS,
    PRIVATE_SECTORS, PURPOSE_DONE_HEADS, PURPOSE_FRAMES, PURPOSE_NOT_NOUNS, REFUSAL_AUX, TIME_PREPS, UNDERTAKING_NOUNS,
    UNDERTAKING_VERBS,
)
from legation.records import Document, Event, EventDate, Sentence
from legation.resolve._actors import DocContext
from legation.resolve._dates import DateMention


class ModalityRules(_Stage):
    """The extractor's rules for modality and dates (mixed into EventExtractor)."""

    def _narrative_time(self, sent: Sentence, doc: Document, ctx: DocContext, mentions: list[DateMention],
                        sdoc: Any = None) -> None:
        """Dates every sentence states (parsed or not) that later undated events inherit, read in the
        sentence's tense where it is parsed (the caller's ``mentions``: "would meet them on Thursday"
        is the coming Thursday, not the last one, and no past day the details after it inherit)."""
        if sdoc is not None and len(mentions) > 1:
            # "met X on Thursday, the second stop of a tour that began on Tuesday": a day told in a
            # relative clause dates what the clause describes, not the sentence's events; the days
            # of the main clauses are read last, so that they are the ones later sentences inherit
            at = {t.idx: t for t in sdoc}

            def in_relative(dm: Any) -> bool:
                t = at.get(dm.start)
                for _ in range(12):
                    if t is None or t.head.i == t.i:
                        return False
                    if t.dep_ == "relcl":
                        return True
                    t = t.head
                return False
            mentions = sorted(mentions, key=lambda dm: not in_relative(dm))
        for dm in mentions:
            if dm.date.start and doc.date and dm.date.start > doc.date:
                ctx.narrative_future = dm.date
            elif (dm.date.start and doc.date and dm.date.precision == "day" and dm.date.start == dm.date.end
                  and doc.date - _dt.timedelta(days=7) <= dm.date.start <= doc.date):
                # news tells the day of its event once ("met on Tuesday"); the details that follow
                # ("the two leaders signed ...") happened that day, not on the publication date
                ctx.narrative_past = dm.date

    @staticmethod
    def _condition_clause(tok: Any) -> bool:
        """Whether a trigger is told in a condition clause ("will pull its troops out unless the
        junta agrees to talks", "would lift the curfew if the strikers disperse"): an act that
        may never happen. (A time clause, "after X shelled the border", tells a real act: kept.)"""
        h = tok
        for _ in range(10):
            if h.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in h.children):
                return True
            # "demanded a truce before letting convoys in", "wants guarantees until it disarms":
            # what a demand sets as coming after it is met is offered on a condition
            if ((h.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until") for c in h.children))
                    or (h.dep_ == "pcomp" and h.head.lower_ in ("before", "until"))):
                gov = h.head if h.dep_ == "advcl" else h.head.head
                if gov.lemma_.lower() in DEMAND_LEMMAS:
                    return True
            if h.head.i == h.i:
                return False
            h = h.head
        return False

    def _without_conditions(self, events: list[Event], at: dict[int, Any]) -> list[Event]:
        """Beside an event the sentence tells outside any condition, the acts its condition
        clauses name are not coded: "X vowed to strike unless Y freed the prisoners" is X's threat,
        not Y's release. (``at``: the sentence's tokens by document offset.)"""
        cond = {e.event_id for e in events if e.trigger.start in at and self._condition_clause(at[e.trigger.start])}
        if not cond:
            return events
        if all(e.event_id in cond for e in events):
            # "unless Y puts concessions on the table, talks are unlikely": a sentence whose only
            # act is a concession its condition names tells no act (it may still be someone's
            # statement); a hostile act in the condition frames a threat ("... if Y attacked") and stays
            if self._reported_condition(events, at) and all(e.cameo_root < "09" for e in events):
                return []
            return events
        return [e for e in events if e.event_id not in cond]

    @staticmethod
    def _reported_condition(events: list[Event], at: dict[int, Any]) -> bool:
        """Whether the condition clauses of ``events`` sit in words someone is reported to have
        said (a quotation, or the clause of "said"), where the sentence is that speaker's word."""
        for e in events:
            t = at.get(e.trigger.start)
            if t is None:
                return False
            if not any(a.lemma_.lower() in ("say", "tell", "add", "declare", "warn", "argue", "write") and a.pos_ == "VERB"
                       for a in t.ancestors) and not any(x.is_quote for x in t.doc):
                return False
        return True

    def _announced(self, cand: _Candidate) -> bool:
        """An act announced for the future: "will impose a curfew", "plans to impose restrictions"
        (not "tried to hack", "is expected to attack")."""
        clause = cand.trigger if cand.entry.pos == "verb" else cand.light
        if clause is None or (cand.entry.pos == "noun" and cand.trigger.dep_ != "dobj"):
            return False  # "will defend its ally in its battle against ...": the battle is background
        if any(c.dep_ == "aux" and (c.lower_ in ("will", "shall", "'ll") or c.lower_ == "would" and clause.dep_ == "ccomp")
               for c in clause.children):
            return True
        to = clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and _infinitive(clause))
        return to and clause.head.lemma_.lower() in ANNOUNCE_LEMMAS

    def _condition(self, head: Any) -> Optional[tuple[Any, str]]:
        """The "if"/"unless" clause that conditions ``head``, with its mark."""
        for c in head.children:
            if c.dep_ == "advcl":
                mark = next((g.lower_ for g in c.children if g.dep_ == "mark" and g.lower_ in CONDITION_MARKS), None)
                if mark:
                    return c, mark
        return None

    @staticmethod
    def _clause_modal(inner: Any) -> Optional[str]:
        """The obligation a reported clause states: "must" / "has to" (a demand), "should" /
        "ought to" / "needs to" (an appeal)."""
        for c in inner.children:
            if c.dep_ == "aux" and c.lower_ in ("must", "should", "ought"):
                return "must" if c.lower_ == "must" else "should"
        if (inner.tag_ == "VB" or (inner.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in inner.children))) \
                and inner.dep_ == "ccomp" and inner.head.lemma_.lower() in MANDATIVE_VERBS \
                and not any(c.dep_ in ("aux", "auxpass") for c in inner.children) \
                and any(c.dep_ == "nsubj" for c in inner.children):
            # the mandative subjunctive: "X insisted that Y withdraw its troops" says Y must (the
            # parser may tag the bare verb as a present one: "insisted that London hand back ...",
            # which a singular subject shows is no present tense)
            return MANDATIVE_VERBS[inner.head.lemma_.lower()]
        if inner.lemma_.lower() in ("need", "have") and inner.pos_ == "VERB" and not any(
                c.dep_ == "aux" and c.lower_ in ("would", "might", "may", "could") for c in inner.children) and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and _infinitive(c)
                for c in inner.children):
            return "should" if inner.lemma_.lower() == "need" else "must"
        return None

    def _subordinate(self, cand: _Candidate) -> bool:
        """An event told in a clause that hangs on another: a participle or relative clause ("a
        team trying to broker a deal", "crimes committed by X"), an adverbial or purpose clause
        ("..., offering support", "visited X to boost ties"), a time phrase ("before joining X"),
        or a noun event inside the phrase of another event word ("an inquiry into the allegation
        that ..."). The sentence's main event should win over it."""
        h = cand.light if cand.light is not None else cand.trigger
        for _ in range(8):
            if h.dep_ in ("advcl", "acl", "relcl"):
                return True
            if h.dep_ in ("pcomp", "pobj") and h.head.lower_ in TIME_PREPS:
                return True
            if h.head.i == h.i:
                break
            h = h.head
        tok = cand.trigger
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        h = tok
        for _ in range(8):
            head = h.head
            if head.i == h.i or (h is not tok and h.pos_ in ("VERB", "AUX")):
                return False
            if head.pos_ in ("NOUN", "PROPN") and h.dep_ in ("pobj", "prep"):
                e = self._entry_for(head)
                if e is not None and e.embed != "report":
                    return True
            h = head
        return False

    def _refusal(self, cand: _Candidate) -> bool:
        """A negated act that is a refusal: "will not accept", "does not support", "failed to
        agree" (not a past fact, "did not visit", nor a condition, "if ... not dropped")."""
        chain = cand.chain[:3]
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for h in chain for c in h.children):
            return False
        for i, h in enumerate(chain):
            kids = list(h.children)
            if any(c.dep_ == "neg" for c in kids):
                return any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUX for c in kids)
            if i > 0 and h.lemma_.lower() in ("fail", "refuse", "decline"):
                return True
        return False

    def _modality(self, cand: _Candidate) -> str:
        tok = cand.trigger
        for h in cand.chain[:3]:
            kids = list(h.children)
            # "X's demand and Y's call did not mesh", "the sanctions have not worked": what is said
            # of an act is negated, not the act (unless it is its happening: "the visit did not
            # take place", "the talks never began")
            said_of = (cand.entry.pos == "noun" and cand.light is None and tok.dep_ == "nsubj" and h.i == tok.head.i
                       and h.lemma_.lower() not in OCCURRENCE_LEMMAS)
            if not said_of and (any(c.dep_ == "neg" for c in kids)
                                or any(c.lower_ in ("never", "no") and c.dep_ in ("neg", "det", "advmod") for c in kids)):
                return "negated"
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids) or (h.dep_ == "advcl" and any(c.lower_ == "if" for c in kids)):
                return "hypothetical"
            # "If the talks succeed, X will visit Y": the main clause depends on the condition
            if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children) for c in kids):
                return "hypothetical"
        if self._possible(cand):
            return "hypothetical"
        if cand.entry.pos == "noun" and any(c.dep_ == "amod" and c.lower_ in FUTURE_AMODS for c in tok.children):
            return "planned"
        if (cand.entry.pos == "noun" and tok.dep_ == "conj" and tok.head.pos_ == "NOUN"
                and any(c.dep_ == "amod" and c.lower_ in FUTURE_AMODS for c in tok.head.children)):
            return "planned"  # "the upcoming visit to X and his participation in Y": both ahead
        if cand.code.startswith("04") and _scheduled_journey(tok):
            return "planned"
        for i, h in enumerate(cand.chain[:4]):
            kids = list(h.children)
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in kids):
                return "planned"
            if _infinitive(h) and h.dep_ == "xcomp" and h.head.lemma_.lower() in PLAN_LEMMAS:
                return "planned"
            if i > 0 and h.lemma_.lower() in NEG_LEMMAS and h.lemma_.lower() != "call" \
                    and not (cand.chain[i - 1].dep_ == "conj" and cand.chain[i - 1].head.i == h.i):
                # ("refused to meet", not "denied the request and asked instead for X": a verb
                # coordinated with a refusal is an act of its own)
                return "negated"
            if i > 0 and h.lemma_.lower() in PLAN_LEMMAS and not (h.lemma_.lower() == "set" and cand.chain[i - 1].dep_ != "xcomp") \
                    and not (h.lemma_.lower() == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in kids)):
                return "planned"  # ("set fire to" is no plan; "set to visit" is; "went on to win" happened)
        # "is expected to", "is scheduled to": the passive plan verb above the chain
        top = cand.chain[-1]
        if top.dep_ == "xcomp" and top.head.lemma_.lower() in PLAN_LEMMAS:
            return "planned"
        if cand.light is None and cand.entry.pos == "noun":
            head = tok.head
            if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
                return "planned"
        return "occurred"

    @staticmethod
    def _purpose(cand: _Candidate) -> bool:
        """An act told as the aim of another: a purpose clause ("sent troops to attack X", "froze
        assets so as to punish X", "raised wages in a bid to end the strike", "signed a pact to
        combat piracy together", "a plan designed to / aimed at ending X"). Not a control verb whose
        complement is the act ("managed to free", "went on to win"), and not what a trip or a
        meeting told as done was for ("visited X to sign a treaty")."""
        if cand.code[:2] == "04":
            return False  # "sent a delegation to attend the inauguration": a meeting a trip was for took place
        if cand.light is not None and cand.light.lemma_.lower() not in LIGHT_VERBS:
            return False  # "a tool to handle X's restrictions": the restrictions stand
        h = cand.light if cand.light is not None else cand.trigger
        for _ in range(6):
            kids = list(h.children)
            if h.pos_ in ("VERB", "AUX") and _infinitive(h) \
                    and not any(c.lower_ == "only" and c.dep_ == "advmod" for c in kids):
                head = h.head
                if h.dep_ == "advcl":
                    # ("made several trips to X to investigate": the trip is the object)
                    return head.lemma_.lower() not in PURPOSE_DONE_HEADS and not any(
                        c.dep_ == "dobj" and c.lemma_.lower() in PURPOSE_DONE_HEADS for c in head.children)
                if h.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
                    if (head.lemma_.lower() in UNDERTAKING_NOUNS and head.dep_ == "dobj"
                            and head.head.lemma_.lower() in UNDERTAKING_VERBS):
                        return False  # "launched an offensive to flush out X": the offensive under way does it
                    return head.lemma_.lower() not in PURPOSE_NOT_NOUNS | PURPOSE_DONE_HEADS and not any(
                        c.dep_ in ("amod", "nummod") and c.lemma_.lower() in PURPOSE_NOT_NOUNS for c in head.children) \
                        and not (head.dep_ == "pobj" and head.head.head.lemma_.lower() in PURPOSE_DONE_HEADS
                                 and head.head.lower_ != "in")
                if h.dep_ == "xcomp" and head.lemma_.lower() in PURPOSE_FRAMES:
                    return True
            if h.dep_ == "pcomp" and h.head.lower_ in ("at", "towards", "toward") and h.head.head.lemma_.lower() in PURPOSE_FRAMES:
                return True  # "aimed at ending the war"
            if h.dep_ not in ("conj", "xcomp", "pcomp", "prep", "dobj", "pobj") or h.head.i == h.i:
                return False
            h = h.head
        return False

    def _economic_means(self, cand: _Candidate) -> Optional[str]:
        """The code of an economic measure that is the means of a force verb: its subject
        ("sanctions hit X", "tariffs targeting X") or what it is done with or by ("hit X with
        tariffs", "retaliated by raising duties")."""
        tok = cand.trigger
        if cand.code[:2] not in ("18", "19") or cand.entry.pos != "verb":
            return None
        near: list[Any] = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if tok.dep_ == "acl":
            near.append(tok.head)  # "tariffs targeting X"
        for c in tok.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by", "through"):
                near.extend(t for t in c.subtree if t.i != c.i)
        for t in near:
            if t.i == tok.i:
                continue
            entry = self._entry_for(t)
            if entry is not None and entry.code[:2] in ECONOMIC_ROOTS:
                return entry.code
        return None

    @staticmethod
    def _arrival(cand: _Candidate) -> bool:
        """The visit is an arrival: "arrived on Tuesday", or a visit noun the arrival is on or for
        ("arrived on a two-day visit")."""
        tok = cand.trigger
        if tok.lemma_.lower() == "arrive" and tok.pos_ in ("VERB", "AUX"):
            return True
        return (cand.entry.pos == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for")
                and tok.head.head.lemma_.lower() == "arrive")

    @staticmethod
    def _visiting_guest(tok: Any) -> Optional[Any]:
        """The guest named by "visiting" used as an adjective: "the visiting minister", also where
        the parse hangs it on the verb before it ("X assured visiting Y": Y is the visitor)."""
        if tok.tag_ != "VBG" or tok.lemma_.lower() != "visit":
            return None
        if tok.dep_ == "amod":
            return tok.head
        if (tok.dep_ == "xcomp" and tok.i == tok.head.i + 1 and tok.head.lemma_.lower() not in PLAN_LEMMAS | ASPECT_LEMMAS
                and not any(c.dep_ == "dobj" for c in tok.head.children)):
            return next((c for c in tok.children if c.dep_ == "dobj"), None)
        return None

    def _private_journey(self, cand: _Candidate) -> bool:
        """A journey by people who travel for themselves (civilians, refugees, migrants), or "went
        missing": no diplomatic visit."""
        tok = cand.trigger
        if cand.entry.pos == "verb" and any(c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" for c in tok.children):
            return True
        return bool(cand.sources) and all(a.sectors and set(a.sectors) <= PRIVATE_SECTORS for a in cand.sources)

    @staticmethod
    def _possible(cand: _Candidate) -> bool:
        """An act that is only possible: under a modal ("could strike", "might retaliate") or
        under a noun of risk or fear ("the risk of war", "fears that X would attack")."""
        for h in cand.chain[:3]:
            if h.lemma_.lower() in PERCEPTION_LEMMAS:
                break
            if cand.entry.pos == "noun" and h is not cand.trigger and h is not cand.light:
                continue  # "can overcome restrictions": the restrictions stand
            if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_AUX for c in h.children):
                return True
        h = cand.trigger
        for _ in range(3):
            if h.dep_ in ("ROOT", "conj") or h.head.i == h.i:
                break
            h = h.head
            if h.pos_ in ("ADP", "SCONJ"):
                continue
            if h.pos_ in ("VERB", "AUX"):
                break
            if h.pos_ == "NOUN" and h.lemma_.lower() in POSSIBILITY_NOUNS:
                return True
        return False

    def _date(self, cand: _Candidate, dates: list[DateMention], doc: Document, ctx: DocContext, modality: str, sent: Sentence) -> EventDate:
        tok = cand.trigger
        sdoc = tok.doc
        chain_ids = {t.i for t in cand.chain} | ({cand.light.i} if cand.light is not None else set())
        attached: list[DateMention] = []
        free: list[DateMention] = []
        others = 0  # dates of a clause the event governs, not its own
        for dm in dates:
            toks = [t for t in sdoc if t.idx >= dm.start and t.idx < dm.end]
            if not toks:
                continue
            if dm.relative_to_event:
                anchor = toks[-1]  # "after" / "before"
                if any(a.i == anchor.i for a in tok.ancestors) or tok.head.i == anchor.i or any(
                    c.i == tok.i for c in anchor.subtree
                ) or (tok.i > anchor.i and any(x.i == anchor.i for x in tok.children)):
                    n_years = self._relative_shift(dm)
                    if doc.date and n_years is not None:
                        from legation.resolve._dates import shift_years

                        base = shift_years(doc.date, n_years)
                        start = base.replace(day=1)
                        import calendar

                        end = base.replace(day=calendar.monthrange(base.year, base.month)[1])
                        return EventDate(start, end, dm.date.text, "month", "text")
                continue
            head = min(toks, key=lambda t: len(list(t.ancestors)))
            anc = {a.i for a in head.ancestors}
            if self._in_other_clause(head, chain_ids | {tok.i}):
                continue  # "postponed a visit that was scheduled for next week", "X, which cut ties in 2021, offered ..."
            if head.dep_ == "poss" and head.head.i not in chain_ids | {tok.i}:
                # "Tuesday's attack" dates the attack, not the statement that mentions it: "on Thursday
                # Lomé rejected claims that Monday's raid was launched from its soil" was on Thursday
                others += 1
                continue
            if chain_ids & anc or tok.i in anc:
                if self._in_complement(head, chain_ids | {tok.i}):
                    others += 1
                    continue  # "agreed on Sunday to hold a summit early next year": the summit's date
                attached.append(dm)
            else:
                free.append(dm)
        chosen = None
        if attached:
            chosen = min(attached, key=lambda d: abs(d.start - (tok.idx)))
        elif len(free) == 1 and len(dates) - others == 1:
            # (the one other date the sentence tells; one in the event's own complement does not
            # count: "Last year they met in X, where they agreed to double trade by 2030")
            chosen = free[0]
        if chosen is not None:
            return chosen.date
        if modality == "planned" and ctx.narrative_future is not None:
            nf = ctx.narrative_future
            return EventDate(nf.start, nf.end, None, nf.precision, "narrative")
        if modality == "occurred" and ctx.narrative_past is not None:
            np_ = ctx.narrative_past
            return EventDate(np_.start, np_.end, None, np_.precision, "narrative")
        if doc.date and modality != "planned":
            return EventDate(doc.date, doc.date, None, "day", "publication")
        return EventDate(None, None, None, "unknown", "unknown")

    @staticmethod
    def _in_complement(head: Any, own: set[int]) -> bool:
        """The date sits in a clause the event's verb governs but that is not the event ("discussed
        trade and agreed to hold a summit early next year": the summit is next year, the talks and
        the agreement were told as done): it dates that clause."""
        t = head
        while t.i not in own and t.head.i != t.i:
            if t.dep_ in ("xcomp", "ccomp") and t.pos_ in ("VERB", "AUX"):
                return True
            t = t.head
        return False

    @staticmethod
    def _in_other_clause(head: Any, own: set[int]) -> bool:
        """The date sits in a relative clause of a noun outside the event's own chain: it dates that
        clause (the object's earlier schedule, the subject's past), not the event."""
        t = head
        while t.i not in own and t.head.i != t.i:
            if t.dep_ == "relcl":
                return t.head.i not in own
            t = t.head
        return False

    def _relative_shift(self, dm: DateMention) -> Optional[int]:
        words = (dm.date.text or "").lower().split()
        if len(words) < 3 or not words[1].startswith("year"):
            return None
        from legation.resolve._dates import _NUM_WORDS

        n = int(words[0]) if words[0].isdigit() else _NUM_WORDS.get(words[0], 1)
        return -n if words[2] == "after" else n
