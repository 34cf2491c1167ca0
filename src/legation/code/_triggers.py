"""Which tokens are events: the lexicon entry a trigger takes in its context, and the
wordings that name no event of their own (modifiers, topics, states, reasons, prevented acts)."""

from __future__ import annotations

from typing import Any, Callable, Optional

from legation.code._helpers import _Stage, _first_conjunct, _infinitive, _month_name
from legation.code._words import (
    ARMED_NOUNS, ATTACK_ROOTS, BACKGROUND_HEADS, CONTENT_NOUNS, COPULA_LEMMAS, DATE_WORDS, DISAVOWED_AIMS, EFFORT_NOUNS,
    EFFORT_VERBS, FAILED_VERBS, FIGHT_LEMMAS, FORCE_PREPARE_LEMMAS, FOR_APPEAL_VERBS, FRAME_PREPS,
    FRAME_UNDER_NOUNS, GO_LEMMAS, HELP_LEMMAS, HOSTILE_WISH_ROOTS, INQUIRY_NOUNS, INSTRUMENT_SUBJECTS,
    MARKET_DEMAND_WORDS, MET_GOAL_NOUNS, MOTION_VERBS, MOVING_PEACEKEEPERS, MOVING_TROOPS, RELIEF_CARRIERS, RELIEF_GOODS, NON_EVENT_GOVERNORS, NO_REPLY_VERBS, ONWARD_LEMMAS, PHASE_LEMMAS,
    PLAIN_SAY_LEMMAS, PLURAL_EVENT_NOUNS, PREVENT_LEMMAS, PROCLAIM_LEMMAS, PROTESTER_NOUNS, REASON_PREPS, SCOURGE_NOUNS,
    SENDING_LEMMAS, SEND_LEMMAS, SPEAKING_LEMMAS, SPEECH_SETTING_NOUNS, SPOKEN_SETTING_ROOTS, STATE_EVENT_VERBS, STATE_NOUNS, TIME_NOUNS, TIME_PREPS, TOLL_LEMMAS,
    TOPIC_PREPS, TOPIC_WORDS, UNSEEN_NOUNS, WEAPON_NOUNS, WISH_NOUNS, WISH_VERBS,
)
from legation.resolve._fold import fold

# the particles of phrasal senses, ruling a sense out only next to the verb (see _ruled_out)
PARTICLE_WORDS = frozenset({"for", "on", "upon", "off", "up", "back"})
from legation.resolve._knowledge import TriggerEntry


NOMINAL_DEPS = frozenset(("dobj", "pobj", "nsubjpass", "attr", "conj", "compound", "appos"))


def _collect_lemmas(start: Any, out: set[str], descend: Callable[[Any], bool]) -> None:
    """The folded lemmas of ``start`` and of the tokens below it that ``descend`` lets in; an -ing
    word in a noun's slot also by its own form ("accepted the court ruling": a ruling, not "rule")."""
    stack = [start]
    while stack:
        t = stack.pop()
        out.add(fold(t.lemma_))
        if t.tag_ == "VBG" and t.dep_ in NOMINAL_DEPS:
            out.add(fold(t.lower_))
        stack.extend(x for x in t.children if descend(x))


class TriggerRules(_Stage):
    """The extractor's rules for which tokens are events (mixed into EventExtractor)."""

    def _during_protest(self, tok: Any) -> bool:
        """An act told as done in the course of a protest ("hurled rocks during the march", "set
        cars on fire at a rally"), the protest named by a noun after a time or place preposition."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("during", "at", "amid", "in"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ == "NOUN" and ((e := self._entry_for(g)) is not None and e.code[:2] == "14"
                                             or g.lemma_.lower() in ("protest", "demonstration", "rally", "march")):
                        return True
        return False

    @staticmethod
    def _force_prepared(tok: Any) -> bool:
        """An attack a force is getting ready for ("troops were preparing to storm the town",
        "gunboats poised to resume shelling the coast"): the verb of preparing governs it, through
        at most one verb of phase ("resume", "begin"). (An adjective, "said it was prepared to
        strike", is a stated readiness: intent or threat, not this.)"""
        h = tok
        for _ in range(2):
            if h.dep_ != "xcomp" or h.head.pos_ != "VERB":
                return False
            h = h.head
            if h.lemma_.lower() in FORCE_PREPARE_LEMMAS and h.dep_ != "acomp":
                return True
            if h.lemma_.lower() not in PHASE_LEMMAS:
                return False
        return False

    def _context_in_clause(self, tok: Any, entry: TriggerEntry) -> bool:
        """A verb entry whose context words ("announce" + curfew) are found only inside a clause
        it reports ("declared that troops would enforce martial law"): that clause holds its own event."""
        if entry.pos != "verb" or not entry.with_ or tok.lemma_.lower() not in PROCLAIM_LEMMAS:
            return False
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        if not clauses:
            return False
        inside = {fold(t.lemma_) for c in clauses for t in c.subtree}
        outside = {fold(t.lemma_) for c in tok.children if c.dep_ != "ccomp" for t in c.subtree}
        return bool(entry.with_ & inside) and not (entry.with_ & outside) and any(
            self._entry_for(t) is not None for c in clauses for t in c.subtree)

    def _own_act_admitted(self, clause: Any) -> bool:
        """A hostile act in an admitted clause that is the admitter's own: told in the passive with no
        agent, or done by a subject that its owner's pronoun ties to the admitter ("its soldiers")."""
        entry = self._entry_for(clause)
        if entry is None or entry.code[:2] not in ATTACK_ROOTS:
            return False
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        if subj.dep_ == "nsubjpass":
            return not any(c.dep_ == "agent" for c in clause.children)
        return subj.lower_ in ("we", "it", "they") or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children)

    def _entry_for(self, tok: Any) -> Optional[TriggerEntry]:
        lemma = tok.lemma_.lower()
        if tok.text == "March" and _month_name(tok):
            return None  # "will leave in March", "on March 3": the month, not a protest
        if tok.pos_ == "VERB":
            pos = "verb"
        elif tok.pos_ in ("NOUN", "PROPN"):
            pos = "noun"
        elif tok.pos_ == "ADJ":
            return self._adjective_entry(tok)
        else:
            return None
        if pos == "verb" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children):
            # "Ruritania is committed to opening its markets": a passive with no agent that takes a
            # to-complement is the stance adjective of intent, not the act done to the subject
            adj = self._adjective_entry(tok)
            if adj is not None and adj.embed == "intent":
                return adj
        entries = self.k.triggers.get((pos, lemma))
        if not entries:
            return self._adjective_entry(tok) if pos == "verb" and tok.tag_ == "VBN" else None
        context = self._object_lemmas(tok)
        for e in entries:
            if e.particle:
                # a preposition that only dates the act is no particle: "called Y on Tuesday to
                # discuss the crisis" is a call made, not "called on Y" (an appeal)
                if not any(c.lower_ == e.particle and c.dep_ in ("prt", "prep", "advmod") and not (
                        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in DATE_WORDS for g in c.children))
                        for c in tok.children):
                    if not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == e.particle):
                        continue
            if pos == "noun" and len(e.words) > 1:
                mods = {fold(c.lemma_) for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
                if not set(e.words[:-1]) <= mods:
                    continue
            if e.with_ and not (e.with_ & context):
                continue
            if e.without and self._ruled_out(tok, e.without):
                continue
            if e.code == "186" and e.with_ and self._many_victims(tok):
                continue  # "killed eight militant commanders": an attack, not an assassination
            return e
        return None

    def _ruled_out(self, tok: Any, without: frozenset[str] | set[str]) -> bool:
        """Whether a `without` word rules the sense out. A particle word ("for", "on", "off", "up",
        "back", "upon") rules out a phrasal sense only as the verb's own particle or preposition
        ("called for talks", "called on Y to ...", "called off the strike"), not from deep inside a
        phrase: "described the pact as a disaster for Ruritania" and "in a post on his website,
        Bolt called Ruritania a hostile nation" are still disapproving labels."""
        context = self._object_lemmas(tok, bare=True)
        hits = without & context
        if not hits:
            return False
        if hits - PARTICLE_WORDS:
            return True
        near = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        return near in hits or any(
            c.lower_ in hits and c.dep_ in ("prt", "prep", "advmod") and not (
                c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in DATE_WORDS for g in c.children))
            for c in tok.children)

    @staticmethod
    def _many_victims(tok: Any) -> bool:
        """Whether a killing's victims are many ("killed six rebel commanders", "the killing of
        two chiefs"): CAMEO's assassination (186) is the targeted killing of one named person."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN":
                c = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ not in ("dobj", "nsubjpass"):
                continue
            if c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "nummod" for g in c.children):
                return True
        return False

    def _adjective_entry(self, tok: Any) -> Optional[TriggerEntry]:
        """A feeling told as the predicate: "X is pessimistic about Y", "X remains confident that
        ...", "X was alarmed by Y's move" (a participle in the passive). Not an adjective that
        only describes a noun ("the concerned parties", "an optimistic forecast"), nor one with a
        to-infinitive ("is anxious to visit" is eagerness)."""
        entries = self.k.triggers.get(("adj", tok.lower_)) or self.k.triggers.get(("adj", tok.lemma_.lower()))
        if entries and any(e.with_ or e.without for e in entries):
            # ("is open to talks" is a readiness to negotiate; "is open to criticism" is not)
            context = self._object_lemmas(tok)
            entries = [e for e in entries if not (e.with_ and not (e.with_ & context)) and not (e.without & context)]
        if not entries:
            return None
        predicate = tok.dep_ == "acomp" and tok.head.lemma_.lower() in COPULA_LEMMAS
        if not predicate and not (tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)):
            return None
        if entries[0].embed != "intent" and any(
                c.dep_ == "xcomp" and _infinitive(c) for c in tok.children):
            return None
        if entries[0].embed == "intent" and not any(
                c.dep_ == "xcomp" and _infinitive(c) for c in tok.children) and not any(
                c.dep_ == "prep" and c.lower_ == "to" and (any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                                                           # (the gerund misparsed as a modifier of its object:
                                                           # "committed to normalising ties")
                                                           or (c.i + 1 < len(tok.doc) and tok.doc[c.i + 1].tag_ == "VBG"
                                                               and tok.doc[c.i + 1].dep_ == "amod"))
                for c in tok.children):
            # "is ready to send troops", "is committed to reopening the border" are intent; "was
            # ready" alone is not
            return None
        return entries[0]

    def _intent_adjective(self, tok: Any) -> bool:
        """"willing", "ready", "prepared" ...: the adjectives of intent the lexicon lists (030, embed intent)."""
        words = {tok.lemma_.lower(), tok.lower_} if tok.pos_ == "ADJ" else {tok.lemma_.lower()}
        return any(e.embed == "intent" for w in words for e in self.k.triggers.get(("adj", w), ()))

    def _other_sense(self, tok: Any, entry: TriggerEntry) -> bool:
        """Triggers used in a non-conflict sense: "fight the pandemic" (fight needs an armed or
        human opponent), "demonstrate its resolve" (the protest sense takes no object)."""
        lemma = tok.lemma_.lower()
        if entry.code[:2] == "19" and lemma in FIGHT_LEMMAS:
            opp = [c for c in tok.children if c.dep_ == "dobj"] + [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on") for g in c.children if g.dep_ == "pobj"]
            # (a disease, a disaster or a social ill is fought by no armed force, whatever names it:
            # "to help fight the Zika epidemic", "the fight against Lassa fever")
            return bool(opp) and (not any(self._animate(o) for o in opp) or all(o.lemma_.lower() in SCOURGE_NOUNS for o in opp))
        if entry.code[:2] == "07" and not entry.with_ and lemma in HELP_LEMMAS:
            # "helped Kenya" is aid; "helped push prices up", "helped the economy" are not
            if tok.dep_ in ("acl", "advcl") and _infinitive(tok) and not (
                    tok.dep_ == "advcl" and tok.head.lemma_.lower() in SENDING_LEMMAS
                    and any(c.dep_ == "dobj" and self._animate(c) for c in tok.children)):
                # "faces pressure to help X", "sent a team to help ...": a purpose, not an act; but
                # "sent advisers to help the Iraqi army" gives the help it names (aid, CAMEO 07)
                return True
            subj = self._subject_of(tok)
            if subj is not None and not self._animate(subj):
                return True  # "the new law will help Beijing tighten control": a thing helps no one
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            # "will help Vietnam build a port": the helped party is the complement's subject
            obj += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
            return not obj or not any(self._animate(o) for o in obj)
        if entry.code[:2] == "04" and lemma in GO_LEMMAS and tok.pos_ == "VERB":
            # "is going to lose", "where X might go in the future": no journey without a place to go to
            if any(c.dep_ == "xcomp" and _infinitive(c) for c in tok.children):
                return True
            dest = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for g in c.children if g.dep_ == "pobj"]
            return not any(g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in TIME_NOUNS for g in dest)
        if entry.code[:2] == "04" and lemma in ONWARD_LEMMAS and tok.pos_ == "VERB":
            # "continues to Lima on Friday" is the tour's next stop; "continued to press for talks",
            # "continued with the talks" tell no journey
            if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                return True
            dest = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "onto") for g in c.children if g.dep_ == "pobj"]
            return not any(g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in TIME_NOUNS and g.pos_ == "PROPN"
                           for g in dest)
        if entry.code[:2] == "04" and lemma == "meet" and tok.pos_ == "VERB":
            # "will meet its deficit targets", "met the deadline", "to meet the costs": meeting a
            # goal, a date or a need is no meeting (one meets people or a body; a demand met is 080)
            return any(c.dep_ == "dobj" and c.lemma_.lower() in MET_GOAL_NOUNS for c in tok.children)
        if entry.code[:2] == "10" and lemma == "demand" and tok.pos_ == "NOUN":
            # "global oil demand would grow", "weak consumer demand": demand in the market's sense
            return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in MARKET_DEMAND_WORDS for c in tok.children)
        if entry.code == "015" and "that" in entry.with_ and lemma in ("acknowledge", "admit"):
            # "acknowledged that stocks had run low" admits a fact; a clause that tells an act
            # ("acknowledged that civilians were killed in a strike") is coded as that act
            # ... unless the act is the admitter's own: a passive with no agent ("acknowledged that
            # civilians were killed in its raid") or one its own people did ("admitted that its
            # troops had shelled the village"): admitting it is CAMEO's acknowledgement (015)
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
            if not any(self._entry_for(t) is not None for c in clauses for t in c.subtree):
                return False
            return not any(self._own_act_admitted(c) for c in clauses)
        if entry.code == "011" and lemma in NO_REPLY_VERBS:
            # "did not respond to requests for comment" declines to comment; "responded to a
            # request for comment" is no refusal
            return not any(c.dep_ == "neg" for c in tok.children)
        if entry.code == "043" and lemma in ("receive", "greet"):
            # "received a delegation" is a visit received; "received weapons / assurances" is not
            # ... and "received the visiting army chief of Y" is a host's reception, whoever the head noun
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            return bool(obj) and not any(self._animate(o) or self._entry_for(o) is not None or any(
                c.dep_ == "amod" and c.lower_ in ("visiting", "touring") for c in o.children) for o in obj)
        if entry.code == "013" and tok.pos_ == "VERB" and lemma in ("hope", "hop"):
            # "hoped (that) the talks would succeed", "hopes for a settlement"; "hopes to visit" is a
            # plan, and hoping that others will be indicted or punished is no optimism
            content = [c for c in tok.children if c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "for")]
            acts = [self._embedded_act(c) if c.dep_ == "ccomp" else next((g for g in c.children if g.dep_ == "pobj"), None)
                    for c in content]
            return not content or any(t is not None and (e := self._entry_for(t)) is not None and e.code[:2] in HOSTILE_WISH_ROOTS
                                      for t in acts)
        if entry.code[:2] == "02" and lemma in WISH_VERBS:
            # "might want Y to ..." is a guess about a wish, not an appeal
            return self._wished_of(tok) is None or any(
                c.dep_ == "aux" and c.lower_ in ("might", "may", "could", "would") for c in tok.children)
        if entry.code[:2] == "02" and lemma in FOR_APPEAL_VERBS and "for" in entry.with_:
            objs = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
            return not any(c.dep_ == "prep" and c.lower_ == "for" for o in objs for c in o.children)
        if entry.code[:2] == "14" and lemma in ("demonstrate", "demonstration"):
            if tok.pos_ == "VERB":
                if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in tok.children):
                    return True
                # "demonstrate and portray an image": a shared object
                return any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "dobj" for g in c.children) for c in tok.children)
            return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        return False

    @staticmethod
    def _wished_of(tok: Any) -> Optional[Any]:
        """Whom "X wants Y to <act>" asks to act: Y, the subject of the to-clause (or the object
        before it). None where X wants to act itself ("wants to join")."""
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and _infinitive(c):
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and c.dep_ == "xcomp":
                    subj = next((g for g in tok.children if g.dep_ == "dobj" and g.i < c.i), None)
                if subj is not None and subj.lower_ not in ("it", "this", "that", "there", "itself", "themselves"):
                    return subj
        return None

    def _protest_aim(self, tok: Any, entry: TriggerEntry) -> bool:
        """"began a hunger strike to demand ...", "blocked roads to show their anger at ...": the
        protest is the event, the demand or disapproval its aim."""
        # (the same for a participle: "rallied in the capital calling for the minister's removal",
        # "a march demanding reforms", "joined protesters in demanding a vote": the call is the
        # protest's aim, coded by the protest (CAMEO 141 demonstrate for ...), not an appeal of its own)
        if entry.code[:2] not in ("10", "11", "02"):
            return False
        if tok.dep_ in ("advcl", "xcomp") and _infinitive(tok):
            if entry.code[:2] == "02":
                return False
        elif not (tok.dep_ in ("advcl", "acl", "pcomp") and tok.tag_ == "VBG"):
            return False
        head = tok.head.head if tok.dep_ == "pcomp" else tok.head
        protest = [head] + [c for c in head.children if c.dep_ in ("dobj", "attr")]
        # ("joined hundreds of marchers in demanding ...": the protesters after a quantity)
        protest += [g for t in protest for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        if self._entry_for(head) is not None:
            # "protesters occupied / blocked the square, demanding ...": what protesters do is their
            # protest (the act codes it), the demand its aim
            protest += [c for c in head.children if c.dep_ == "nsubj"]
        return any(t.lemma_.lower() in PROTESTER_NOUNS or ((e := self._entry_for(t)) is not None and e.code[:2] == "14")
                   for t in protest)

    def _reason_triggers(self, tok: Any) -> set[int]:
        """The triggers in the reason a sanction or accusation gives ("for attacking X", "of
        plotting a coup"), leaving out relative clauses, which tell acts of their own."""
        out: set[int] = set()
        stack = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in REASON_PREPS]
        reason = {t.i for c in stack for t in c.subtree}
        for c in tok.children:
            # "jailed X for helping recruits join a militia": a bare infinitive parsed as a
            # conjunct of the past-tense sanction verb belongs to the reason's verb before it
            if c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and tok.tag_ in ("VBD", "VBN") and c.i - 1 in reason and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "cc") for g in c.children) and not any(
                    t.dep_ == "cc" and tok.i < t.i < c.i for t in tok.children):
                stack.append(c)
        while stack:
            t = stack.pop()
            if t.dep_ == "relcl":
                continue
            if self._entry_for(t) is not None:
                out.add(t.i)
            stack.extend(t.children)
        return out

    @staticmethod
    def _content_of_noun(tok: Any) -> bool:
        """An act that is only the content of a right, duty, consensus or decision ("the right of
        its troops to fire on X", "the duty of the council to take action to lift the embargo", "a
        consensus to share data"): the noun's own event, if any, is coded, its content is not told
        as done."""
        h = tok
        for _ in range(6):
            if h.dep_ == "acl" and _infinitive(h) and h.head.lemma_.lower() in CONTENT_NOUNS:
                return True
            if h.dep_ not in ("acl", "xcomp", "conj", "dobj", "pobj", "prep") or h.head.i == h.i:
                return False
            h = h.head
        return False

    @staticmethod
    def _prevented(tok: Any) -> bool:
        """An act named as what someone was kept from doing ("banned opposition figures from
        standing in the election", "stopped the convoy from entering X"): it did not happen."""
        if tok.dep_ == "conj":
            tok = tok.head  # "from meeting or campaigning"
        return (tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "from" and tok.head.dep_ == "prep"
                and tok.head.head.lemma_.lower() in PREVENT_LEMMAS)

    def _modifier_noun(self, tok: Any) -> bool:
        """An event noun that only modifies another noun ("war games", "ceasefire talks", "strike
        force"), or only dates another event ("during the summit", "after the invasion")."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            return not (tok.head.lemma_.lower() in EFFORT_NOUNS and tok.head.dep_ == "dobj"
                        and tok.head.head.lemma_.lower() in EFFORT_VERBS)
        if tok.dep_ == "conj" and tok.head.dep_ == "pobj":
            tok = tok.head  # "after talks and a dinner"
        if tok.dep_ != "pobj":
            # "talks collapsed", "negotiations stalled": what failed is not coded as held
            # ("fighting broke out" is the opposite: the event began)
            return (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in FAILED_VERBS
                    and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.head.children)) or self._background(tok)
        if tok.head.lower_ == "during" and any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children)
                                                 for c in tok.children):
            # an event in whose course the main clause happened, naming its own agent, is told as an
            # event of its own: "during a visit by the Kenyan president to Accra, ..." codes the visit
            # ("after protests by X", "following mediation by Y" stay background: a cause)
            return self._background(tok)
        return tok.head.lower_ in TIME_PREPS or self._background(tok)

    def _not_an_event(self, tok: Any, entry: TriggerEntry) -> bool:
        """A trigger mentioned without telling of an act: a state noun with no eventive evidence
        ("the Democratic Alliance", "X's hostility towards Y"), a characterisation ("poses a threat"),
        a topic ("discussed the war") or what a call asks for ("calls for more aid")."""
        if tok.pos_ in ("NOUN", "PROPN"):
            # (an entry that names what is given, "support for vaccines and food", is aid, not a state)
            if not entry.with_ and self._state_without_event(tok):
                return True
            h = _first_conjunct(tok)
            if h.dep_ in ("dobj", "attr") and h.head.lemma_.lower() in NON_EVENT_GOVERNORS:
                return True
            if _disowned(h):
                return True
        if tok.pos_ == "VERB" and _disavowed_aim(tok):
            return True
        return (self._topic(tok) or self._wished(tok) or self._weapon_participle(tok) or self._background_participle(tok)
                or self._result_participle(tok, entry) or self._speaking_setting(tok) or self._speech_occasion(tok))

    @staticmethod
    def _speech_occasion(tok: Any) -> bool:
        """A gathering named as where words were spoken: "told supporters at a rally in X that ...",
        "said during a news conference": the occasion of the statement, not an act of its own (a
        rally the speaker addressed is no protest of theirs, a briefing no consultation)."""
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.lemma_.lower() not in SPEECH_SETTING_NOUNS:
            return False
        prep = tok.head
        return (prep.lower_ in ("at", "during") and prep.head.pos_ == "VERB"
                and prep.head.lemma_.lower() in PLAIN_SAY_LEMMAS | SPEAKING_LEMMAS)

    def _speaking_setting(self, tok: Any) -> bool:
        """Where a statement was made, told by a participle with no subject of its own: "X said
        the talks had failed, speaking at a party congress in Y" is X's statement; speaking at
        the congress is its setting, not a second act (taking part in it, 040). A meeting of a
        body named by its proper name ("speaking at an OSCE Permanent Council session, X's envoy
        said ...") is the body's own sitting: taking part in it is consulting that body (040), as
        in "X's envoy spoke at a meeting of the OSCE council", and stays an act ("speaking at the
        Brookings Institution", a venue named alone, is no sitting of it)."""
        if (tok.pos_ != "VERB" or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.lemma_.lower() not in SPEAKING_LEMMAS
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)):
            return False
        if any(p.dep_ == "prep" and p.lower_ in ("at", "to", "before") and any(
                o.dep_ == "pobj" and o.pos_ == "NOUN" and any(m.pos_ == "PROPN" for m in o.subtree if m.i < o.i)
                for o in p.children) for p in tok.children):
            return False
        h = tok.head
        for _ in range(6):
            if h.lemma_.lower() in PLAIN_SAY_LEMMAS or h.lemma_.lower() == "report":
                return True
            if h.pos_ == "VERB" and (e := self._entry_for(h)) is not None and e.pos == "verb" and e.code[:2] in SPOKEN_SETTING_ROOTS:
                # ("called on X to open embassies, speaking at a conference in Y": the appeal's setting)
                return True
            if h.head.i == h.i:
                break
            h = h.head
        return False

    def _attack_result(self, tok: Any) -> Optional[tuple[Any, TriggerEntry]]:
        """The attack whose result a participle tells, with the attack's entry: "a bomber blew
        himself up in the market, killing 45 people", "shelled the district, killing six and
        wounding 20". A participle with no subject of its own, in an adverbial clause (or a
        conjunct of one) after a verb coded as force (18, 19, 20), is what that attack did: one act,
        the attack (CAMEO codes the attack, not each of its casualties). Both halves of the rule
        use it: the trigger stage drops the result when the attack names whom it struck
        (``_result_participle``); otherwise the result carries the toll and is coded as the attack
        (``EventExtractor._sentence_events``)."""
        if tok.pos_ != "VERB" or tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
            return None
        part = tok
        while part.dep_ == "conj" and part.head.tag_ == "VBG" and part.head.i != part.i:
            part = part.head  # "..., killing six and wounding 20": both participles
        act = part.head
        if part.dep_ != "advcl" or act.pos_ != "VERB" or part.i < act.i:
            return None
        main = self._entry_for(act)
        return (act, main) if main is not None and main.code[:2] in ATTACK_ROOTS else None

    def _result_participle(self, tok: Any, entry: TriggerEntry) -> bool:
        """The toll of an attack told by a participle ("shelled the district, killing five
        people": see ``_attack_result``) is no act of its own when the attack names whom it
        struck; otherwise the toll would be lost, and the participle is kept (coded as the attack)."""
        if entry.code[:2] not in ATTACK_ROOTS or tok.lemma_.lower() not in TOLL_LEMMAS or tok.dep_ != "advcl":
            # ("attacked a train, taking hostages": a hostage-taking is an act of its own; in
            # "..., killing six and wounding 20" only the first participle is dropped here, the
            # conjunct one is kept and coded as the attack)
            return False
        found = self._attack_result(tok)
        if found is None:
            return False
        # ("detonated explosives, killing ...": the weapon is no one struck)
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in WEAPON_NOUNS for c in found[0].children)

    def _background_participle(self, tok: Any) -> bool:
        """A bare participle that tells the background of the people or things the main clause
        acts on: "the students jailed for the protest were freed", "the villages destroyed in the
        war will be rebuilt". Only the main act is told (the jailing happened before, by no one
        named); a participle with its own agent ("fishermen detained by pirates were freed") names
        who did it and stays an event, as does one on a noun whose verb tells no act ("the
        protesters killed on Monday were buried")."""
        if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD") or any(c.dep_ == "agent" for c in tok.children):
            return False
        if tok.dep_ == "ROOT" and not any(c.dep_ == "cc" for c in tok.children):
            # the parser may make the participle the root and the main verb its conjunct, with no
            # "and" between them: "the students jailed for X / were released"
            main = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and any(g.dep_ == "auxpass" for g in c.children)
                         and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
            return (main is not None and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
                    and self._entry_for(main) is not None)
        if tok.dep_ != "acl" or tok.tag_ != "VBN":
            return False
        noun = tok.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        main = noun.head
        return main.pos_ == "VERB" and main.i != tok.i and self._entry_for(main) is not None

    def _weapon_participle(self, tok: Any) -> bool:
        """A participle that tells who used the weapon of an attack told by another verb: "killed
        by a rocket fired by X", "a shell believed to have been launched by X hit the school". The
        firing is how the attack was done, one act (coded by the main verb, with X its author)."""
        if tok.pos_ != "VERB" or tok.tag_ != "VBN":
            return False
        weapon = tok.head if tok.dep_ == "acl" else (
            tok.head.head if tok.dep_ == "xcomp" and tok.head.dep_ == "acl" and tok.head.tag_ == "VBN" else None)
        if weapon is None or weapon.pos_ != "NOUN" or weapon.lemma_.lower() not in WEAPON_NOUNS:
            return False
        if weapon.dep_ == "pobj" and weapon.head.dep_ == "agent":
            act = weapon.head.head
        elif weapon.dep_ == "nsubj":
            act = weapon.head
        else:
            return False
        return act.pos_ == "VERB" and (e := self._entry_for(act)) is not None and e.code[:2] in ("18", "19")

    def _state_without_event(self, tok: Any) -> bool:
        lemma = tok.lemma_.lower()
        if lemma not in STATE_NOUNS or (lemma in PLURAL_EVENT_NOUNS and tok.tag_ in ("NNS", "NNPS")):
            return False
        h = _first_conjunct(tok)
        gov = h.head if h.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "oprd") else (
            h.head.head if h.dep_ == "pobj" and h.head.head.pos_ == "VERB" else None)
        if gov is not None and gov.lemma_.lower() in STATE_EVENT_VERBS:
            return False
        dated = any(t.lower_ in DATE_WORDS or (t.shape_ == "dddd" and 1800 <= int(t.text) <= 2100)
                    for c in tok.children if c.dep_ in ("prep", "compound", "amod", "npadvmod", "nummod", "nmod")
                    for t in c.subtree)
        return not dated

    def _topic(self, tok: Any) -> bool:
        """"discussed the war in X", "talks about sanctions": the event is only what is talked about."""
        h = _first_conjunct(tok)
        if h.dep_ == "dobj" and h.head.lemma_.lower() in TOPIC_WORDS:
            return True
        if h.dep_ == "dobj" and h.head.dep_ == "pcomp":
            h = h.head  # "an accord on holding a rally": what the gerund does is the topic too
        if h.dep_ in ("pobj", "pcomp") and h.head.lower_ == "into":
            # "an inquiry into the allegations of X": what a coded inquiry looks into is only its topic
            gov = h.head.head
            inquiry = gov if gov.pos_ in ("NOUN", "PROPN") else next(
                (c for c in gov.children if c.dep_ == "dobj"), None) if gov.pos_ == "VERB" else None
            if inquiry is not None and inquiry.lemma_.lower() in INQUIRY_NOUNS and self._entry_for(inquiry) is not None:
                return True
        if not (h.dep_ in ("pobj", "pcomp") and h.head.lower_ in TOPIC_PREPS):
            return False
        gov = h.head.head
        # "resumed negotiations on a troop pullback": the topic attached to the verb whose object
        # is the talks
        return gov.lemma_.lower() in TOPIC_WORDS or (gov.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TOPIC_WORDS for c in gov.children))

    def _wished(self, tok: Any) -> bool:
        """The event is what a call or demand asks for ("after calls for boosting aid to X"): it
        has not happened. The call itself, where coded, takes it in as its appeal."""
        h = tok
        for _ in range(6):
            head = h.head
            if head.i == h.i:
                return False
            if h.dep_ not in ("dobj", "pobj", "pcomp", "prep", "conj", "xcomp", "acl", "compound", "amod", "cc"):
                return False
            if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in WISH_NOUNS and h.dep_ in ("prep", "acl"):
                return head is not tok
            if head.pos_ in ("VERB", "AUX") and h.dep_ not in ("dobj", "conj") and head.dep_ not in ("pcomp", "xcomp", "acl", "conj"):
                return False
            h = head
        return False

    def _background(self, tok: Any) -> bool:
        """An event named only as a time or a topic: "ahead of the talks", "on the sidelines of the
        summit", "the chances of resuming talks", "the fate of the negotiations"."""
        if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp":
            tok = tok.head  # "the chances of resuming talks"
        if tok.dep_ not in ("pobj", "pcomp"):
            return False
        prep = tok.head
        return prep.lower_ in ("of", "to", "for") and (prep.head.lemma_.lower() in BACKGROUND_HEADS
                                                   or fold(prep.head.text) in BACKGROUND_HEADS)

    def _animate(self, tok: Any) -> bool:
        for t in [tok] + [c for c in tok.children if c.dep_ in ("conj", "compound")]:
            lemma = t.lemma_.lower()
            if t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("GPE", "NORP", "PERSON"):
                return True
            if lemma in ARMED_NOUNS or lemma in self.k.agents or t.lower_ in self.k.agents or lemma + "s" in self.k.agents:
                return True
        return False

    def _object_lemmas(self, tok: Any, bare: bool = False) -> set[str]:
        # (a gerund in a noun's slot is also read as the noun it spells: "accepted the court ruling"
        # has a ruling, lemma "rule", as its object)
        out: set[str] = set()
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ in FRAME_PREPS or c.lower_ == "under" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in FRAME_UNDER_NOUNS for g in c.children) or _motive_frame(c)):
                # the frame an act is done in tells nothing of its object: "withdrew from X under a
                # peace process", "held talks amid the fighting" (the withdrawal halts no process),
                # "called off the talks in protest at Y" (the talks are called off, no protest)
                continue
            if c.dep_ == "prep":
                # a prepositional phrase's own words, not a clause inside it ("halted aid in line
                # with efforts to end the fighting" is not about fighting)
                _collect_lemmas(c, out, lambda x: not (x.dep_ in ("acl", "relcl", "advcl") and x.pos_ in ("VERB", "AUX")))
            elif c.dep_ in ("dobj", "attr", "xcomp", "ccomp", "compound", "amod", "prt", "oprd", "acomp", "nsubjpass", "agent", "dative", "npadvmod", "advmod"):
                # (a relative clause on the object tells of another act: "freed the soldiers it had
                # held" is no release of a hold)
                # nor a condition: "warned Y would pay dearly if it attacked" threatens no attack
                # (and, for the words that rule a sense out, nor a reduced relative: "freed two traders
                # held for a year" frees no hold, though "handed over a man wanted for murder" is
                # told by its participle)
                _collect_lemmas(c, out, lambda x: not (x.dep_ == "relcl" and x.pos_ in ("VERB", "AUX")) and not (
                    bare and x.dep_ == "acl" and x.tag_ == "VBN") and not (
                    x.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in x.children))
                    and not _motive_frame(x))
        # a participle on a noun acts on that noun: "a transcript released by the ministry" released
        # a transcript (no one was freed)
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
            out.add(fold(tok.head.lemma_))
        # a count in figures is read as its word: "expelled 700,000 villagers" are thousands (a
        # year, "in 2015", is written without the comma)
        if any("," in x and x.replace(",", "").isdigit() for x in out):
            out.add("thousand")
        # a weapon or an attacker named by its weapon, as the subject, says how the act was done:
        # "a roadside bomb killed", "a suicide bomber attacked", "warplanes struck"
        if tok.pos_ == "VERB":
            verb = tok
            while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in verb.children):
                verb = verb.head  # a conjoined verb shares the weapon subject of the first
            for c in verb.children:
                if c.dep_ == "nsubj" and fold(c.lemma_) in INSTRUMENT_SUBJECTS:
                    out.update(fold(t.lemma_) for t in c.subtree if t.i < c.i or t.i == c.i)
        # the mover named by a motion verb's subject ("the last brigade left X", "an aid ship docked
        # in X", "blue helmets arrived in X"): a marker only, the subject's words stay out
        if tok.pos_ == "VERB" and tok.lemma_.lower() in MOTION_VERBS:
            verb = tok
            while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in verb.children):
                verb = verb.head
            for c in verb.children:
                if c.dep_ != "nsubj":
                    continue
                words = {fold(t.lemma_) for t in c.subtree}
                head = fold(c.lemma_)
                if words & MOVING_PEACEKEEPERS:
                    out.add("subject-peacekeeper")
                elif head in MOVING_TROOPS:
                    out.add("subject-troop")
                elif head in RELIEF_CARRIERS and words & RELIEF_GOODS or head in RELIEF_GOODS and head != "water":
                    out.add("subject-relief")
        # an object-control infinitive that the parser hangs on the verb as a purpose clause
        # ("pressed Y on Friday to reopen its ports"): its "to" says the object is asked to act,
        # as in the plain "pressed Y to reopen". Only the marker joins the context, not the clause.
        if tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and any(c.dep_ == "advcl" and c.i > obj.i and _infinitive(c)
                                       and not any(g.dep_.startswith("nsubj") for g in c.children)
                                       for c in tok.children):
                out.add("to")
        # people sent "to help" or "to assist" (a purpose clause on the verb, or on its object):
        # "dispatched doctors to assist flood survivors" is aid (the help itself is no act)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SEND_LEMMAS:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            purposes = [c for c in list(tok.children) + (list(obj.children) if obj is not None else [])
                        if c.dep_ in ("advcl", "acl", "xcomp") and _infinitive(c)]
            # (the parser may make "help" an auxiliary of the verb it governs: "to help identify")
            if any(c.lemma_.lower() in HELP_LEMMAS or any(a.dep_ == "aux" and a.lemma_.lower() in HELP_LEMMAS for a in c.children)
                   for c in purposes):
                out.add("purpose-help")
        # a light verb's object carries the meaning: "hold talks", "sign an agreement"
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
            out.add(fold(tok.head.lemma_))
            # ... and the place it is done close by: "carried out drills near X" (the parser hangs
            # "near X" on the verb) are drills near X
            out.update(c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("near", "off", "around"))
        return out


def _disowned(noun: Any) -> bool:
    """ "X had nothing to do with the bombing": an act its teller denies any part in (the denial is
    the statement; the act is not told as X's, nor as anyone's)."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "with" or prep.head.lemma_.lower() != "do":
        return False
    do = prep.head
    if do.dep_ not in ("xcomp", "relcl", "acl"):
        return False
    # ("had nothing to do with": the parser hangs "to do" on "nothing", or on "had" beside it)
    return do.head.lower_ == "nothing" or any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in do.head.children)


def _disavowed_aim(verb: Any) -> bool:
    """ "X has no plans to send troops", "no intention of attacking Y": an act its would-be author
    disavows is not told at all (neither done, planned nor threatened)."""
    noun = verb.head if verb.dep_ in ("acl", "ccomp") else (
        verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else None)
    # (and "there is no sign / evidence that Y attacked X": an act said not to be seen is not told)
    return (noun is not None and noun.pos_ == "NOUN"
            and (noun.lemma_.lower() in DISAVOWED_AIMS or noun.lemma_.lower() in UNSEEN_NOUNS and verb.dep_ != "pcomp")
            and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children))


def _motive_frame(tok: Any) -> bool:
    """Whether ``tok`` is a motive phrase, "in protest at Y", "in retaliation for Y": it tells why
    an act was done, not what it was done to ("cancelled the talks in protest at the plans"
    cancels talks, no protest)."""
    return tok.dep_ == "prep" and tok.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("protest", "retaliation", "response") for g in tok.children)
