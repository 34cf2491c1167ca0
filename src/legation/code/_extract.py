"""Event extraction over a dependency parse: triggers from the lexicon, their arguments (active,
passive, light verbs, control, coordination, nominal events), then resolution of actors, dates,
places, modality and the CAMEO/PLOVER attributes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Optional

from legation.code._arguments import ArgumentRules
from legation.code._helpers import (
    _Candidate, _actor_key, _event_id, _governs, _not_deployments, _plover, _same_actor, _sentence_tense,
    _state_and_opponent,
)
from legation.code._matrix import MatrixRules
from legation.code._modality import ModalityRules
from legation.code._places import PlaceRules
from legation.code._triggers import TriggerRules
from legation.code._words import (
    AIMLESS_ROOTS, ANSWER_CODES, ANSWER_ROOTS, ANSWER_WINDOW, ANSWERED_ACTS, ATTACK_ROOTS, CHARGE_NOUNS, DISAVOWED_AIMS, DOMESTIC_CODES, DOMESTIC_SOURCE_ROOTS,
    HOSTILE_ROOTS, HYPOTHETICAL_PENALTY, MAIN_EVENT_CONFIDENCE, NO_COMMENT_VERBS, NO_REPLY_VERBS, PERMIT_LEMMAS,
    PLACE_OBJECT_ROOTS, PLACE_TARGET_ROOTS, PLAIN_SAY_LEMMAS, PROHIBIT_VERBS, PROTESTER_NOUNS, REFUSABLE_ROOTS, REFUSAL_AUX,
    REPORTING_PARTY_LEMMAS, SPOKEN_ROOTS, STATE_SECTORS,
    SUBORDINATE_PENALTY, UNATTRIBUTED_CONFIDENCE, UNATTRIBUTED_SAY_LEMMAS, VERBAL_PROTEST_VERBS, _FORCE_SECTORS,
    LAST_RESORT_PRONOUNS, HELD_NOUNS, HOLDING_VERBS, PARTITIVE_NOUNS, DRAWING_VERBS,
)
from legation.options import Options
from legation.records import Actor, Document, Event, EventDate, Mention, Sentence
from legation.resolve._actors import ActorResolver, DocContext, SentenceMatches
from legation.resolve._dates import DateMention, find_dates
from legation.resolve._knowledge import Knowledge

__all__ = ["EventExtractor"]


def _agreed_view(tok: Any) -> bool:
    """ "agreed with Y that ...": the verb agree with a party ("with") and a that-clause, no to-infinitive."""
    kids = list(tok.children)
    return (tok.pos_ == "VERB" and tok.lemma_.lower() == "agree"
            and any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children) for c in kids)
            and any(c.dep_ == "ccomp" and c.i > tok.i for c in kids) and not any(c.dep_ == "xcomp" for c in kids))


def _shared_target(events: list[Event], sdoc: Any, sent: Sentence) -> list[Event]:
    """"Lee denied the request and asked instead for talks": a verb coordinated with an earlier
    one shares its subject, and, when it names no one it is aimed at, its target too (the event
    of the earlier verb, by the same actor, that has a target)."""
    by_start = {t.idx + sent.start: t for t in sdoc}
    at: dict[int, Event] = {}
    for ev in events:
        tok = by_start.get(ev.trigger.start)
        if tok is not None and ev.target is not None:
            at.setdefault(tok.i, ev)
    if not at:
        return events
    out: list[Event] = []
    for ev in events:
        tok = by_start.get(ev.trigger.start)
        if (ev.target is None and tok is not None and tok.pos_ == "VERB" and tok.dep_ == "conj"
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            first = at.get(tok.head.i)
            if first is not None and first.target is not None and _actor_key(first.source) == _actor_key(ev.source):
                ev = replace(ev, target=replace(first.target, resolved_by="coreference"))
        out.append(ev)
    return out


def _withdrawn_from(ev: Event, ctx: DocContext) -> Event:
    """"the withdrawal of foreign forces" naming no place: in a story about one country the
    forces leave that country (CAMEO codes a military withdrawal's target as the country left),
    unless they are its own."""
    if ev.target is not None or ev.cameo not in ("0873", "0874") or ev.source.country in (None, "IGO"):
        return ev
    iso = ctx.dominant_country()
    if iso is None or iso == ev.source.country:
        return ev
    t = ev.trigger
    return replace(ev, target=Actor(t.text, t.start, t.end, iso, iso, (), None, None, None, "context"))


def _clause_tokens(head: Any) -> list[Any]:
    """A clause's own tokens: its subtree without the relative or participial clauses on its nouns."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if not (c.dep_ in ("relcl", "acl") and t.pos_ in ("NOUN", "PROPN", "PRON")))
    return out


# verbs of building told of foreign firms or workers (the 061 infrastructure entry)
_BUILD_VERBS = frozenset({"build", "construct", "complete", "finish", "lay", "construction", "inaugurate", "open", "commission"})
_INFRASTRUCTURE = frozenset({"railway", "railroad", "pipeline", "port", "terminal", "pier", "bridge", "dam", "plant",
                             "refinery", "reactor", "airport", "highway", "motorway", "hospital", "interconnector",
                             "metro", "subway", "section", "stretch", "phase", "line"})


class EventExtractor(TriggerRules, MatrixRules, ArgumentRules, ModalityRules, PlaceRules):

    def __init__(self, options: Options, knowledge: Knowledge) -> None:
        self.options = options
        self.k = knowledge
        self.actors = ActorResolver(knowledge)

    # ------------------------------------------------------------------ document
    def extract(self, doc: Document, sentences: list[Sentence], parsed: dict[int, Any]) -> list[Event]:
        ctx = DocContext(date=doc.date)
        ctx.dateline = self._dateline(doc.text)
        if ctx.dateline is not None:
            ctx.dateline_seat = self.k.city(ctx.dateline.text.title()) is None and self.k.city(ctx.dateline.text) is None
        self.actors.prepare(ctx, [t for s in parsed.values() for t in (x.text for x in s)])
        events: list[Event] = []
        for sent in sentences:
            sdoc = parsed.get(sent.index)
            j = sent.start - 1
            while j >= 0 and doc.text[j] in " \t":
                j -= 1
            ctx.paragraph_start = j < 0 or doc.text[j] == "\n"
            ctx.is_question = sent.is_question
            if sdoc is not None:
                matches = SentenceMatches(sdoc, self.k)
                self.actors.observe_turn(sdoc, matches, ctx, sent.start)
                if not sdoc.has_annotation("DEP"):
                    # tokenised only (no trigger word): no events, but its names inform coreference
                    self.actors.observe_mentions(sdoc, matches, ctx)
                else:
                    self.actors.observe_sentence(sdoc, matches, ctx, sent.start)
                    dates = find_dates(sent.text, doc.date, _sentence_tense(sdoc))
                    sent_events = self._narrative_place(
                        _not_deployments(self._sentence_events(doc, sent, sdoc, matches, ctx, dates), self.k), ctx)
                    self.actors.observe_people(sdoc, matches, ctx, sent.start)
                    sent_events = [self._answered_act(ev, sdoc, sent, matches, events) for ev in sent_events]
                    sent_events = _shared_target(sent_events, sdoc, sent)
                    sent_events = [_withdrawn_from(ev, ctx) for ev in sent_events]
                    events.extend(sent_events)
                    for ev in sent_events:
                        lemma = ev.extras.get("trigger_lemma")
                        if lemma:
                            ctx.events_by_noun[lemma] = ev
                        if ev.cameo_root in ATTACK_ROOTS and ev.source.country and ev.modality == "occurred":
                            ctx.last_attacker = ev.source
                        if ev.target is not None and ev.source.country and ev.target.country not in (None, ev.source.country, "IGO"):
                            ctx.last_partner[ev.source.country] = ev.target
            if sdoc is not None and sdoc.has_annotation("DEP"):
                self._narrative_time(sent, doc, ctx, dates, sdoc)
            else:
                self._narrative_time(sent, doc, ctx, find_dates(sent.text, doc.date))
        return events

    def _answered_act(self, ev: Event, sdoc: Any, sent: Sentence, matches: SentenceMatches, earlier: list[Event]) -> Event:
        """"Kim asked Lee for debt relief. Lee denied the request": an answer to an act the story
        just told (rejecting, denying, decrying or welcoming "the request", "the resolution", "the
        accusations", "the arrest warrant") is aimed at who made it. The target of such an answer
        that names no one is the source of the nearest earlier event (within a few sentences) of
        the kind the act noun names, made by another actor: one aimed at the answerer, or one aimed
        at no one by another country."""
        if ev.target is not None or ev.source.country is None or not (
                ev.cameo_root in ANSWER_ROOTS or ev.cameo in ANSWER_CODES):
            return ev
        tok = next((t for t in sdoc if t.idx + sent.start == ev.trigger.start), None)
        if tok is None or tok.pos_ != "VERB":
            return ev
        act = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ANSWERED_ACTS), None)
        if act is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in act.children):
            return ev
        if any(c.dep_ in ("poss", "nmod") or (c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.i in matches.by_token))
               or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")) for c in act.children):
            return ev  # "the Taliban accusations", "Washington's request", "the request by X": the act names its author
        roots = ANSWERED_ACTS[act.lemma_.lower()]
        mine = _actor_key(ev.source)
        for prior in reversed(earlier):
            if prior.sentence_index < sent.index - ANSWER_WINDOW:
                break
            if prior.source.country is None or _actor_key(prior.source) == mine or prior.modality != "occurred":
                continue
            if roots and prior.cameo_root not in roots and prior.extras.get("trigger_lemma") != act.lemma_.lower():
                continue
            # aimed at the answerer itself (or at its state as a whole), or an act aimed at no one by
            # another country ("the House urged an inquiry ... the government rejected the resolution")
            if prior.target is not None:
                if prior.target.code not in (ev.source.code, ev.source.country):
                    continue
            elif prior.source.country == ev.source.country:
                continue
            return replace(ev, target=replace(prior.source, resolved_by="coreference"))
        return ev

    # ------------------------------------------------------------------ sentence
    def _sentence_events(self, doc: Document, sent: Sentence, sdoc: Any, matches: SentenceMatches, ctx: DocContext,
                         dates: list[DateMention]) -> list[Event]:
        cands: list[_Candidate] = []
        reports: list[_Candidate] = []  # statements held back while the sentence may say more
        aimless: list[tuple[Any, Any]] = []  # verbal conflict that named no target (see below)
        consumed: set[int] = set()
        for tok in sdoc:
            entry = self._entry_for(tok)
            if tok.lemma_.lower() in HELD_NOUNS and (entry is None or entry.code[:2] == "17") \
                    and (held := self._held_in_custody(tok, matches, ctx, sent, doc)) is not None:
                cands.append(held)
                continue
            if entry is None:
                continue
            if self._other_sense(tok, entry) or self._modifier_noun(tok) or (tok.pos_ == "VERB" and self._background(tok)):
                continue
            if self._prevented(tok):
                continue  # "barred the party from contesting the vote": the vote is what was stopped
            if tok.pos_ == "VERB" and self._content_of_noun(tok):
                continue  # "defended the right of X to strike at Y": the right is told, not a strike
            if self._context_in_clause(tok, entry):
                continue  # "declared that police would enforce a lockdown": the clause is coded on its own
            if self._not_an_event(tok, entry):
                # "involves a commitment to use force", "discussed the threat of strikes on X": what
                # the mention embeds did not happen either (a relative clause on it tells its own)
                consumed.update(t.i for c in tok.children if c.dep_ in ("acl", "prep", "xcomp", "ccomp")
                                for t in c.subtree)
                continue
            if self._judged_topic(tok):
                continue  # "said the raids were unacceptable": a comment on the raids (see _plain_statement)
            if self._protest_aim(tok, entry):
                consumed.update(t.i for t in tok.subtree if t.i != tok.i)
                continue
            if entry.code[:2] in ("17", "11") and entry.pos == "verb" and tok.pos_ == "VERB":
                # "arrested three students for attacking X", "charged him with plotting a coup",
                # "convicted two men of bombing ...": the reason given is alleged, not an act told
                # on its own (and never one of the police or the court), whether or not the
                # arrest itself names who made it ("was detained for spying for X"); a relative
                # clause in it tells its own ("over his talks with a man who attacked X")
                consumed.update(self._reason_triggers(tok))
            elif entry.code[:2] == "16" and (entry.pos == "verb" and tok.pos_ == "VERB" or entry.pos == "noun" and tok.dep_ == "dobj"):
                # "Oslo imposed sanctions on Minsk for backing the rebels", "Lima expelled two envoys
                # over spying": the sanction is the act told; its reason ("for / over <act>") is the
                # alleged cause, not an act of the sanctioning side (nor the sentence's main event)
                for h in (tok, tok.head) if entry.pos == "noun" else (tok,):
                    consumed.update(t.i for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "over")
                                    for t in c.subtree if t.dep_ != "relcl" and self._entry_for(t) is not None
                                    and not any(a.dep_ == "relcl" for a in t.ancestors if a.i in {x.i for x in c.subtree}))
            expected = self._expected_of(tok, entry, matches, ctx, sent, doc)
            if expected is not None:
                cands.append(expected)
                consumed.update(t.i for t in tok.subtree if t.i != tok.i and self._entry_for(t) is not None)
                continue
            if (tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children) and (
                    (entry.code == "010" and tok.lemma_.lower() in NO_COMMENT_VERBS
                     and any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUX | {"did"} for c in tok.children))
                    or entry.code == "011" and entry.pos == "verb" and tok.lemma_.lower() in NO_REPLY_VERBS)):
                # "the ministry would not comment on the report", "did not elaborate", "has not
                # responded to requests for comment": declining to comment (CAMEO 011), no statement
                speaker = self._resolve(self._subject_of(tok), matches, ctx, sent, doc)
                if speaker:
                    cands.append(_Candidate(tok, entry, speaker, [], False, [tok], "011", "verb-no-comment",
                                            modality="occurred"))
                    # what was not commented on is not told as having happened
                    consumed.update(t.i for c in tok.children if c.dep_ == "prep" for t in c.subtree
                                    if self._entry_for(t) is not None)
                continue
            if entry.code == "010" and (claimed := self._own_act_claimed(tok)) is not None:
                # "the group said it was behind the bombing": a claim of responsibility (015; denied, 016)
                speaker = self._resolve(self._subject_of(tok), matches, ctx, sent, doc)
                if speaker:
                    cands.append(_Candidate(tok, entry, speaker, [], False, [tok], claimed[0], "verb-claim",
                                            modality="occurred"))
                    consumed.update(t.i for t in claimed[1].subtree if self._entry_for(t) is not None)
                    continue
            cand = self._arguments(tok, entry, matches, ctx, sent, doc)
            if cand is None and entry.pos == "verb" and self._matrix_kind(entry) == "report":
                inner = self._embedded(tok, "report")
                if inner is not None and self._consequence_clause(inner):
                    # "X said Y would pay a heavy price": a statement that threatens (130), whose
                    # target the reported clause names (below)
                    speaker = self._resolve(self._subject_of(tok), matches, ctx, sent, doc)
                    if speaker:
                        cand = _Candidate(tok, entry, speaker, [], False, [tok], "130", "verb-consequence")
            if cand is not None and cand.code[:2] == "08" and entry.pos == "verb" and tok.lemma_.lower() in PERMIT_LEMMAS:
                # "allowed IAEA inspectors to visit the site", "let the convoy enter the town": what is
                # let happen is the concession's content (CAMEO 080 / 086x), not an act of its own (a
                # clause on a noun in it tells its own: "let free the workers held captive since May")
                consumed.update(t.i for c in tok.children if c.dep_ in ("xcomp", "ccomp")
                                for t in _clause_tokens(c) if self._entry_for(t) is not None)
            kind = self._matrix_kind(entry)
            if cand is not None and cand.code[:2] == "03" and _agreed_view(tok) and not any(
                    (e := self._entry_for(t)) is not None and e.code[:2] in REFUSABLE_ROOTS
                    for c in tok.children if c.dep_ == "ccomp" for t in c.subtree):
                # "X agreed with Y that the crisis must be solved peacefully": sharing another's
                # view is an expression of accord (CAMEO 019), no agreement to act ("agreed with
                # Y to hold talks", "agreed with Y that talks would resume" stay one)
                cand.code = "019"
                kind = None
            if (cand is not None and cand.code[:2] == "03" and entry.pos == "noun" and tok.lemma_.lower() in DISAVOWED_AIMS
                    and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)):
                # "the alliance has no intention of intervening": disowning an aim is a statement
                # about one's own policy (CAMEO 010), no intent and no act
                cand.code = "010"
                cand.modality = "occurred"
                kind = None
            if cand is None and entry.code[:2] in AIMLESS_ROOTS:
                aimless.append((tok, entry))
            if cand is None:
                if kind in ("accuse", "appeal", "demand"):
                    # "generals accused of ordering the massacre": what is alleged did not
                    # necessarily happen, even where the accuser is unnamed; nor did what is
                    # urged or demanded ("they urged the rebels to sign the accord": no accord)
                    inner = self._embedded(tok, kind)
                    if inner is not None:
                        consumed.update(t.i for t in inner.subtree if t.i != tok.i and self._entry_for(t) is not None)
                continue
            if kind == "intent" and self._performed_in_words(tok):
                continue  # "offered an apology to X" is an apology: the noun codes the act
            if kind:
                inner = self._embedded(tok, kind)
                if (kind == "accuse" and inner is not None and entry.pos == "verb" and inner.dep_ == "ccomp"
                        and inner.i < tok.i and self._entry_for(inner) is not None
                        and not any(t.is_quote for t in tok.doc[inner.left_edge.i : tok.i])):
                    # "X shelled the town, Y charged": an allegation put after the act it tells
                    # reports that act (the act is coded, as under "said"); "Y charged that X
                    # shelled the town" and "Y accused X of shelling" stay accusations, and so does
                    # a quotation the accuser is said to have made
                    reports.append(cand)
                    continue
                if kind == "report":
                    if inner is not None:
                        # "X said Y must release ...": a demand (must) or an appeal (should); "X said
                        # Y would pay a heavy price": a threat
                        demand = self._reported_consequence(cand, inner, matches, ctx, sent, doc, consumed) \
                            or self._reported_demand(cand, inner, matches, ctx, sent, doc, consumed)
                        if demand is None and (judged := self._judgement_clause(inner)) is not None:
                            # a judgement of no one the coder knows: no statement either, unless
                            # what it judges is a situation named as a noun, "said the killings
                            # were a crime": the speaker's comment on it (CAMEO 01)
                            if judged.pos_ == "NOUN" and not self._animate(judged) and judged.i in self._topic_mentions(inner):
                                reports.append(cand)
                            continue
                        if demand is None:
                            reports.append(cand)
                            continue  # the reported event is coded on its own
                        cand = demand
                    elif not cand.targets:
                        reports.append(cand)
                        continue
                elif inner is not None:
                    demand = self._reported_consequence(cand, inner, matches, ctx, sent, doc, consumed) if kind == "threat" else None
                    if demand is None and kind == "threat" and tok.lemma_.lower() in ("warn", "warning") and self._clause_modal(inner) == "must":
                        # "warned Peru that it must pay its debts": what it must do is demanded of
                        # it (10), no threat of the speaker's own act
                        demand = self._reported_demand(cand, inner, matches, ctx, sent, doc, consumed)
                    if demand is not None:
                        cand = demand
                    else:
                        self._embed(cand, kind, inner, matches, ctx, sent, doc, consumed)
            self._reframe(cand, matches, ctx, sent, doc)
            if (cand.entry.pos == "noun" and cand.light is not None and cand.code[:2] == "16" and entry.code[:2] != "16"
                    and cand.light.lemma_.lower() in PROHIBIT_VERBS):
                consumed.add(cand.light.i)  # "will ban all aid to X": the cut aid (16x) is the act, no ban of its own
            if cand.code[:2] in ATTACK_ROOTS and tok.pos_ == "VERB" and self._force_prepared(tok):
                cand.code = "150"  # "the army prepared to resume shelling X": a force posture (CAMEO 15), no attack yet
                cand.modality = "occurred"
            if cand.code[:2] == "13" and not cand.targets and not cand.pair and tok.pos_ == "VERB":
                # "threatened to call a strike unless X lifts the ban": the threat is aimed at
                # whoever must act to avert it
                inner = next((c for c in tok.children if c.dep_ == "xcomp"), None)
                cond = self._condition(tok) or (self._condition(inner) if inner is not None else None)
                if cond is not None and cond[1] == "unless":
                    subj = next((c for c in cond[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    cand.targets = self._others(self._resolve(subj, matches, ctx, sent, doc), cand.sources)
            if cand.code == "190" and cand.sources and all(a.sectors[:1] == ("CVL",) for a in cand.sources):
                cand.code = "145"  # "protesters / a mob attacked the embassy": civilians using force riot
            elif cand.code in ("1711", "1712") and cand.sources and all(a.sectors[:1] == ("CVL",) for a in cand.sources) \
                    and (self._during_protest(tok) or all(any(w.rstrip("s") in PROTESTER_NOUNS | {"mob"} for w in a.text.lower().split())
                                                          for a in cand.sources)):
                # "rioters torched the town hall", "demonstrators ransacked the consulate": property
                # wrecked by protesters is CAMEO's violent protest (145, "riot"), not a state's
                # seizure or destruction of property (1711/1712), which soldiers or police commit
                cand.code = "145"
            elif cand.code == "192" and cand.sources and all(a.sectors[:1] == ("CVL",) for a in cand.sources):
                cand.code = "144"  # "protesters occupied the main roads": civilians holding a place block it (a sit-in)
            elif cand.code[:2] in ("18", "19") and tok.pos_ == "VERB" and cand.sources and all(
                    a.sectors and not set(a.sectors) & (STATE_SECTORS | _FORCE_SECTORS) for a in cand.sources) \
                    and self._during_protest(tok):
                cand.code = "145"  # "students hurled rocks during the march": force used in a protest makes it a riot
                if not cand.targets and not cand.pair:
                    # "hurled stones during a march against X": the riot is aimed where the protest was
                    rally = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("during", "at", "amid", "in")
                                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                                  and (e := self._entry_for(g)) is not None and e.code[:2] == "14"), None)
                    aim = next((o for p in ("against", "over") if rally is not None
                                and (o := self._prep_object(rally, p)) is not None), None)
                    acts = self._resolve(aim, matches, ctx, sent, doc) if aim is not None else []
                    if not acts and aim is not None and aim.pos_ == "NOUN":
                        # ("against abuses by X", "against X's tariffs", "against <demonym> rule")
                        acts = next((found for x in aim.children
                                     if x.dep_ in ("poss", "amod", "compound") or (x.dep_ == "prep" and x.lower_ == "by")
                                     if (found := self._resolve(next((g for g in x.children if g.dep_ == "pobj"), None)
                                                                if x.dep_ == "prep" else x, matches, ctx, sent, doc))), [])
                    cand.targets = self._others(acts, cand.sources)
            if (cand.code == "0874" and cand.entry.pos == "verb" and cand.targets and not cand.pair
                    and all((a.country or "").startswith("IGO") and not a.sectors for a in cand.targets)
                    and not any(set(a.sectors) & _FORCE_SECTORS for a in cand.sources)):
                # "Mali withdrew from <the regional bloc>": a state leaving an organisation reduces
                # relations with it (16), no military retreat
                cand.code = "160"
            if cand.code[:2] == "19" and (result := self._attack_result(tok)) is not None and result[1].code[:2] in ("18", "20"):
                # "a suicide bomber blew himself up in the market, killing 45 people": the deaths
                # are what the bombing did, one act coded as the bombing (CAMEO 183x; a chemical
                # attack "..., killing six" is 2041), not a military attack (19) of its own (the
                # trigger stage already dropped such a toll where the bombing names whom it struck)
                cand.code = result[1].code
            if (cand.code[:2] == "19" and tok.lemma_.lower() == "fire" and tok.pos_ == "NOUN" and tok.dep_ == "pobj"
                    and tok.head.lower_ == "under" and cand.targets
                    and all(a.sectors and not set(a.sectors) & _FORCE_SECTORS for a in cand.targets)):
                # "the electoral commission came under fire from the opposition": criticism (111);
                # troops, police or rebels under fire are shot at
                cand.code = "111"
            means = self._economic_means(cand)
            if means is not None:
                cand.code = means  # "tariffs targeting X", "hit X with a levy": a sanction, not force
            if cand.code.startswith("042") and self._private_journey(cand):
                continue  # "migrants arrived in X", "tourists visited X", "went missing": no visit
            guest = self._visiting_guest(tok) if cand.code.startswith("042") else None
            if guest is not None:
                # "X assured the visiting minister": the visitor is the noun, the host the subject
                guests = self._resolve(guest, matches, ctx, sent, doc)
                if guests:
                    cand.targets = self._others(cand.sources, guests)
                    cand.sources = guests
            if cand.code[:2] == "14" and cand.entry.pos == "verb" and tok.lemma_.lower() in VERBAL_PROTEST_VERBS \
                    and tok.dep_ not in ("xcomp", "advcl") and not cand.pair and all(self._speaks_for_state(a) for a in cand.sources) \
                    and any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
                cand.code = "114"  # "Seoul protested Tokyo's claim": a state protests in words, not in the street
            elif cand.code[:2] == "14" and cand.entry.pos == "verb" and tok.lemma_.lower() in VERBAL_PROTEST_VERBS \
                    and tok.dep_ == "acl" and tok.head.dep_ == "appos" and self._misparsed_main_verb(tok, cand.entry):
                cand.code = "114"  # "..., the farmers' union protested": it reports a complaint, in words
            if cand.code[:2] == "14" and cand.entry.pos == "verb" and tok.pos_ == "VERB":
                # "inmates rioted, burning mattresses and smashing doors": a participle with no
                # subject of its own tells how the protest went, not an act of its own; force
                # used in it makes the protest a riot (145)
                manner = [t for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                          and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
                          for t in [c] + [x for x in c.children if x.dep_ == "conj" and x.tag_ == "VBG"]
                          if (e := self._entry_for(t)) is not None and e.code[:2] in ("17", "18", "19") or t.lemma_.lower() == "riot"]
                if manner:
                    consumed.update(t.i for t in manner)
                    cand.code = "145"
            if cand.code[:2] == "17" and cand.entry.pos == "verb":
                # "police banned / prevented / broke up the rally": the protest is what was
                # stopped, not an act told on its own (nor one by the police)
                consumed.update(c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                                and (e := self._entry_for(c)) is not None and e.code[:2] == "14")
            if cand.code[:2] in ("17", "11") and cand.entry.pos == "verb" and entry.code[:2] not in ("17", "11"):
                consumed.update(self._reason_triggers(tok))  # (the same, for a verb reframed as a sanction)
            cands.append(cand)
        self._condemned_force_acted(cands)
        out: list[Event] = []
        seen: dict[tuple[str, str, str], int] = {}
        for cand in cands:
            if cand.trigger.i in consumed:
                continue
            for ev in self._events(doc, sent, cand, dates, ctx):
                key = (ev.cameo_root, _actor_key(ev.source), _actor_key(ev.target) if ev.target else "")
                if key in seen:
                    prev = out[seen[key]]
                    if ev.confidence > prev.confidence:
                        out[seen[key]] = ev
                    continue
                seen[key] = len(out)
                out.append(ev)
        # "X killed 12 people in a raid on a market": the same act told twice; the mention
        # that found no target adds nothing to the one that did
        aimed = {(ev.cameo, ev.source.code) for ev in out if ev.target is not None}
        out = [ev for ev in out if ev.target is not None or (ev.cameo, ev.source.code) not in aimed]
        # "mounted an invasion of X", "attempted to assassinate X": a verb whose object or complement
        # is the same kind of act by the same actor tells it once; the mention that names the target
        # carries it
        tok_at = {t.idx + sent.start: t for t in sdoc}
        # (a target only taken from the place or the actor's own country names no one)
        aimed_at = [(ev.cameo_root, ev.source.code, tok_at[ev.trigger.start]) for ev in out
                    if ev.target is not None and not ev.extras.get("placed") and ev.trigger.start in tok_at]
        out = [ev for ev in out if (ev.target is not None and not ev.extras.get("placed")) or ev.trigger.start not in tok_at or not any(
            root == ev.cameo_root and src == ev.source.code and _governs(tok_at[ev.trigger.start], t) for root, src, t in aimed_at)]
        # beside a fully resolved event, weak ones are mostly background ("... after the fighting")
        # (a weak event that governs the strong one, "a trip ... after X and Y upgraded ties", stays)
        # (judged on the evidence for the event itself: the penalty of a subordinate clause only ranks)
        floor = self.options.secondary_confidence

        def evidence(e: Event) -> float:
            return e.confidence + (SUBORDINATE_PENALTY if e.extras.get("subordinate") else 0.0)

        if floor > 0 and out and max(evidence(e) for e in out) >= MAIN_EVENT_CONFIDENCE:
            strong = [tok_at[e.trigger.start] for e in out if evidence(e) >= MAIN_EVENT_CONFIDENCE and e.trigger.start in tok_at]
            out = [e for e in out if evidence(e) >= floor - 1e-9 or (e.trigger.start in tok_at and any(
                tok_at[e.trigger.start] in s.ancestors for s in strong))]
        out = self._without_conditions(out, tok_at)
        if out and sent.index == 0 and self.options.last_resort and self._only_speaker_background(out, tok_at, sdoc):
            out = []  # (the statement fallback then tells the sentence's own act: the words said)
        if not any(e.cameo == "054" for e in out):
            out.extend(self._anniversary(doc, sent, sdoc, matches, ctx, dates))
        acts = [e.confidence for e in out if e.cameo_root != "01"]
        if acts:
            # "Canada retaliated by announcing tariffs on X", "the police returned fire, the
            # minister told reporters": the announcement (010) is how the act was made known;
            # the act it tells is the sentence's main event and ranks above it
            top = max(acts)
            out = [replace(e, confidence=round(max(0.05, top - 0.05), 2))
                   if e.cameo == "010" and e.confidence >= top else e for e in out]
        attacks = [e.confidence for e in out if e.cameo_root in ATTACK_ROOTS]
        if attacks:
            # "Dozens were killed in a shelling of the town, activists said, accusing the army": the
            # blame that rides on the report ("..., X said, accusing / blaming Y") names who is held
            # responsible for the attack the sentence tells; the attack is the main event and ranks above it
            top = max(attacks)

            def riding_blame(e: Event) -> bool:
                t = tok_at.get(e.trigger.start)
                return (e.cameo_root == "11" and t is not None and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj")
                        and t.head.lemma_.lower() in REPORTING_PARTY_LEMMAS and t.head.i < t.i)
            out = [replace(e, confidence=round(max(0.05, top - 0.05), 2))
                   if e.confidence >= top and riding_blame(e) else e for e in out]
        if len(out) > 1:
            out = self._foreground(out, tok_at)
        return self._fallbacks(doc, sent, sdoc, matches, ctx, dates, out, aimless, reports, consumed)

    def _fallbacks(self, doc: Document, sent: Sentence, sdoc: Any, matches: SentenceMatches, ctx: DocContext,
                   dates: list[DateMention], out: list[Event], aimless: list[tuple[Any, Any]],
                   reports: list[_Candidate], consumed: set[int]) -> list[Event]:
        """The one entry point to the fallbacks, for a sentence whose rules coded nothing (``out``
        empty). They are tried in this order, and the first that codes something is the reading:

        1. ``_aimless``, any sentence: verbal conflict (10-12) by an actor of known country aimed at
           no one named ("the Ruritanian ministry denounced the decision") is coded with no target.
        2. ``_statement``, any sentence (``Options.code_statements``): a report whose content coded
           nothing is its speaker's statement ("X told reporters the harvest would be poor", 010).
        3. the last resort, a document's first sentence only (``Options.last_resort``): the whole
           sentence is read again (``_sentence_events``) taking an unresolved subject pronoun or an
           unnamed agent as an unknown actor and keeping verbal acts aimed at no one named
           (``_kept_in_last_resort``). That reading runs the fallbacks again, 1 and 2 only; if it
           codes nothing, the last word is a statement by whoever the sentence tells speaking,
           coded or not (``_unattributed_statement``, with ``Options.code_statements``).

        So on a first sentence 1 and 3 overlap, and 1 wins: an aimless act by a known actor is
        coded as such, and only a sentence that 1 and 2 leave empty is read as a last resort. A
        first sentence that did code something (by its rules, or by 1 or 2), but only gatherings in
        prepositional phrases, may still give its main verb's act first, read the same way
        (``_main_act_first``)."""
        first = not self._last_resort and self.options.last_resort and sent.index == 0
        if not out and aimless:
            out = self._aimless(doc, sent, aimless, matches, ctx, dates, consumed)
        if not out and reports and self.options.code_statements:
            out = self._statement(doc, sent, reports, dates, ctx)
        if not out and first:
            # a sentence whose acts all lacked an actor the coder knows ("He accused the envoy of
            # lying", "Opposition lawmakers denounced the extension") still tells them: read it
            # again taking an unresolved subject pronoun or an unnamed agent as an unknown actor
            # and keeping verbal acts aimed at no one named (CAMEO codes the act; the sides are
            # left unknown, never guessed). Only a document's first sentence: there nothing
            # earlier can say who "he" or "the group" is, and a lone sentence (a wire snippet)
            # is given for its event; further into a story such a sentence is mostly background
            # (a quote, colour) and the story's main events have named actors
            out = self._read_as_last_resort(doc, sent, sdoc, matches, ctx, dates, words=True)
        elif first:
            out = self._main_act_first(doc, sent, sdoc, matches, ctx, dates, out)
        return out

    def _read_as_last_resort(self, doc: Document, sent: Sentence, sdoc: Any, matches: SentenceMatches, ctx: DocContext,
                             dates: list[DateMention], words: bool = False) -> list[Event]:
        """The sentence read again as a last resort (see ``_fallbacks``): the whole sentence loop
        with unresolved actors taken as unknown ones; its own fallbacks stop short of another
        last resort."""
        self._last_resort = True
        try:
            out = self._sentence_events(doc, sent, sdoc, matches, ctx, dates)
            if not out and words and self.options.code_statements:
                out = self._unattributed_statement(doc, sent, sdoc, matches, ctx, dates)
            return out
        finally:
            self._last_resort = False

    @staticmethod
    def _only_speaker_background(out: list[Event], tok_at: dict[int, Any], sdoc: Any) -> bool:
        """"Barnier, who led the talks on the treaty, says the border must be tightened": every act
        found lies in the description of the speaker of the sentence's main verb of saying (a
        relative clause or an apposition on them), which tells who speaks, not what happened; the
        sentence is the speaker's word."""
        root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ != "VERB" or root.lemma_.lower() not in UNATTRIBUTED_SAY_LEMMAS:
            return False
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > root.i or not any(c.dep_ == "ccomp" and c.i > root.i for c in root.children):
            return False  # (the speaker first, then the words: "..., officials said" tells an act)
        described = {t.i for c in subj.children if c.dep_ in ("relcl", "appos", "acl") for t in c.subtree if t.i < root.i}
        return all((t := tok_at.get(e.trigger.start)) is not None and t.i in described for e in out)

    @staticmethod
    def _foreground(out: list[Event], tok_at: dict[int, Any]) -> list[Event]:
        """Meetings told only as the setting of another act rank below it: "the convoy was
        travelling to X when it came under fire" (a journey under way when something befell it),
        "gunmen stormed a hotel where elders were meeting" (a clause on the place the act struck),
        "the envoy told a meeting of the Security Council that ..." (the gathering is the audience
        of the words); and an act that only drew a reaction ranks below the reaction ("the arrest
        drew international condemnation")."""
        def setting(e: Event) -> Optional[list[float]]:
            t = tok_at.get(e.trigger.start)
            if t is None:
                return None
            others = [(o, u) for o in out if o is not e and (u := tok_at.get(o.trigger.start)) is not None]
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in DRAWING_VERBS:
                # "the arrest of the editor drew international condemnation": the act is the topic of
                # the reaction the sentence tells
                found = [o.confidence for o, u in others if o.cameo_root == "11" and u.dep_ == "dobj" and u.head.i == t.head.i]
                if found:
                    return found
            if e.cameo_root != "04":
                return None
            if t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children):
                inner = {x.i for c in t.children if c.dep_ == "advcl"
                         and any(m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children) for x in c.subtree}
                found = [o.confidence for o, u in others if u.i in inner]
                if found:
                    return found
            if t.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in t.children):
                found = [o.confidence for o, u in others if t.head in u.subtree or t.head.head.i == u.i]
                if found:
                    return found
            if t.pos_ == "NOUN" and t.dep_ in ("dobj", "dative") and t.head.lemma_.lower() in ("tell", "address", "brief"):
                found = [o.confidence for o, u in others if u.i == t.head.i]
                if found:
                    return found
            return None

        return [replace(e, confidence=round(max(0.05, min(e.confidence, max(top) - 0.05)), 2))
                if (top := setting(e)) is not None else e for e in out]

    def _held_in_custody(self, tok: Any, matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                         doc: Document) -> Optional[_Candidate]:
        """"The editor has been in custody since May", "two activists remain in detention", "the
        envoy was held in solitary confinement", "the monks are held incommunicado": a person held
        is detained (CAMEO 173) by whoever holds them ("held by the militia", else unknown, as in
        the last resort), whether the text tells the arrest or only the detention that goes on."""
        lemma = tok.lemma_.lower()
        if lemma in HELD_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            verb = tok.head.head
            if verb.pos_ == "ADV" and verb.lower_ == "back":
                verb = verb.head  # "are back in custody"
        elif lemma == "incommunicado" and tok.dep_ in ("advmod", "oprd", "acomp", "xcomp"):
            verb = tok.head
        else:
            return None
        if verb.lemma_.lower() not in HOLDING_VERBS or any(c.dep_ == "neg" for c in verb.children):
            return None
        if any(c.dep_ == "amod" and c.lemma_.lower() == "protective" for c in tok.children):
            return None  # ("in protective custody": kept safe, not detained)
        # (a clause joined to another takes its subject: "were caught and are back in custody")
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) or (
            self._subject_of(verb) if verb.dep_ == "conj" else None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "should", "must", "'ll")
               for c in verb.children):
            return None  # ("could remain in custody for years"): no one held yet
        targets = self._resolve(subj, matches, ctx, sent, doc)
        if not targets:
            if not (subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "NORP", "")
                    or subj.pos_ == "NOUN" and (self._animate(subj) or subj.lemma_.lower() in PARTITIVE_NOUNS)
                    or subj.pos_ in ("NUM", "NOUN") and (o := self._prep_object(subj, "of")) is not None and o.pos_ == "PRON"
                    or subj.pos_ == "PRON" and self._last_resort and subj.lower_ in LAST_RESORT_PRONOUNS):
                return None  # ("the documents are held in a prison archive"): no one held
            targets = [self._unknown_agent(subj, sent.start)]
        agent = self._prep_object(verb, "by")
        sources = self._resolve(agent, matches, ctx, sent, doc) if agent is not None else []
        if not sources:
            if not self._last_resort:
                return None  # ("was arrested" with no one named: only a lone sentence tells it, see last_resort)
            sources = [self._unknown_agent(verb, sent.start)]
        entry = next((e for e in self.k.triggers.get(("noun", "detention"), []) if e.code == "173"), None)
        if entry is None:
            return None
        return _Candidate(tok, entry, sources, targets, False, [tok, verb], "173", "held-in-custody", modality="occurred")

    def _unattributed_statement(self, doc: Document, sent: Sentence, sdoc: Any, matches: SentenceMatches, ctx: DocContext,
                                dates: list[DateMention]) -> list[Event]:
        """The last word on a lone sentence that tells no act: a speaker's words ("'Sanctions will
        not work,' said Ana Ruiz, an analyst at a Lima think tank", "Critics say the accord could
        weaken the port", "Officials claimed the budget would bring growth") are a public
        statement (CAMEO 010) by the speaker, coded or not: CAMEO codes speech as an event, and
        wire copy reports it more than any other act. Coded at the lowest confidence, only where
        the sentence yields nothing else, even read as a last resort (see _sentence_events)."""
        say = self.k.triggers.get(("verb", "say"))
        if not say:
            return []
        entry = next((e for e in say if e.code == "010"), say[0])
        quoted = [t.i for t in sdoc if t.is_quote]
        def hypothetical(t: Any) -> bool:
            # ("critics say the deal could threaten the base", "said this would enable aid to flow"):
            # an act the words only foresee or wish for is the speaker's view, not a missed event
            v = t
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                v = v.head
            return any(c.dep_ == "aux" and c.lower_ in ("could", "would", "may", "might", "should", "can", "must")
                       for c in v.children)

        acts = {t.i for t in sdoc if t.lemma_.lower() not in UNATTRIBUTED_SAY_LEMMAS and (e := self._entry_for(t)) is not None
                and e.code[:2] != "01" and not self._other_sense(t, e) and not (quoted and quoted[0] < t.i < quoted[-1])
                and not hypothetical(t)}
        # (a feeling its own rules left uncoded, "said he was not worried", stays so)
        acts |= {t.i for t in sdoc if t.lemma_.lower() not in UNATTRIBUTED_SAY_LEMMAS and (e := self._entry_for(t)) is not None
                 and e.code[:2] == "01" and any(c.dep_ == "neg" for c in list(t.children) + (
                     list(t.head.children) if t.dep_ in ("acomp", "attr", "xcomp") else []))}
        def res(t: Any) -> list[Actor]:
            return self._resolve(t, matches, ctx, sent, doc)

        verbs = sorted((t for t in sdoc if t.pos_ == "VERB" and t.lemma_.lower() in UNATTRIBUTED_SAY_LEMMAS
                        and not any(c.dep_ == "neg" for c in t.children)),
                       key=lambda t: sum(1 for _ in t.ancestors))
        for tok in verbs:
            # (a participle speaks with its clause's subject: "X touched on the crisis, saying ...")
            holder = tok.head if tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" else tok
            subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            if subj is None or (tok.dep_ not in ("ROOT", "parataxis", "ccomp", "conj") and holder is tok):
                continue
            told = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i] if holder is tok else []
            if (told or tok.dep_ == "parataxis") and not (quoted and quoted[0] < tok.i):
                continue  # "Ethiopian troops joined the mission, a spokesman said": wire copy telling an act
            if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children):
                continue  # "the group claims to be building drones": the act claimed, not a comment
            # (only the speaker's own words name them: "Minister Ana Ruiz said it was hard for Peru"
            # is no minister of Peru)
            speaker = [a for a in res(subj) if a.resolved_by not in ("context", "speaker")
                       and not (a.resolved_by == "coreference" and subj.pos_ == "PRON")]
            own_news = self._speaker_tells_own_news(tok, subj, speaker, res)
            if acts - {t.i for t in subj.subtree} and not own_news:
                # ("the ministry said engineers paved the road", "Y said X had lifted the ban"): words
                # that name an act the coder could not place tell a missed event, not a statement;
                # within a quotation they are the speaker's own words ("'Talks will fail,' said X"),
                # and the speaker's own titles name no act ("an official of the Aid Agency said");
                # a speaker of known country telling news of no other party still speaks
                return []
            if not speaker and (subj.pos_ == "PROPN" or (subj.pos_ == "PRON" and subj.lower_ in LAST_RESORT_PRONOUNS)
                                or subj.pos_ == "NOUN"):  # ("critics say", "the report said")
                speaker = [self._unknown_agent(subj, sent.start)]
            if not speaker:
                continue
            said = [c for c in tok.children if c.dep_ == "ccomp"]
            own = {a.country for a in speaker if a.country}
            other = self._clause_subject_token(said[0]) if (len(said) == 1 and own and not own_news
                                                             and not (quoted and quoted[0] < said[0].i < quoted[-1])) else None
            if other is not None and other.pos_ in ("NOUN", "PROPN") and any(
                    a.country and a.country not in own for a in res(other)):
                continue  # ("X said Chile has doubts"): another party's stance told, not X's own word
            cand = _Candidate(tok, entry, speaker, [], False, [tok], "010", "verb-unattributed", modality="occurred")
            events = [replace(ev, confidence=min(ev.confidence, UNATTRIBUTED_CONFIDENCE)) for ev in self._events(doc, sent, cand, dates, ctx)]
            if events:
                return events[:1]
        return []

    def _main_act_first(self, doc: Document, sent: Sentence, sdoc: Any, matches: SentenceMatches, ctx: DocContext,
                        dates: list[DateMention], out: list[Event]) -> list[Event]:
        """"He was criticised by <X> envoys at a Security Council meeting": the main verb's act
        lacked an actor the coder knows, and only the gathering it took place at was coded. When
        every event found hangs in a prepositional phrase and the sentence's main verb is itself
        a trigger, the sentence is read again as a last resort (``_read_as_last_resort``); an act
        of the main verb found so is the sentence's event, the gathering its setting (ranked
        below it)."""
        roots = [t for t in sdoc if t.dep_ == "ROOT"]
        if len(roots) != 1:
            return out
        root = roots[0]
        if root.pos_ != "VERB" or self._entry_for(root) is None:
            return out
        tok_at = {t.idx + sent.start: t for t in sdoc}
        heads = [tok_at.get(e.trigger.start) for e in out]
        if any(t is None or t.i == root.i or t.dep_ != "pobj" for t in heads):
            return out
        again = self._read_as_last_resort(doc, sent, sdoc, matches, ctx, dates)
        main = [e for e in again if (t := tok_at.get(e.trigger.start)) is not None and t.i == root.i]
        if not main:
            return out
        top = max(e.confidence for e in main)
        return main + [replace(e, confidence=round(max(0.05, min(e.confidence, top - 0.05)), 2)) for e in out]

    def _aimless(self, doc: Document, sent: Sentence, found: list[tuple[Any, Any]], matches: SentenceMatches,
                 ctx: DocContext, dates: list[DateMention], consumed: set[int]) -> list[Event]:
        """A sentence whose only act is verbal conflict aimed at no one the coder can name ("the
        opposition alleged widespread fraud in the vote", "the ministry denounced the decision")
        still tells that act: it is coded with no target, the first one told
        (the sentence's main clause before its subordinate ones). Only a verb said by an actor of
        known country, as a fact: "the threat of X", "a cyclone slammed into Y", "are likely to
        find him guilty" tell no act."""
        for tok, entry in found:
            if tok.i in consumed or tok.pos_ != "VERB":
                continue
            subj = self._subject_of(tok)
            if subj is None or not (subj.i in matches.by_token or self._animate(subj)):
                continue  # "the number of refugees declined": a quantity, not someone, is the subject
            if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in tok.children):
                continue  # "the population continues to decline", "yet charge less": nothing rejected or alleged
            # (the parser may hang the object after "as ADJ" on the "as")
            objects = [c for c in tok.children if c.dep_ == "dobj"] + [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            if any(o.lemma_.lower() in CHARGE_NOUNS for o in objects):
                continue  # "dismissed as slanderous the claims of its neighbour": answering a charge
            cand = self._arguments(tok, entry, matches, ctx, sent, doc, aimless=True)
            if cand is None or cand.pair or not cand.sources or not all(a.country for a in cand.sources):
                continue
            events = [e for e in self._events(doc, sent, cand, dates, ctx) if e.modality == "occurred"]
            if events:
                return events[:1]
        return []

    @staticmethod
    def _condemned_force_acted(cands: list[_Candidate]) -> None:
        """"X condemned the army's brutality as eight protesters were killed": a killing by no named
        hand, told in a clause of the condemnation of a state force, is that force's act."""
        for cand in cands:
            if cand.code[:2] not in ATTACK_ROOTS or not cand.sources or any(a.code != "---" for a in cand.sources):
                continue
            above = {a.i for a in cand.trigger.ancestors}
            judge = next((c for c in cands if c.code[:2] == "11" and c.trigger.i in above and c.targets
                          and all(a.country and set(a.sectors) & STATE_SECTORS & _FORCE_SECTORS for a in c.targets)), None)
            if judge is not None:
                cand.sources = list(judge.targets)

    # ------------------------------------------------------------------ events
    def _linked_places(self, tok: Any, sent: Sentence) -> list[Any]:
        """The places a built line joins, in order: "a power line linking X to Y", "a railway
        connecting X with Y" (the countries it serves are the sides of the work)."""
        what = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None) \
            if tok.pos_ == "NOUN" else next((c for c in tok.children if c.dep_ == "dobj"), None)
        out: list[Any] = []
        for _ in range(3):  # ("the final section of a railway connecting X to Y")
            if what is None:
                break
            link = next((c for c in what.children if c.dep_ == "acl" and c.lemma_.lower() in ("link", "connect", "join")), None)
            if link is not None:
                ends = [c for c in link.children if c.dep_ == "dobj"]
                ends += [g for c in link.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children if g.dep_ == "pobj"]
                out.extend(self._place(e, sent) for e in ends)
                break
            what = next((g for c in what.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        return out

    @staticmethod
    def _builds_infrastructure(tok: Any) -> bool:
        """Whether a verb of building ("completed a railway", "finished laying a pipeline") or its
        noun ("construction of a port") has an infrastructure work as what it makes (a part of one,
        "the final section of a railway", counts by what it is a part of)."""
        if tok.pos_ == "NOUN":
            what = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        else:
            verb = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), tok)  # "finished laying a line"
            what = next((c for c in verb.children if c.dep_ == "dobj"), None)
        while what is not None:
            lemma = what.lemma_.lower()
            if lemma in _INFRASTRUCTURE and lemma not in ("section", "stretch", "phase", "line"):
                return True
            if lemma == "line" and any(c.dep_ == "compound" for c in what.children):
                return True  # "a power transmission line", "a metro line" (not a bare "line")
            if lemma not in ("section", "stretch", "phase"):
                return False
            what = next((g for c in what.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        return False

    def _events(self, doc: Document, sent: Sentence, cand: _Candidate, dates: list[DateMention], ctx: DocContext) -> Iterable[Event]:
        modality = cand.modality or self._modality(cand)
        code = cand.code
        aim = modality == "occurred" and not cand.modality and self._purpose(cand)
        if aim:
            modality = "planned"  # what an act was done for has not happened (no intent or threat either)
        if modality == "planned" and not aim:
            info = self.k.code_info(code)
            # CAMEO 03: future-tense cooperative acts (meetings and visits stay as planned 04x)
            intent = info.intent_code or self.k.code_info(code[:2]).intent_code
            if intent and code[:2] in ("05", "06", "07", "08"):
                code = intent
            elif code[:2] in HOSTILE_ROOTS and self._announced(cand):
                code = self._derived_code("threat", code, code)  # CAMEO: future-tense conflictual acts are 13x
                if any(v.lemma_.lower() in PLAIN_SAY_LEMMAS | {"warn"} for v in cand.chain[1:]):
                    # "the minister said the rebels will be crushed": the threat is the saying, and
                    # it was made (occurred, dated with the statement)
                    modality = "occurred"
        if modality == "negated" and code[:2] in REFUSABLE_ROOTS and not cand.modality and self._refusal(cand):
            # "would not provide loans", "failed to reach an agreement", "will not accept": a
            # cooperative act negated is a refusal of it (CAMEO 12)
            code = self._derived_code("reject", code, code)
            if code[:2] != "12":
                code = "120"
            modality = "occurred"
        date = self._date(cand, dates, doc, ctx, modality, sent)
        if aim and date.start is None:
            date = self._date(cand, dates, doc, ctx, "occurred", sent)  # an aim is dated with the act it is the aim of
        if modality == "occurred" and date.basis == "text" and date.start and doc.date and date.start > doc.date:
            if code[:2] in SPOKEN_ROOTS and cand.entry.pos == "verb":
                # "invited X to visit next year", "demanded that Y withdraw by June": the future date
                # is the act asked for or threatened; the invitation or demand was made now
                date = EventDate(doc.date, doc.date, None, "day", "publication")
            else:
                modality = "planned"
        info = self.k.code_info(code)
        plover = _plover(info)
        pairs: list[tuple[Actor, Optional[Actor]]] = []
        if cand.pair:
            srcs = cand.sources[:4]
            for a in srcs:
                for b in srcs:
                    # (two sides of one country fight each other: "clashes between the army and rebels")
                    # (and the state and its armed or political opponents make peace with each other:
                    # "the government and the rebels declared a truce" is a pair, GOV <-> REB)
                    if a is not b and (a.code != b.code or a.name != b.name) and (a.country != b.country or a.country is None or (
                            code[:2] in HOSTILE_ROOTS and a.sectors[:1] != b.sectors[:1] and bool(a.sectors) and bool(b.sectors))
                            or _state_and_opponent(a, b)):
                        pairs.append((a, b))
            if not pairs and cand.targets:
                pairs = [(a, b) for a in srcs for b in cand.targets[:4]]
        else:
            tgts: list[Optional[Actor]] = list(cand.targets[:4]) or [None]
            for a in cand.sources[:4]:
                for b in tgts:
                    if b is not None and _same_actor(a, b) and not self._two_peoples(a, b):
                        continue  # the same actor
                    pairs.append((a, b))
            if not pairs and code[:2] == "08" and cand.targets:
                # a state that yields at home yields to its own people, whom no actor names: "the
                # Ruritanian authorities lifted the curfew in the capital" is the easing, with no
                # target, not a self-loop to drop
                pairs = [(a, None) for a in cand.sources[:4] if a.country is not None]
        tok = cand.trigger
        trig = Mention(tok.text, sent.start + tok.idx, sent.start + tok.idx + len(tok.text))
        location = self._location(cand, pairs, sent)
        if code.startswith("042") and not cand.pair and location is None and all(b is None for _, b in pairs) and self._arrival(cand):
            # "SEOUL, June 12 (Wire) - ... X arrived on Tuesday evening": an arrival that names no
            # destination is a visit to where the story is filed, by a party foreign to it; with no
            # such dateline it tells no visit
            line = ctx.dateline
            if line is None or not line.country or line.start is None or line.end is None:
                if cand.entry.pos == "verb":
                    return
            else:
                host = Actor(line.text, line.start, line.end, line.country, line.country, (), None, None, None, "composition")
                pairs = [(a, host if a.country and a.country not in (line.country, "IGO") else b) for a, b in pairs]
                if any(b is host for _, b in pairs):
                    location = line
                elif cand.entry.pos == "verb":
                    return
        if code.startswith("043") and cand.pair and location is not None and location.country:
            # a reception between two parties ("the reception ... of X and Y in Hanoi") is hosted by
            # the party at home, not both ways
            home = [(a, b) for a, b in pairs if a.country == location.country]
            if home and len(home) < len(pairs):
                pairs = home
        placed = False
        if (not cand.pair and not cand.targets and code[:2] in PLACE_TARGET_ROOTS and location is not None
                and location.country and location.start is not None and location.end is not None):
            # "imposed a curfew in X", "staged protests in X", "fired at targets in X": the place
            # where force or protest is used is the party it is aimed at when no one else is named
            iso = location.country
            where = Actor(location.text, location.start, location.end, iso, iso, (), None, None, None, "composition")
            pairs = [(a, None if a.code == iso else where) for a, b in pairs]
            placed = any(b is where for a, b in pairs)
        if (not placed and not cand.pair and code[:2] in PLACE_OBJECT_ROOTS and not code.startswith(("042", "043"))
                and not cand.uncoded_targets and pairs and all(b is None or b.country is None for a, b in pairs)):
            # "agreed to build a clinic in X", "ready to add troops to a force in X": the place the act
            # is aimed at stands in for a target that is missing or names no country (a person the
            # text names stays the target: "met Ana Ruiz in X")
            # (an appeal's "to" place is where someone is asked to go: "urged them to return to X")
            dest = self._place_of_act(cand, sent, ("in", "at", "inside") if code[:2] == "02" else ("in", "at", "inside", "to", "into"))
            if dest is not None and dest.country and dest.start is not None and dest.end is not None:
                where = Actor(dest.text, dest.start, dest.end, dest.country, dest.country, (), None, None, None, "composition")
                # (the actor's own country does not replace a person it names: "pressed foreign
                # firms to move their plants to X" is aimed at the firms, not at X)
                pairs = [(a, b if b is not None and a.country == where.country else where) for a, b in pairs]
                placed = True
        if not cand.pair and code[:2] == "14":
            # a protest that names no one is aimed at the protesters' own government; one against
            # a leader or government of no stated country ("rallied against the party's leader"),
            # at their own country's
            pairs = [(a, b) if (b is not None and (b.country or not set(b.sectors) & STATE_SECTORS))
                     or not self._people_of_a_country(a)
                     else (a, Actor(a.text, a.start, a.end, a.country + "GOV", a.country, ("GOV",), None, None, None, "context"))
                     if b is None else (a, replace(b, code=a.country + b.code[3:], country=a.country, resolved_by="context"))
                     for a, b in pairs]
        if (not placed and not cand.pair and (code[:2] == "07" or code.startswith("033")) and cand.entry.pos == "verb"
                and not cand.targets and not cand.uncoded_targets
                and pairs and all(b is None for _, b in pairs)):
            # "pledged emergency aid", "offered to send experts" with no one named: aid goes to the
            # party the giver last dealt with in the story ("X sent condolences to Y. X pledged
            # aid"), else to the country the story is filed from when the giver is foreign to it
            line = ctx.dateline
            def recipient(a: Actor) -> Optional[Actor]:
                if not a.country:
                    return None
                prev = ctx.last_partner.get(a.country)
                if prev is not None:
                    return prev
                # (an organisation filing from its own seat, "GENEVA: the agency will send
                # experts", gives nothing to the country it sits in)
                seat = self.k.igos.get(a.organisation) if a.organisation else None
                if line is not None and line.country and line.start is not None and line.end is not None and line.country not in (a.country, "IGO") \
                        and not (seat is not None and seat.seat_country == line.country):
                    return Actor(line.text, line.start, line.end, line.country, line.country, (), None, None, None, "context")
                return None
            pairs = [(a, recipient(a)) for a, b in pairs]
        subordinate = self._subordinate(cand)
        if not cand.pair and cand.uncoded_targets:
            # no coded target, place or protest target: the person or group the text names, uncoded
            unc = cand.uncoded_targets[0]
            pairs = [(a, b if b is not None or _same_actor(a, unc) else unc) for a, b in pairs]
        if not cand.pair and code in DOMESTIC_CODES:
            # "lifted the curfew", "threatened martial law": the country of the state that acts
            # (ranked as an act with no target: the text names none)
            def own_country(a: Actor, b: Optional[Actor]) -> Actor:
                m = b if b is not None else a  # the words that name it: an uncoded target's, else the actor's
                return Actor(m.text, m.start, m.end, a.country, a.country, (), None, None, None, "composition")

            filled = [(a, b) if (b is not None and b.country) or not a.country or a.country == "IGO" else (a, own_country(a, b))
                      for a, b in pairs]
            placed = placed or filled != pairs
            pairs = filled
        if not cand.pair and code[:2] in DOMESTIC_SOURCE_ROOTS:
            if (code[:2] == "14" and location is not None and location.country and location.country != "IGO"
                    and location.start is not None and location.end is not None):
                # protesters of no stated country are the people of the place they protest in
                # ("crowds blocked streets in <city> in defiance of <other country>")
                here = Actor(location.text, location.start, location.end, location.country, location.country,
                             (), None, None, None, "composition")
                pairs = [(self._domestic_source(a, here, False), b) for a, b in pairs]
            if not code.startswith("174"):  # (one who expels or deports sends people to another country)
                pairs = [(self._domestic_source(a, b, code[:2] in SPOKEN_ROOTS | {"11"}), b) for a, b in pairs]
        if code == "061" and tok.lemma_.lower() in _BUILD_VERBS and not self._builds_infrastructure(tok):
            return  # "the ship completed a journey to X's port": the work must be what is built
        if code == "061" and tok.lemma_.lower() in _BUILD_VERBS:
            # "a Chinese firm completed a railway in Kenya" is cooperation only across a border: a
            # builder working at home, or in a place of no known country, names no second side (the
            # place the work is told in stands in for a target the words do not name: "began
            # construction of a terminal at the Omani port of X")
            for spot in [location] + self._linked_places(tok, sent):
                if spot is None or not spot.country or spot.start is None or spot.end is None:
                    continue
                where = Actor(spot.text, spot.start, spot.end, spot.country, spot.country, (), None, None, None, "composition")
                placed = placed or any(b is None for _, b in pairs)
                pairs = [(a, where if b is None or b.country == a.country else b) for a, b in pairs]
                if any(b.country != a.country for a, b in pairs if b is not None and a.country):
                    break
            pairs = [(a, b) for a, b in pairs if b is not None and b.country and a.country and b.country != a.country]
        for src, tgt in pairs:
            conf = 0.9 if cand.entry.pos == "verb" else 0.8
            if tgt is None or placed:
                conf -= 0.15
            if src.resolved_by in ("coreference", "speaker", "context") or (tgt and tgt.resolved_by in ("coreference", "speaker", "context")):
                conf -= 0.1
            if src.country is None or (tgt is not None and tgt.country is None):
                conf -= 0.2
            if sent.is_question:
                conf -= 0.05
            if modality == "hypothetical":
                conf -= HYPOTHETICAL_PENALTY
            if subordinate:
                conf -= SUBORDINATE_PENALTY
            # a country taken from the sentence or document is, for the output, in-document coreference
            src = replace(src, resolved_by="coreference") if src.resolved_by == "context" else src
            if tgt is not None and tgt.resolved_by == "context":
                tgt = replace(tgt, resolved_by="coreference")
            yield Event(
                event_id=_event_id(doc.id, sent.index, trig.start, code, src.code, src.name, tgt.code if tgt else "", tgt.name if tgt else ""),
                doc_id=doc.id,
                sentence_index=sent.index,
                sentence=sent.text,
                sentence_start=sent.start,
                sentence_end=sent.end,
                trigger=trig,
                cameo=code,
                cameo_root=code[:2],
                cameo_name=info.name,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                plover=plover,
                source=src,
                target=tgt,
                date=date,
                modality=modality,
                location=location,
                confidence=round(max(0.05, conf), 2),
                doc_date=doc.date,
                rule=f"{cand.rule}:{cand.entry.code}:{'+'.join(cand.entry.words)}",
                reciprocal=cand.pair,
                in_question=sent.is_question,
                extras={"trigger_lemma": tok.lemma_.lower() if cand.entry.pos == "noun" else None, "subordinate": subordinate,
                        "placed": placed},
            )
