"""The source and the target of a trigger: subjects, objects and slots (active, passive, light verbs,
control, coordination, nominal events), unknown attackers, domestic and linked actors."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional

from legation.code._helpers import (
    _Candidate, _Stage, _existential, _infinitive, _owner_participle, _same_actor, _unfill,
)
from legation.code._words import (
    RELATIVE_LIGHT_VERBS,
    MOTION_VERBS, RELIEF_CARRIERS,
    ACCIDENT_NOUNS, AIMLESS_ROOTS, AIM_SLOTS, APPEAL_LIGHT_VERBS, ATTACK_ROOTS, ATTEMPT_NOUNS,
    CAPITAL_AS_PLACE_ROOTS, CONDITION_MARKS, CONTAINER_NOUNS, CONTROL_OBJECT_VERBS, CROWD_COUNTS,
    DEATH_PREPS, DEATH_VERBS, DOCUMENT_ACT_ROOTS, DOCUMENT_NOUNS, EFFORT_NOUNS, FIRE_NOUNS, FORCE_NOUNS, FOREIGN_SECTORS, GATHERING_NOUNS,
    HELP_LEMMAS, HOSTILE_ROOTS, LAST_RESORT_PRONOUNS, LIGHT_VERBS, MUTUAL_ROOTS, NON_ACTOR_ENTITIES,
    OCCUR_VERBS, OVERTURE_NOUNS, PARTITIVE_NOUNS, PERMIT_LEMMAS, PRESENTING_VERBS, PROCESS_NOUNS,
    PERPETRATING_VERBS, PUBLISHING_VERBS, UNDERTAKING_VERBS, RANK_FIRST_WORDS, REACTION_VERBS, RECEIVING_VERBS, REPORTING_PARTY_LEMMAS, SEND_LEMMAS,
    SPOKEN_ROOTS, STATE_SECTORS, TOPIC_PREPS, UNDERGOING_VERBS, UNDERGO_EVENT_VERBS, UNDERTAKING_NOUNS,
    DRAWING_VERBS, FIGHTING_NOUNS, STOPPING_NOUNS, UNDER_ATTACK_VERBS, UNNAMED_SOURCE_ROOTS, VOICING_VERBS, WEAPON_NOUNS,
    _FORCE_SECTORS, _PLACE_TARGET_ROOTS, _REPORT_LEMMAS, _SYMPATHY_CODES,
)
from legation.records import Actor, Document, Place, Sentence
from legation.resolve._actors import MOVE_OUT_NOUNS, UNCODED, DocContext, SentenceMatches
from legation.resolve._fold import fold
from legation.resolve._knowledge import TriggerEntry

# "the pact between X and Y entered into force / took effect": only an agreement that comes into
# force starts cooperation (060); a law, tariff or person "taking effect" or "coming into" is none
IN_FORCE_LEMMAS = {"enter", "come", "take"}
AGREEMENT_NOUNS = {"agreement", "accord", "treaty", "pact", "deal", "protocol", "convention", "memorandum", "mou", "arrangement", "charter"}


# prepositions that open a sentence capitalised and are no stop words (a first name the tagger
# takes for a preposition is none of these)
_OPENING_PREPS = {"despite", "amid", "amidst", "following", "including", "regarding", "concerning", "unlike",
                  "like", "besides", "beyond", "towards", "toward", "via", "per", "plus", "except", "inside",
                  "outside", "near", "opposite", "pending", "notwithstanding", "given", "barring", "excluding"}

GATHERING_HEADS = {"summit", "conference", "forum", "assembly", "congress", "meeting", "session"}


class ArgumentRules(_Stage):
    """The extractor's rules for sources and targets (mixed into EventExtractor)."""

    # set while a sentence that coded nothing is read again as a last resort (_sentence_events):
    # an unresolved pronoun subject or an unnamed passive agent is an unknown actor, and verbal
    # acts aimed at no one named are kept
    _last_resort: bool = False

    @staticmethod
    def _capital_as_place(tok: Any, targets: list[Actor], sources: list[Actor], matches: Any) -> list[Actor]:
        """The country, not its government, for a bare capital named as where an act was done
        ("the Bangladeshi army eased the curfew in Dhaka" is aimed at Bangladesh's people: 0813 ->
        BGD); where the doer is that bare country itself, or has no country but the one the capital
        lends it ("the army eased the curfew in Dhaka"), the capital stays the government."""
        hit = matches.by_token.get(tok.i)
        if hit is None or any(t.i < hit[0] or t.i >= hit[1] for t in tok.subtree if t.dep_ != "det"):
            return targets  # "in the Dhaka government's absence": more than the city's name
        capitals = {en.key for en in hit[2] if en.kind == "country" and en.form == "capital"}
        return [replace(a, code=a.country, sectors=()) if a.country in capitals and a.sectors == ("GOV",)
                and a.code == f"{a.country}GOV" and all(s.code != a.country and s.resolved_by != "context" for s in sources) else a for a in targets]

    def _alleged_actor(self, tok: Any, sources: list[Actor], res: Any) -> list[Actor]:
        """Whom an accusation told in a that-clause is aimed at: "X charged that the army had
        shelled the town" is X's accusation of the army (112), as "X accused the army of ..." is;
        the clause's doer is its active subject or its passive agent ("alleged that detainees were
        beaten by police")."""
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None:
            return []
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is None and any(c.dep_ == "nsubjpass" for c in clause.children):
            doer = self._prep_object(clause, "by")
        if doer is None or doer.pos_ == "PRON":
            return []
        return [a for a in res(doer) if not any(_same_actor(a, s) for s in sources)]

    def _published_in(self, subj: Optional[Any], res: Any) -> list[Actor]:
        """The country a document with no author of its own was put out in: "a report released in
        the Bolivian capital accused X" is Bolivia's (the source of a statement is whoever makes
        it public, and a document published where it is speaks for that country; "Amnesty's
        report released in London" has its author, and keeps it)."""
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in DOCUMENT_NOUNS:
            return []
        if any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and res(c)) for c in subj.children):
            return []
        for acl in subj.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in PUBLISHING_VERBS:
                continue
            if self._prep_object(acl, "by") is not None:
                return []  # "a report issued by an unnamed panel": its author, unknown
            place = self._prep_object(acl, "in")
            countries = {a.country for a in res(place)} if place is not None else set()
            if len(countries) == 1 and None not in countries and "IGO" not in countries:
                a = res(place)[0]
                return [replace(a, code=str(a.country), sectors=(), name=None, role=None)]
        return []

    def _resolve(self, t: Optional[Any], matches: SentenceMatches, ctx: DocContext, sent: Sentence, doc: Document) -> list[Actor]:
        if t is None:
            return []
        return self.actors.resolve(t, matches, ctx, sent.start, doc.date)

    @staticmethod
    def _others(actors: list[Actor], sources: list[Actor]) -> list[Actor]:
        return [a for a in actors if not any(a.code == s.code and a.name == s.name for s in sources)]

    # ------------------------------------------------------------------ arguments
    def _subject_of(self, verb: Any, depth: int = 0) -> Optional[Any]:
        """The (possibly inherited) subject of a verb: control, coordination, gerunds, acl."""
        if depth > 6:
            return None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (c.dep_ == "nsubjpass" and verb.pos_ == "VERB" and self._has_agent(verb)):
                if c.dep_ == "nsubj" or not self._is_passive(verb):
                    if c.lower_ in ("this", "that", "it", "these", "those", "there"):
                        # "This is the first trip of X to attend Y": the subject is the attribute
                        attr = next((a for a in verb.children if a.dep_ == "attr"), None)
                        if attr is not None:
                            return self._noun_source(attr) if self._entry_for(attr) is not None and self._noun_source(attr) is not None else attr
                    if (c.lower_ in ("who", "which") and depth == 0 and verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN")
                            and (c.lower_ == "who" or verb.head.pos_ == "PROPN")
                            and (verb.head.dep_ not in ("nsubj", "nsubjpass") or verb.head.i > verb.head.head.i
                                 or any(x.ent_type_ == "DATE" for x in verb.subtree))
                            and verb.tag_ == "VBD" and not any(a.dep_ == "aux" for a in verb.children)
                            and self._entry_for(verb.head) is None):
                        # "X met Y, who praised Z": an object's past-tense relative clause tells what
                        # it did there (a perfect or present one, "who has vowed", "who leads", and an
                        # undated one about the main clause's subject, "X, who led the talks, says", are
                        # background; "X, which cut ties with Y in 2021, offered ..." tells a dated event)
                        return verb.head
                    if c.i > verb.i and self._misparsed_object(verb) is c:
                        continue
                    if c.left_edge.i == 0 and c.right_edge.text == ":" and c.right_edge.i < verb.i:
                        continue  # a transcript's turn label the parser made a subject ("VOA: X visited Y")
                    if (c.dep_ == "nsubj" and verb.dep_ in ("ccomp", "advcl") and verb.tag_ == "VBG" and c.pos_ == "NOUN"
                            and verb.head.i < c.i and verb.head.lemma_.lower() in LIGHT_VERBS
                            and not any(x.dep_ in ("dobj", "attr") for x in verb.head.children)
                            and self._entry_for(c) is not None and not self._animate(c)):
                        # "Norland staged naval exercises encircling the islands": the parser made the
                        # exercises (the light verb's missing object) the subject of the participle;
                        # whoever stages them acts
                        return self._subject_of(verb.head, depth + 1)
                    return c
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                return c
        head = verb.head
        if head.i == verb.i:
            return self._stranded_subject(verb)
        if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _infinitive(verb)):
            if head.lemma_.lower() in CONTROL_OBJECT_VERBS:
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
                if obj is not None and (obj.pos_ != "NOUN" or self._animate(obj)):
                    return obj
                # "ordered an air bridge to deliver supplies": a thing ordered does not act; who ordered it does
            # "gave permission to X to help Y", "sent arms to X to fight Y": the recipient acts
            rec = next((c for c in head.children if c.dep_ == "dative" and c.lower_ == "to"), None)
            rec = next((g for g in rec.children if g.dep_ == "pobj"), None) if rec is not None else None
            if rec is not None and rec.pos_ in ("PROPN", "NOUN"):
                return rec
            return self._subject_of(head, depth + 1)
        if verb.dep_ in ("conj", "advcl", "pcomp", "ccomp", "acomp") or (verb.dep_ == "pobj"):
            return self._subject_of(head, depth + 1)
        if (verb.dep_ in ("acl", "relcl") and _infinitive(verb) and head.dep_ == "attr" and head.head.i != head.i
                and (head.lemma_.lower() in RANK_FIRST_WORDS
                     or any(c.dep_ == "amod" and c.lemma_.lower() in RANK_FIRST_WORDS for c in head.children))):
            # "Malaysia was the first (country) to condemn the coup", "Chile is the only member
            # to oppose the plan": the one ranked first acts (the subject of the copula)
            return self._subject_of(head.head, depth + 1)
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            if (_infinitive(verb) and head.lemma_.lower() in UNDERTAKING_NOUNS and head.dep_ == "dobj"
                    and head.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
                # "the army launched an operation to drive out X": an undertaking's purpose is done by
                # whoever undertakes it (the parser may attach the infinitive as a relative clause)
                return self._subject_of(head.head, depth + 1)
            if verb.dep_ == "acl" and self._addressee(verb) is not None:
                return self._subject_of(head.head.head, depth + 1)
            if verb.dep_ == "relcl" and self._entry_for(head) is None:
                return head
            # "the trip of President X to attend ..." -> X
            if verb.dep_ == "acl" and self._entry_for(head) is None:
                # "gave permission to X to help ...": the one permitted or mandated acts
                to = self._prep_object(head, "to")
                if to is not None and to.pos_ in ("PROPN", "NOUN") and _infinitive(verb):
                    return to
            src = self._noun_source(head)
            voiced = head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in VOICING_VERBS | UNDERGOING_VERBS
            if src is not None and not (src.pos_ == "PRON" and voiced):
                return src
            if voiced or (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "attr")
                          and head.head.pos_ in ("VERB", "AUX") and not self._animate(head)):
                # "issued a statement condemning X", "published a report accusing Y": the
                # statement speaks for whoever issued it;
                # "X expressed its readiness to mediate", "X made an offer to help", "X faces
                # pressure to help": X
                return self._subject_of(head.head, depth + 1)
            return head
        if verb.dep_ == "prep" or head.dep_ == "prep":
            return self._subject_of(head if verb.dep_ == "prep" else head.head, depth + 1)
        if (verb.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in PROCESS_NOUNS and head.pos_ == "VERB"
                and depth > 0):
            # "X initiated the process of returning Y": the one who undertakes the process acts
            return self._subject_of(head, depth + 1)
        return None

    @staticmethod
    def _stranded_subject(verb: Any) -> Optional[Any]:
        """The subject the parser hung in an opening phrase as one more item of its list: "With
        the signing of the accord, Chad and Niger have agreed to ..." (Chad a conjunct of
        "accord"). It is the first conjunct after the comma that closes the phrase, when nothing
        but auxiliaries and adverbs stand between it and the subjectless main verb."""
        lead = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i), None)
        if lead is None or lead.i != verb.doc[lead.i].sent.start:
            return None
        if (lead.is_title and not lead.is_stop and lead.lower_ not in _OPENING_PREPS and lead.i + 1 < len(lead.doc)
                and lead.doc[lead.i + 1].dep_ == "pobj" and lead.doc[lead.i + 1].pos_ == "PROPN"
                and lead.doc[lead.i + 1].head.i == lead.i and lead.right_edge.i < verb.i):
            # a first name the tagger took for a preposition opening the sentence ("Abdou/IN
            # Diallo and Kwame Asante held talks"): the name is the subject
            return lead
        for x in lead.subtree:
            if x.dep_ != "conj" or x.i < 1 or x.doc[x.left_edge.i - 1].text != "," or x.pos_ not in ("NOUN", "PROPN"):
                continue
            end = x.right_edge.i
            if end < verb.i and all(t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in x.doc[end + 1:verb.i]):
                return x
            return None
        return None

    def _stranded_agent(self, verb: Any) -> Optional[Any]:
        """"X was accused of misusing funds by Y": the parser hangs the passive's "by" phrase on the
        active gerund of its complement, whose subject is X and whose agent it cannot be: Y."""
        for c in verb.children:
            if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("dobj", "oprd"):
                # "X was listed as a terrorist group by Y", "X was declared a terrorist group by
                # Y": the "by" phrase hung on the role noun
                role = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else c
                by = self._prep_object(role, "by") if role is not None else None
                if by is not None and by.pos_ in ("NOUN", "PROPN"):
                    return by
                continue
            if c.dep_ != "prep" or c.lower_ not in ("of", "for", "with"):
                continue
            ger = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if ger is None or not any(g.dep_ == "dobj" for g in ger.children):
                continue
            by = self._prep_object(ger, "by")
            if by is not None and by.pos_ in ("NOUN", "PROPN"):
                return by
        return None

    @staticmethod
    def _war_country(obj: Any, sources: list[Actor], ctx: DocContext, off: int) -> list[Actor]:
        """"demanded an end to the fighting" naming no place: in a story about one country's war
        the appeal is made to that country's warring parties (CAMEO codes the appeal's target as
        the country), unless the speaker is of that country."""
        if obj.lemma_.lower() not in STOPPING_NOUNS:
            return []
        war = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("to", "of")
                    for g in c.children if g.dep_ == "pobj"), None)
        if war is None or war.lemma_.lower() not in FIGHTING_NOUNS or any(c.dep_ == "prep" for c in war.children):
            return []  # (a place or a party named there is for the target slots to find)
        iso = ctx.dominant_country()
        if not sources or iso is None or any(a.country == iso for a in sources):
            return []
        start = off + war.idx
        return [Actor(war.text, start, start + len(war.text), iso, iso, (), None, None, None, "context")]

    @staticmethod
    def _addressee(verb: Any) -> Optional[Any]:
        """"wrote to the president urging him to ...": a participle hung on the object of a
        verb's preposition whose own object is a plain pronoun (which cannot stand for the
        participle's own subject) tells the writer's act, aimed at that noun: the noun."""
        if verb.tag_ != "VBG":
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in ("him", "her", "them"):
            return None
        head = verb.head
        if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
            return head
        if verb.dep_ == "advcl" and head.pos_ == "VERB":
            # (the participle parsed onto the verb itself)
            to = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            return next((g for g in to.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None) if to is not None else None
        return None

    @staticmethod
    def _joint(chain: list[Any]) -> bool:
        """The act is done jointly: "issued a joint statement pledging ...", "jointly pledged", "together"."""
        for h in chain:
            for c in h.children:
                if c.lower_ in ("jointly", "together") and c.dep_ == "advmod":
                    return True
                if c.dep_ == "dobj" and any(g.lower_ == "joint" and g.dep_ == "amod" for g in c.children):
                    return True
        return False

    @staticmethod
    def _misparsed_object(verb: Any) -> Optional[Any]:
        """A second subject after the verb is its object misparsed ("X met U.S. Secretary of State Y, who ...")."""
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subs) == 2 and subs[0].i < verb.i < subs[1].i and subs[1].pos_ in ("PROPN", "NOUN"):
            return subs[1]
        # "welcomed visiting Chilean envoy X": the adjective "visiting" taken for a verb of its own
        # (an xcomp right after the verb), the guest for its object
        vis = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lower_ == "visiting"
                    and c.i == verb.i + 1), None)
        if vis is not None:
            guest = next((g for g in vis.children if g.dep_ == "dobj"), None)
            if guest is not None:
                return guest
        # "seized up to 40 Malian herders": the quantity's "up" taken for a particle and "to"
        # for a preposition; the counted noun is the object
        up = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"), None)
        if up is not None:
            to = next((c for c in list(verb.children) + list(up.children)
                       if c.dep_ == "prep" and c.lower_ == "to" and c.i == up.i + 1), None)
            counted = next((x for x in to.children if x.dep_ == "pobj"), None) if to is not None else None
            if counted is not None and counted.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "nummod" and c.i == to.i + 1 for c in counted.children):
                return counted
        return None

    def _misparsed_main_verb(self, verb: Any, entry: TriggerEntry) -> bool:
        """A past-tense main verb the parser hung on its subject as a participle. Either the
        subject noun is the whole sentence's root and the verb shows an active use (a direct
        object, "A Kenyan weekly criticised on Monday the ministry", or its own particle with an
        object, "A Kenyan weekly called on Tuesday on Ugandans to ..."), or it closes a sentence
        that reports a clause ("The ministry is hiding the figures, an opposition group charged
        on Friday"). A caption keeps the passive reading: "Three soldiers killed in a blast" has
        neither an object nor a clause before it."""
        head = verb.head
        if any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children) or self._prep_object(verb, "by") is not None:
            return False
        if not self._animate(head):
            return False
        if head.dep_ == "ROOT":
            if any(c.dep_ == "dobj" for c in verb.children):
                return True
            return entry.particle is not None and any(
                c.dep_ == "prep" and c.lower_ == entry.particle and any(g.dep_ == "pobj" for g in c.children)
                for c in verb.children)
        if head.dep_ != "appos" or entry.code[:2] not in SPOKEN_ROOTS | {"11", "14"}:
            return False
        # "..., a farmers' union objected again on Friday": nothing but adverbs after the verb, a
        # comma before the noun phrase, and the sentence's own main verb earlier
        if any(c.dep_ not in ("advmod", "npadvmod", "punct") for c in verb.children if c.i > verb.i):
            return False
        start = min(t.i for t in head.subtree)
        doc = verb.doc
        root = verb.sent.root
        return start > 0 and doc[start - 1].text == "," and root.pos_ in ("VERB", "AUX") and root.i < start

    def _has_agent(self, verb: Any) -> bool:
        return any(c.dep_ == "agent" for c in verb.children)

    def _is_passive(self, verb: Any) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)

    def _noun_source(self, noun: Any) -> Optional[Any]:
        for c in noun.children:
            if c.dep_ == "poss":
                return c
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "of"):
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in self.k.agents or fold(obj.text) in self.k.agents):
                    return obj
        return None

    def _suffered(self, verb: Any) -> bool:
        """A passive verb of harm ("were killed / wounded / attacked in ..."): its subject suffered
        the act ("were engaged in fighting" is no harm done to them)."""
        if not self._is_passive(verb) and not (verb.tag_ == "VBN" and verb.dep_ == "acl"):
            return False  # (a reduced passive: "two guards killed in an ambush")
        e = self._entry_for(verb)
        return e is not None and e.code[:2] in HOSTILE_ROOTS

    @staticmethod
    def _accident(verb: Any) -> bool:
        """A death or injury told with its cause an accident or disaster: "killed in a crash",
        "injured by the earthquake", "died in a stampede"."""
        for c in verb.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "after", "when"):
                for o in c.children:
                    if o.dep_ == "pobj" and any(t.lemma_.lower() in ACCIDENT_NOUNS for t in [o, *(x for x in o.children if x.dep_ == "conj")]):
                        return True
        return False

    @staticmethod
    def _own_claim(verb: Any) -> bool:
        """The sentence's main clause, or what a source says or found ("..., the report found")."""
        return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORT_LEMMAS | {"find", "conclude"})

    @staticmethod
    def _held_responsible(tok: Any) -> Optional[Any]:
        """The copula of "X is behind the attack" / "X is responsible for the killings", whose
        subject is the author of the event noun; None otherwise. Only as the sentence's own claim:
        "evidence proving / suspicions that X was behind the attack" alleges it."""
        if tok.dep_ != "pobj":
            return None
        prep = tok.head
        if prep.lower_ == "behind" and prep.dep_ == "prep" and prep.head.lemma_.lower() == "be" and ArgumentRules._own_claim(prep.head):
            return prep.head
        adj = prep.head
        if (prep.lower_ == "for" and adj.lemma_.lower() == "responsible" and adj.dep_ == "acomp" and adj.head.lemma_.lower() == "be"
                and ArgumentRules._own_claim(adj.head)):
            return adj.head
        return None

    @staticmethod
    def _died_of(tok: Any) -> Optional[Any]:
        """The verb of dying whose cause is the event noun: "died in clashes", "died of torture",
        "died as a result of the beating", "were killed or died in the bombing"."""
        h = tok
        for _ in range(3):
            if h.dep_ != "pobj" or h.head.dep_ != "prep":
                return None
            prep = h.head
            if prep.head.pos_ in ("VERB", "AUX"):
                verb = prep.head
                ok = prep.lower_ in DEATH_PREPS or (prep.lower_ == "as" and h.lemma_.lower() == "result")
                # ("lost their lives in the bombing" is dying in it)
                dying = verb.lemma_.lower() in DEATH_VERBS or (verb.lemma_.lower() == "lose" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children))
                return verb if ok and dying else None
            if prep.lower_ != "of" or prep.head.lemma_.lower() not in ("result", "consequence", "because"):
                return None
            h = prep.head
        return None

    @staticmethod
    def _unknown_agent(tok: Any, offset: int) -> Actor:
        """The unknown doer of an act (code ---), mentioned by the weapon or act that names it
        ("a roadside bomb"), or by the verb itself ("were freed")."""
        toks = [tok] if tok.pos_ in ("VERB", "AUX") else [
            t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("amod", "compound", "det", "nummod")] + [tok]
        first = min(toks, key=lambda t: t.i)
        return Actor(tok.doc.text[first.idx : tok.idx + len(tok.text)], offset + first.idx, offset + tok.idx + len(tok.text),
                     UNCODED, None, (), None, None, None, "composition")

    def _weapon_author(self, weapon: Any) -> Optional[Any]:
        """Who a weapon subject is laid to by its participle: "a bomb planted / set off by X",
        "a blast blamed on X", "a device attributed to X" (CAMEO codes the bombing as X's)."""
        for c in weapon.children:
            if c.dep_ != "acl" or c.tag_ != "VBN":
                continue
            prep = "on" if c.lemma_.lower() == "blame" else "to" if c.lemma_.lower() in ("attribute", "ascribe", "link") else "by"
            obj = self._prep_object(c, prep)
            if obj is None and c.lemma_.lower() in ("believe", "think", "suspect", "say", "report", "thought"):
                # "a missile believed to have been fired by X": the suspected author
                told = next((x for x in c.children if x.dep_ == "xcomp" and x.tag_ == "VBN"), None)
                obj = self._prep_object(told, "by") if told is not None else None
            if obj is not None:
                return obj
        return None

    def _prep_object(self, tok: Any, prep: str) -> Optional[Any]:
        for c in tok.children:
            if c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == prep:
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
                if c.i + 1 < len(c.doc):
                    # "offered refuge to four reporters hiding in a church": the parse made the object
                    # the subject of the participle after it; the subject starts right after "to"
                    nxt = c.doc[c.i + 1]
                    subj = next((x for x in [nxt, *nxt.ancestors] if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj.left_edge.i == c.i + 1 and subj.pos_ in ("NOUN", "PROPN") and (
                            (subj.head.dep_ in ("advcl", "acl", "ccomp") and subj.head.head.i == tok.i)
                            or (subj.head.dep_ == "pcomp" and subj.head.head.i == c.i)):
                        return subj
        return None

    @staticmethod
    def _topic_country(obj: Any, top: Any, place: Place) -> bool:
        """The place is a country named inside what talks are about ("talks with Y about access in
        X", "discussed the crisis in X"): the topic's place, not where they met. A city there is
        mostly where they met ("talks on the dam in Addis Ababa")."""
        if place.lat is not None:
            return False
        t = obj
        while t.i != top.i and t.head.i != t.i:
            t = t.head
            if t.dep_ == "prep" and t.lower_ in TOPIC_PREPS and t.i != top.i:
                return True
        return top.dep_ == "prep" and top.lower_ in TOPIC_PREPS

    def _prep_object_deep(self, tok: Any, preps: tuple[str, ...]) -> Optional[Any]:
        """A prepositional object anywhere inside a noun phrase (not crossing clauses)."""
        stack = [tok]
        while stack:
            t = stack.pop(0)
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
                if c.dep_ in ("prep", "pobj", "conj", "compound", "amod", "appos"):
                    stack.append(c)
        return None

    @staticmethod
    def _toll_victims(verb: Any, res_target: Any) -> list[Actor]:
        """The dead an attack noun is said to have caused: "the raid resulted in the deaths of six
        Ruritanian militants", "the ambush claimed the lives of four guards" -- those killed are
        the attack's target (CAMEO codes the attack on them)."""
        if verb.lemma_.lower() not in ("result", "lead", "cause", "claim", "bring"):
            return []
        heads = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "about")
            for g in c.children if g.dep_ == "pobj"]
        for n in heads:
            if n.lemma_.lower() not in ("death", "killing", "life", "loss"):
                continue
            of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            victim = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if victim is not None:
                return list(res_target(victim))
        return []

    def _coercion_aim(self, verb: Optional[Any], res_target: Any) -> list[Actor]:
        """Whom a use of force is meant to coerce: "troops fired shots to scatter the marchers",
        "opened fire to disperse the crowd" -- the object of a purpose infinitive that is itself a
        coercive act (17-20) is the one the force is aimed at."""
        if verb is None:
            return []
        for c in verb.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and _infinitive(c) and c.i > verb.i:
                aim = self._entry_for(c)
                obj = next((x for x in c.children if x.dep_ == "dobj"), None)
                if aim is not None and aim.code[:2] in ("17", "18", "19", "20") and obj is not None:
                    return list(res_target(obj))
        return []

    def _slot_token(self, tok: Any, slot: str) -> Optional[Any]:
        """The token filling a verb's target slot: a dependent ("dobj", "dative") or the object of
        a preposition on the verb or on its direct object."""
        if slot in ("dobj", "dative", "iobj", "attr", "nsubjpass", "oprd"):
            t = next((c for c in tok.children if c.dep_ == slot), None)
            if t is None and slot == "dobj":
                t = self._misparsed_object(tok)
            if t is not None and t.pos_ == "ADP":
                # a dative "to" ("provide aid to Ghana and Togo"): its object, with its conjuncts
                t = next((x for x in t.children if x.dep_ == "pobj"), t)
            return t
        t = self._prep_object(tok, slot)
        if t is None and slot == "from":
            # "pulled (its troops) out of X", "moved out of X": "out of" is "from"
            out = next((c for c in tok.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"), None)
            t = self._prep_object(out, "of") if out is not None else None
            if t is None and out is not None:
                t = self._prep_object(tok, "of") if any(c.dep_ == "prep" and c.lower_ == "of" and c.i == out.i + 1
                                                        for c in tok.children) else None
            if t is not None and t.pos_ != "PROPN":
                t = None  # ("forced the agency out of the country": the one forced out is the target)
        if t is None and slot == "against" and (purpose := self._prep_object(tok, "for")) is not None:
            t = self._prep_object(purpose, slot)  # "called up the navy for a conflict against X"
        if t is None:
            dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if dobj is None and slot != "on":
                # a prepositional verb's object stands in for the direct object: "reneged on
                # its pledge to the dockers", "backed out of its promise to X"
                dobj = self._prep_object(tok, "on") or self._prep_object(tok, "upon")
            if dobj is None and slot in ("to", "for"):
                # "advised against travel to X": the warned-against trip names where it goes
                dobj = self._prep_object(tok, "against")
            if dobj is not None and dobj.lemma_.lower() in PARTITIVE_NOUNS and (whole := self._prep_object(dobj, "of")) is not None:
                dobj = whole  # "suspended part of an aid programme for X": the programme is the object
            if dobj is not None:
                t = self._prep_object(dobj, slot)
                if t is None:
                    # "fired shells and rockets against X": a coordinated
                    # object list shares the preposition hung on its last conjunct
                    t = next((o for c in dobj.conjuncts if c.i > dobj.i
                              if (o := self._prep_object(c, slot)) is not None), None)
                inner = self._prep_object(dobj, "in") if t is None else None
                if inner is not None:
                    t = self._prep_object(inner, slot)  # "announced $5 million in aid for X"
                if t is None and slot in ("to", "for"):
                    # "released a $90 million tranche of its loan to X", "sent a shipment of
                    # grain to X": the recipient hangs on the noun the quantity is of
                    inner = self._prep_object(dobj, "of")
                    if inner is not None:
                        t = self._prep_object(inner, slot)
                    on = self._prep_object(dobj, "on") if t is None else None
                    if on is not None:
                        t = self._prep_object(on, slot)  # "lifted the embargo on arms sales to X": where the barred trade goes
                if t is None and slot in ("with", "between"):
                    # "signed an agreement on energy cooperation with X", "a loan agreement worth
                    # 30 billion yen with X": the partner hangs deeper in the object phrase
                    # ("attend a hearing by the court over a dispute with Y": a gathering held by a
                    # named party is held with it; the dispute deeper in names only its topic)
                    t = self._prep_object(dobj, "by") if dobj.lemma_.lower() in GATHERING_NOUNS else None
                    if t is None:
                        t = self._prep_object_deep(dobj, (slot,))
        if t is None and slot == "with":
            # "spoke by telephone with X", "held talks via video link with X": the partner hangs on
            # the means the parse made the verb's prepositional object
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "via", "over", "through"):
                    means = next((x for x in c.children if x.dep_ == "pobj"), None)
                    t = self._prep_object(means, "with") if means is not None else None
                    if t is not None:
                        break
        return t

    def _faced_from(self, tok: Any) -> Optional[tuple[Any, Any]]:
        """The verb and the giver of an act its subject meets with: "X faced criticism from Y",
        "X drew a rebuke from Y", "X is under pressure from Y" (Y acts, X is the target)."""
        verb: Optional[Any] = None
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in RECEIVING_VERBS:
            verb = tok.head
        elif (tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in ("VERB", "AUX")
              and tok.head.head.lemma_.lower() in ("be", "come", "remain", "fall")):
            verb = tok.head.head
        if verb is None:
            return None
        giver = self._prep_object(tok, "from")
        if giver is None:
            giver = self._prep_object(verb, "from")
        return (verb, giver) if giver is not None else None

    def _attack_author(self, verb: Any, res: Any) -> list[Actor]:
        """Who carried out the attack a passive suffering took place in: "were killed in an air
        strike by the army", "died in <country>'s shelling", "were wounded in <demonym> artillery fire"."""
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
                continue
            for noun in (x for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"):
                e = self._entry_for(noun)
                if (e is None or e.code[:2] not in ATTACK_ROOTS) and noun.lemma_.lower() not in WEAPON_NOUNS:
                    continue
                by = res(self._prep_object(noun, "by"))
                if by:
                    return by
                for m in noun.children:
                    if m.dep_ in ("poss", "amod", "compound", "nmod"):
                        found = [a for a in res(m) if a.country]
                        if found:
                            return found
        return []

    def _claimed_target(self, tok: Any, res_target: Any, res: Any) -> list[Actor]:
        """A claim of responsibility is aimed at the target of the attack claimed: "claimed the
        bombing of <country>'s embassy", "claimed responsibility for an attack on a hotel in <city>",
        "said that they had shelled <country>"; failing a named target, the country where it struck."""
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        acts: list[Any] = []
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "prep" and c.lower_ == "for":
                acts.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))  # "for shelling X"
            elif c.dep_ in ("dobj", "ccomp"):
                acts.append(c)
        for act in acts:
            e = self._entry_for(act)
            if e is None or e.code[:2] not in ATTACK_ROOTS:
                continue
            steps = [act] + [c for c in act.children if c.dep_ == "acl" and c.pos_ == "VERB"]  # "an attack targeting X"
            for h in steps:
                for c in h.children:
                    if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "against")):
                        t = c if c.dep_ == "dobj" else next((x for x in c.children if x.dep_ == "pobj"), None)
                        found = [a for a in res_target(t) if a.country]
                        if found:
                            return found
            # "an attack on a mall in <country>'s capital": the country where it struck
            for h in (x for x in act.subtree if x.dep_ == "pobj" and x.head.lower_ in ("in", "at", "inside")):
                found = [a for a in res(h) if a.country and a.country != "IGO"]
                if len(found) == 1:
                    return [replace(found[0], code=found[0].country, sectors=())]
        return []

    def _aim_targets(self, tok: Any, light: Optional[Any], matches: SentenceMatches, ctx: DocContext, sent: Sentence,
                     doc: Document) -> list[Actor]:
        """Whom a protest is aimed at, read from the demand or grievance it is held for: "began a
        hunger strike to demand the resignation of X", "blocked roads to show their anger at X's
        tariffs", "marched calling for the removal of X", "rallied demanding that X free ...".
        (The aim itself is not coded on its own: _protest_aim.)"""
        for head in (tok, light):
            if head is None:
                continue
            for c in head.children:
                stance = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "in" else None
                if stance is not None and stance.lemma_.lower() in ("defiance", "protest", "opposition"):
                    # "blocked streets in defiance of X", "struck in protest at X's tariffs", "in
                    # opposition to X": the stance names whom the protest is aimed at
                    for p in ("of", "at", "against", "to", "over"):
                        obj = self._prep_object(stance, p)
                        if obj is None:
                            continue
                        acts = self._resolve(obj, matches, ctx, sent, doc) or next(
                            (self._resolve(x, matches, ctx, sent, doc) for x in obj.children
                             if x.dep_ in ("poss", "amod", "nmod", "compound") or (x.dep_ == "prep" and x.lower_ == "by")), [])
                        if acts:
                            return acts
                if c.dep_ == "prep" and c.lower_ == "over":
                    # "stopped work over a law signed by X", "rallied over X's decision"
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    by = next((x for a in (obj.children if obj is not None else ()) if a.dep_ == "acl" and a.tag_ == "VBN"
                               and _owner_participle(a)
                               for g in a.children if g.dep_ == "agent" for x in g.children if x.dep_ == "pobj"), None)
                    acts = self._resolve(obj, matches, ctx, sent, doc) or self._resolve(by, matches, ctx, sent, doc)
                    if acts:
                        return acts
                if c.dep_ not in ("advcl", "xcomp", "acl") or c.pos_ != "VERB" or not (_infinitive(c) or c.tag_ == "VBG"):
                    continue
                if c.lemma_.lower() == "join":
                    # "rioted, joining the crowds in demanding X": the demand joined is the aim
                    c = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                              for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), c)
                clause = next((g for g in c.children if g.dep_ == "ccomp" and g.pos_ in ("VERB", "AUX")), None)
                subj = self._clause_subject_token(clause) if clause is not None else None
                if subj is not None:
                    return self._resolve(subj, matches, ctx, sent, doc)
                entry = self._entry_for(c)
                if entry is None and c.lemma_.lower() not in VOICING_VERBS:
                    continue
                generic = TriggerEntry("020", "verb", c.lemma_.lower(), (c.lemma_.lower(),),
                                       None, frozenset(), frozenset(), AIM_SLOTS, ("nsubj",), False, True, None)
                icand = self._arguments(c, generic, matches, ctx, sent, doc)
                if icand is not None and icand.targets:
                    return icand.targets
        return []

    def _arguments(self, tok: Any, entry: TriggerEntry, matches: SentenceMatches, ctx: DocContext, sent: Sentence, doc: Document,
                   aimless: bool = False) -> Optional[_Candidate]:
        off = sent.start
        day = doc.date

        def res(t: Optional[Any]) -> list[Actor]:
            if t is None:
                return []
            return self.actors.resolve(t, matches, ctx, off, day)

        def res_target(t: Optional[Any]) -> list[Actor]:
            # "raided a shelter for Sudanese migrants", "demanded the removal of President X",
            # "endorsed an agreement with X": a thing that names no actor stands for the one it
            # belongs to, serves or is made with; "demanded an apology by X", "investigated crimes
            # by X", "sought sanctions against X": for whoever does it or suffers it; "undertook a
            # mission between X and Y": for both parties
            if t is not None and t.pos_ == "NOUN" and (entry.code[:2] == "16" or entry.code in ("1312", "085")):
                # "tariffs on steel imports from X", "a ban on goods from X": a trade measure is aimed
                # at where the goods come from (not at "exports to Y", the market they go to)
                goods = self._prep_object(t, "on")  # "threatened tariffs on wine from X"
                came = self._prep_object(t, "from") or (self._prep_object(goods, "from") if goods is not None else None)
                if came is None and tok.dep_ == "dobj" and not res(t):
                    came = self._prep_object(tok.head, "from")  # (the parse may hang "from X" on the verb)
                acts = res(came) if came is not None else []
                if acts:
                    return acts
            acts = res(t)
            # (a statement is aimed at whom it is made to, not at whom what it announces concerns)
            preps = ("of", "for", "with") if entry.code[:2] == "01" else ("of", "for", "with", "by", "against", "between", "among")
            if entry.code[:2] in ("09", "11"):
                # "denounced the referendum in X", "probed the killings in X": a judged or examined
                # thing that names no actor stands for the place it happened in
                preps = preps + ("in",)
            if not acts and t is not None and t.pos_ == "NOUN":
                for prep in preps:
                    o = self._prep_object(t, prep)
                    acts = res(o) if o is not None and o.pos_ in ("NOUN", "PROPN") else []
                    if prep in ("between", "among") and any(_same_actor(a, s) for a in acts for s in sources):
                        # "promoted cooperation between X and other countries" (X the subject)
                        acts = []
                    if acts:
                        break
                if not acts and entry.code[:2] != "01":
                    # "released a trawler operated by X", "the return of land seized by X": the thing
                    # stands for whoever holds it; "a suspension of air links with X": for the
                    # partner of the thing it is about
                    owner = next((x for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i != tok.i
                                  and _owner_participle(c)
                                  for g in c.children if g.dep_ == "agent" for x in g.children if x.dep_ == "pobj"), None)
                    of = self._prep_object(t, "of")
                    for o in [owner] + [self._prep_object(of, p) for p in ("with", "to", "against")
                                        if of is not None and of.pos_ == "NOUN"]:
                        acts = res(o) if o is not None and o.pos_ in ("NOUN", "PROPN") else []
                        if acts:
                            break
            if not acts and t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in OVERTURE_NOUNS:
                # "rejected an offer to hold talks with X", "an invitation to attend a meeting of X":
                # an overture names its party in the act it proposes
                act = next((c for c in t.children if c.dep_ == "acl" and c.pos_ == "VERB" and _infinitive(c)), None)
                obj = next((c for c in act.children if c.dep_ == "dobj"), None) if act is not None else None
                # "accepted an invitation to visit Brasilia": the host is the place to be visited
                visited = ([obj] if obj is not None and obj.pos_ == "PROPN" and act.lemma_.lower() == "visit"
                           else [self._prep_object(act, "to")] if act is not None and act.lemma_.lower() in ("come", "travel")
                           else [])
                for o in ([self._prep_object(act, "with")] if act is not None else []) + (
                        [self._prep_object(obj, p) for p in ("with", "of", "between")] if obj is not None else []) + visited:
                    acts = [a for a in res(o) if not any(_same_actor(a, s) for s in sources)] if o is not None else []
                    if acts:
                        break
            if acts and t is not None and t.dep_ == "pobj" and t.head.dep_ == "prep":
                # "held talks with X, ..., and with Y": the same preposition coordinated
                for c in t.head.children:
                    if c.dep_ == "conj" and c.lower_ == t.head.lower_:
                        o = next((x for x in c.children if x.dep_ == "pobj"), None)
                        acts = acts + [a for a in res(o) if not any(_same_actor(a, b) for b in acts)]
            return acts

        def unknown(t: Optional[Any]) -> list[Actor]:
            # a person or group that no table codes keeps its words and span (code ---, no country)
            if t is not None and self._last_resort and t.pos_ == "PRON" and t.lower_ in LAST_RESORT_PRONOUNS:
                # (last resort: "He accused the envoy of lying", with no one "he" can be: an
                # unknown speaker still made the accusation)
                return [Actor(t.text, off + t.idx, off + t.idx + len(t.text), UNCODED, None, (), None, None, None, "composition")]
            found = self.actors.unresolved(t, matches, off) if t is not None else []
            if t is not None and self._last_resort and any(
                    x.lemma_.lower() in ACCIDENT_NOUNS or x.lemma_.lower() in FIRE_NOUNS
                    for x in [t] + [c for c in t.children if c.dep_ == "compound"]):
                return []  # ("Cyclone Idai slammed into the coast": a hazard, no actor)
            if (not found and t is not None and self._last_resort and (t.dep_ == "nsubj" or _root_subject(t)) and t.pos_ in ("NOUN", "PROPN")
                    and t.i not in matches.by_token and t.ent_type_ not in NON_ACTOR_ENTITIES
                    and (t.pos_ == "PROPN" or self._animate(t)
                         # (a document speaks for whoever put it out, unnamed here: "The communique
                         # urged Lusatia to free the crew" still tells the appeal; only its verbal
                         # acts, never an attack or a deed a paper cannot do)
                         or (t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_NOUNS and entry.code[:2] in DOCUMENT_ACT_ROOTS
                             and not any(c.dep_ == "poss" for c in t.children))
                         # ("scores of traders", "hundreds of farmers")
                         or (t.lemma_.lower() in PARTITIVE_NOUNS | CROWD_COUNTS and (o := self._prep_object(t, "of")) is not None
                             and (self._animate(o) or o.lemma_.lower() in self.k.actor_words.person_nouns)))):
                # (people and groups, not things or documents: "the number of
                # refugees declined", "a gas explosion damaged a hotel" have no actor)
                # ("the group said it had killed ten people", "BLA demanded the release of ...": the
                # subject that acts, whoever it is)
                found = [self._unknown_agent(t, off)]
            return found

        def unknown_source(t: Optional[Any], verb: Optional[Any] = None) -> list[Actor]:
            # an uncoded source only where it is plainly the one who acts: an active subject, an
            # agent ("by X"), an owner ("X's visit"), the subject of a frame ("X is scheduled to
            # meet"), not the subject of the passive verb itself ("X was killed in an airstrike")
            if not self.options.uncoded_sources or t is None:
                return []
            if t.dep_ not in ("nsubj", "pobj", "poss") and not (t.dep_ == "nsubjpass" and verb is not None and t.head.i != verb.i) \
                    and not _root_subject(t):
                return []
            return unknown(t)

        sources: list[Actor] = []
        targets: list[Actor] = []
        uncoded: list[Actor] = []
        chain = [tok]
        pair = False
        light = None
        rule = entry.pos
        if entry.pos == "adj":
            # "X is pessimistic about Y": the subject of the copula feels it, about whoever the
            # phrase it is about names (or the subject of the that-clause: "confident that Y will ...")
            head = tok.head if tok.dep_ == "acomp" else tok
            if head.dep_ == "ccomp" and self._tone(head) is not None and (rep := self._entry_for(head.head)) is not None \
                    and rep.embed == "report":
                return None  # "X said it was optimistic": the report carries it (_reported_demand)
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                # (the parser may hang the subject on the auxiliary: "the government [is] committed")
                subj = next((g for c in head.children if c.dep_ in ("aux", "auxpass") for g in c.children
                             if g.dep_ in ("nsubj", "nsubjpass")), None) or self._subject_of(head)
            sources = res(subj) or unknown_source(subj, head if subj is None or subj.dep_ != "nsubjpass" else None)
            if not sources and subj is not None and subj.dep_ == "nsubjpass" and self.options.uncoded_sources:
                sources = unknown(subj)
            for slot in entry.target:
                t = self._prep_object(tok, slot)
                if t is None:
                    continue
                # the first actor the phrase names ("about the prospects of talks with X")
                for x in self._named_in(t, matches):
                    targets = [a for a in res_target(x) if not any(_same_actor(a, b) for b in sources)]
                    if targets:
                        break
                if targets:
                    break
            if not targets:
                clause = next((c for c in list(tok.children) + list(head.children) if c.dep_ == "ccomp"), None)
                csubj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
                if csubj is not None and csubj.lower_ not in ("it", "this", "that", "there", "we", "i", "they"):
                    targets = self._others(res_target(csubj), sources)
            h = head
            if h is not tok:
                chain.append(h)
            while h.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and h.head.i != h.i and len(chain) < 5:
                h = h.head
                chain.append(h)
        elif entry.pos == "verb":
            participle = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN")
            active = participle and self._misparsed_main_verb(tok, entry)
            if active:
                participle = False  # "A Kenyan weekly urged on Monday ...": the noun is the subject
            # "two officers stand accused of the killing": a participle after "stand"/"remain" is
            # a passive whose subject is the copula's
            stood = (tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acomp", "xcomp", "oprd")
                     and tok.head.lemma_.lower() in ("stand", "remain")
                     and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
            passive = (self._is_passive(tok) or participle or stood) and entry.passive_target_is_subject
            if passive and tok.lemma_.lower() in ("engage", "involve") and self._prep_object(tok, "in") is not None:
                passive = False  # "troops were engaged in fighting": their own act
            stance = False
            if passive and not participle and entry.code[:2] in ("11", "12") and self._prep_object(tok, "by") is None \
                    and self._prep_object(tok, "to") is not None:
                passive, stance = False, True  # "X is opposed to Y": a stance of the subject, not done to it
            if passive:
                agent = self._prep_object(tok, "by")
                if agent is None and (stranded := self._stranded_agent(tok)) is not None and res(stranded):
                    agent = stranded  # (one that names an actor: not "of smuggling arms by boat")
                sources = res(agent) or unknown_source(agent)
                if agent is not None and agent.lemma_.lower() in ACCIDENT_NOUNS and entry.code[:2] in ATTACK_ROOTS:
                    sources = []  # "killed by the <airline> crash": the name in the accident is no attacker
                # "soldiers backed by AU troops": the participle's head noun is the target
                subj = tok.head if participle else next((c for c in (tok.head if stood else tok).children
                                                         if c.dep_ == ("nsubj" if stood else "nsubjpass")), None)
                if subj is not None and subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                    subj = _antecedent(tok.head)  # "X is a militia that was listed as ... by Y": X
                targets = res_target(subj)
                uncoded = [] if targets else unknown(subj)
                rule = "verb-passive"
                if (not targets and not participle and subj is not None and entry.code[:2] in ATTACK_ROOTS
                        and any(w.lemma_.lower() in WEAPON_NOUNS or w.lower_.rstrip("s") in WEAPON_NOUNS  # ("mortar rounds")
                                for w in [subj] + [c for c in subj.children if c.dep_ == "compound"])
                        and not any(c.dep_ in ("compound", "amod", "poss") and res(c) for c in subj.children)):
                    # "a mortar bomb was fired at X from Y": the weapon is what was fired, the one
                    # it was fired at is the target, and the place it was fired from (a country or
                    # territory that is not the target's) stands for its unnamed author
                    origin = self._prep_object(tok, "from")
                    for slot in entry.target:
                        if slot in ("dobj", "nsubjpass") or (aim := self._slot_token(tok, slot)) is None:
                            continue
                        if origin is None and aim.pos_ == "NOUN" and (origin := self._prep_object(aim, "from")) is not None:
                            # ("fired at <demonym> towns from Y": the parser hangs the origin on the towns)
                            targets = [a for c in aim.children if c.dep_ in ("amod", "compound") for a in res(c)]
                        else:
                            targets = res_target(aim)
                        if targets:
                            break
                    if targets and not sources and origin is not None and origin.pos_ == "PROPN":
                        sources = [replace(a, code=a.country, sectors=(), name=None, role=None) for a in res(origin)[:1]
                                   if a.country and a.country != "IGO" and a.code in (a.country, a.country + "GOV")
                                   and all(a.country != t.country for t in targets)]
                if not sources and entry.mutual and subj is not None and subj.pos_ == "NOUN":
                    # "relations between X and Y were established in 1964", "X's ties with Y were
                    # restored": the parties are named in the subject itself
                    btw = self._prep_object_deep(subj, ("between", "among"))
                    parties = res(btw) if btw is not None else []
                    owners = res(next((c for c in subj.children if c.dep_ == "poss"), None))
                    if len(parties) >= 2:
                        sources, targets, uncoded, pair = parties, [], [], True
                    elif owners:
                        sources = owners
                        targets = [a for a in res(self._prep_object(subj, "with")) if not any(_same_actor(a, b) for b in sources)]
                        uncoded = []
                if self._last_resort and agent is None and not participle and not sources and (targets or uncoded) \
                        and (tok.dep_ == "ROOT" or (tok.head.dep_ == "ROOT" and (
                            # (what is hoped or feared will be done is not done: "she hoped they would
                            # be indicted"; a clause before the verb governing it is told: "X was
                            # accused of fraud, officials said")
                            tok.dep_ != "ccomp" or tok.head.lemma_.lower() in _REPORT_LEMMAS or tok.i < tok.head.i))) \
                        and entry.code[:2] not in ATTACK_ROOTS and tok.lemma_.lower() not in PERMIT_LEMMAS \
                        and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
                    # (last resort: "He was accused of incitement": the accuser is not named, the
                    # accusation was still made)
                    sources = [self._unknown_agent(tok, off)]
                    targets, uncoded = targets or uncoded, []
                elif (agent is None and not participle and targets and not sources and entry.code[:2] in UNNAMED_SOURCE_ROOTS
                        and tok.lemma_.lower() not in PERMIT_LEMMAS  # "is not allowed to leave" restricts
                        and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children)):
                    # "Seven Turkish drivers were freed": the unstated agent, mentioned by the verb
                    sources = [self._unknown_agent(tok, off)]
                elif ((not participle or _existential(tok)) and targets and not sources and entry.code[:2] in ATTACK_ROOTS
                      and (agent is None or not self._animate(agent)) and self._accident(tok)):
                    return None  # "twenty passengers were killed in a bus crash": no one attacked them
                elif ((not participle or _existential(tok)) and targets and not sources and entry.code[:2] in ATTACK_ROOTS
                      and (agent is None or agent.lemma_.lower() in WEAPON_NOUNS or not self._animate(agent))):
                    # "three policemen were killed (by a landmine)": an attack whose author is not
                    # named; the weapon, or the verb, stands for the unknown attacker ("by a
                    # Scud missile fired by X": the one the weapon is laid to)
                    sources = (self._attack_author(tok, res) if agent is None else res(self._weapon_author(agent))) or [
                        self._unknown_agent(agent if agent is not None else tok, off)]
                elif (agent is None and not participle and targets and not sources and entry.code[:2] == "15"
                      and subj is not None and (subj.lemma_.lower() in FORCE_NOUNS
                                                 or all(set(a.sectors) & _FORCE_SECTORS for a in targets))):
                    # "Indian troops were deployed / put on alert along the border": forces moved by
                    # their own side, the show of force is theirs (aimed at the place, if any)
                    sources, targets = targets, []
            else:
                subj_tok = tok.head if active else self._subject_of(tok)
                if entry.code == "060" and tok.lemma_.lower() in IN_FORCE_LEMMAS and (
                        subj_tok is None or subj_tok.lemma_.lower() not in AGREEMENT_NOUNS):
                    return None  # "the tariffs took effect", "women should come into the force": no pact
                sources = (res(subj_tok) or self._published_in(subj_tok, res) or self._reporting_subject(subj_tok, res, off)
                           or (unknown(subj_tok) if active and self.options.uncoded_sources else unknown_source(subj_tok, tok)))
                if (not sources and subj_tok is not None and entry.code[:2] in ATTACK_ROOTS
                        and (subj_tok.pos_ == "NOUN" or subj_tok.tag_ == "VBG")  # ("shelling killed five")
                        and not self._animate(subj_tok)
                        and (subj_tok.lemma_.lower() in WEAPON_NOUNS or self._entry_for(subj_tok) is not None)):
                    # "a roadside bombing killed two soldiers": the act or weapon, not an actor, is the
                    # subject; the attacker is unknown unless named in it ("airstrikes by the army")
                    sources = (res(self._prep_object(subj_tok, "by")) or res(self._weapon_author(subj_tok))
                               or [self._unknown_agent(subj_tok, off)])
                elif (not sources and subj_tok is None and entry.code[:2] in ATTACK_ROOTS
                      and (act := next((c for c in tok.children if c.dep_ in ("advcl", "csubj") and c.tag_ == "VBG"
                                        and c.i == tok.sent.start and c.i < tok.i
                                        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)), None)) is not None
                      and (how := self._entry_for(act)) is not None and how.code[:2] in ATTACK_ROOTS):
                    # "Shelling by government forces killed 30 civilians": the parser takes the act
                    # that opens the sentence for a participle; it is the subject, coded as itself
                    # (194), by whoever its "by" names
                    sources = res(self._prep_object(act, "by")) or [self._unknown_agent(act, off)]
                    entry = replace(entry, code=how.code)
                elif (not sources and subj_tok is not None and entry.code[:2] in ATTACK_ROOTS and tok.dep_ == "acl"
                      and subj_tok.i == tok.head.i and subj_tok.lemma_.lower() in ATTEMPT_NOUNS and _infinitive(tok)):
                    # "an attempt to assassinate the mayor was foiled": an attack tried by no one
                    # named (CAMEO codes the attempt as the act); the attempt stands for its author
                    sources = [self._unknown_agent(subj_tok, off)]
                elif (not sources and entry.mutual and subj_tok is not None and subj_tok.pos_ == "NOUN"
                      and subj_tok.dep_ == "nsubj" and subj_tok.head.i == tok.i
                      and (btw := self._prep_object_deep(subj_tok, ("between", "among"))) is not None
                      and len(parties := res(btw)) >= 2):
                    # "the fisheries pact between X and Y entered into force": an agreement that comes
                    # into being names its parties in itself, as in the passive ("... was signed")
                    sources, pair = parties, True
                elif (not sources and entry.code == "073" and subj_tok is not None and subj_tok.dep_ == "nsubj"
                      and subj_tok.lemma_.lower() in RELIEF_CARRIERS):
                    # "a convoy of trucks carrying flour from the WFP reached X": a carrier of relief
                    # that names no owner is sent by whoever its goods come from
                    sources = next((found for x in subj_tok.subtree if x.dep_ == "prep" and x.lower_ == "from"
                                    for g in x.children if g.dep_ == "pobj" if (found := res(g))), [])
                    if not sources and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _REPORT_LEMMAS:
                        # ("an aid convoy reached X, the Red Cross said": a relief agency telling of a
                        # convoy that names no owner tells of its own relief; a state or a person does not)
                        speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                        sources = [a for a in res(speaker) if not a.name and not a.role
                                   and ((a.country or "").startswith("IGO") or "NGO" in a.sectors)][:1] if speaker is not None else []
                # "X is opposed to Y": a stance of the subject, whose grammatical object is no target
                slot_toks = [(slot, self._slot_token(tok, slot)) for slot in entry.target if not (stance and slot == "nsubjpass")]
                if (addressee := self._addressee(tok)) is not None:
                    slot_toks = [("dobj", addressee)]  # "wrote to X urging him to ...": him is X
                elif tok.lemma_.lower() == "blame" and any(s == "on" and t is not None for s, t in slot_toks):
                    # "blamed the bombings on rebels in X": the object is the deed, the one it is
                    # put "on" is the accused
                    slot_toks = sorted(slot_toks, key=lambda st: st[0] != "on")
                for slot, t in slot_toks:
                    if slot == "dobj" and t is not None and entry.code[:2] == "07" and t.lemma_.lower() in entry.with_:
                        continue  # "send Vietnamese experts": the gift is not its recipient
                    targets = res_target(t)
                    if slot == "between" and targets:
                        pair = True
                    if slot == "in" and targets and entry.code[:2] in CAPITAL_AS_PLACE_ROOTS:
                        targets = self._capital_as_place(t, targets, sources, matches)
                    if targets:
                        break
                if not targets and entry.code[:2] == "07" and tok.lemma_.lower() in SEND_LEMMAS:
                    # "sent a team to help Kenya (rebuild)": the one helped
                    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    helper = next((c for c in list(tok.children) + (list(obj.children) if obj is not None else [])
                                   if c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.lower() in HELP_LEMMAS), None)
                    helped = next((g for c in (helper.children if helper is not None else ()) for g in
                                   ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "nsubj"] if c.dep_ in ("ccomp", "xcomp") else [])), None)
                    targets = self._others(res_target(helped), sources)
                if not targets and active and tok.head.dep_ == "appos":
                    # "The ministry is hiding the figures, an opposition group charged": the reported
                    # clause's subject is the one complained of
                    said = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    targets = self._others(res_target(said), sources)
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if (not targets and obj is not None and obj.pos_ == "NUM" and not any(c.dep_ == "prep" for c in obj.children)
                        and tok.dep_ == "conj" and tok.head.pos_ == "VERB"):
                    # "detained 30 Kenyan traders and deported 12": a bare number counts the people
                    # the coordinated verb before it named
                    prev = next((c for c in tok.head.children if c.dep_ == "dobj"), None) or self._misparsed_object(tok.head)
                    targets = self._others(res_target(prev), sources) if prev is not None and prev.pos_ != "NUM" else []
                if not targets and entry.code[:2] in ("02", "10") and (
                        asked := obj if obj is not None else self._prep_object(tok, "for")) is not None:
                    targets = self._war_country(asked, sources, ctx, off)  # "called for an end to the war"
                if not targets:
                    uncoded = next((a for _, t in slot_toks for a in [unknown(t)] if a), [])
                unnamed = bool(sources) and all(a.code == UNCODED for a in sources)
                if unnamed and not targets and not uncoded and entry.code[:2] in UNNAMED_SOURCE_ROOTS and any(
                        c.dep_ == "dobj" for c in tok.children):
                    # what an unknown name "released" or "provided" must be aimed at someone
                    # ("Apple released a new phone" is no concession)
                    sources = []
                if not targets and not entry.with_ and tok.lemma_.lower() in PERMIT_LEMMAS:
                    # "allowed the opposition to rally" is a concession to someone (the parser may
                    # make them the subject of the clause); "allowed the process to go on" names
                    # no one it is made to
                    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
                    allowed = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
                    targets = res_target(allowed)
                    if not targets or unnamed or all(a.sectors[:1] == ("CVL",) for a in sources):
                        sources = []  # ... and is made by someone with the power to allow
                if (entry.code[:2] in HOSTILE_ROOTS and tok.tag_ == "VBG"
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                    # "displaced by fighting between X and Y": a gerund with no subject of its own
                    # is the act of the pair it is between, not of the subject it would inherit
                    between = self._prep_object(tok, "between")
                    parties = res(between) if between is not None else []
                    if len({(a.code, a.text) for a in parties}) >= 2:
                        sources, targets, uncoded, pair = parties, [], [], True
                    elif (tok.dep_ == "advcl" and subj_tok is not None and subj_tok.dep_ == "nsubjpass"
                          and subj_tok.head.i == tok.head.i):
                        # "five people were killed in <demonym> tank shelling" (the gerund hung on
                        # the passive verb): those who suffered the act did not carry it out
                        sources = []
                if entry.converse and not pair and (targets or uncoded):
                    # "Georgia received weapons from Russia": the giver is the source
                    sources, targets, uncoded = targets or uncoded, sources, []
            h = tok
            while len(chain) < 5:
                if h.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and h.head.i != h.i:
                    h = h.head
                elif h.dep_ == "prep" and h.lower_ == "of" and h.head.lemma_.lower() in PROCESS_NOUNS \
                        and h.head.dep_ in ("dobj", "nsubjpass") and h.head.head.pos_ == "VERB":
                    h = h.head.head  # "will begin / halted the process of withdrawing": that verb's modality
                else:
                    break
                chain.append(h)
        else:
            # nominal event: "the visit of X to Y", "X's visit", "talks between X and Y", "X paid a visit"
            if (entry.code[:2] == "14" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep"
                    and (held := self._entry_for(tok.head.head)) is not None and held.code[:2] == "14"):
                # "went on a hunger strike in protest at X": the protest is what the strike is for,
                # one act told once (with X its target, read by the strike)
                return None
            src_toks: list[tuple[Any, Any]] = []
            faced = self._faced_from(tok)
            if faced is not None and (sources := res(faced[1])):
                light = faced[0]
            for slot in (() if sources else entry.source):
                if slot == "poss":
                    t = next((c for c in tok.children if c.dep_ == "poss"), None)
                elif slot == "light":
                    t = None
                    held = tok
                    if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in CONTAINER_NOUNS
                            and tok.head.head.dep_ in ("dobj", "attr")):
                        held = tok.head.head  # "prepared a new package of sanctions": the package is the object
                    elif tok.dep_ == "compound" and tok.head.lemma_.lower() in EFFORT_NOUNS:
                        held = tok.head  # "launched a mediation effort": the effort is the object
                    done_by = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                    and c.lemma_.lower() in UNDERTAKING_VERBS | PERPETRATING_VERBS
                                    and self._prep_object(c, "by") is not None), None)
                    if done_by is not None:
                        # "the raid, carried out by Ruritanian police, left four dead", "condemned an
                        # offensive launched by the army": the noun's own participle names its doer
                        light = done_by
                        t = self._prep_object(light, "by")
                    elif (rel := self._relative_light(tok)) is not None:
                        # "lifting the sanctions Washington imposed on Moscow", "the visit the minister
                        # paid to X": the light verb of a relative clause on the noun names its doer
                        light = rel
                        t = self._subject_of(light)
                    elif held.dep_ in ("dobj", "attr") and held.head.pos_ in ("VERB", "AUX") and held.head.lemma_.lower() not in REACTION_VERBS \
                            and held.head.lemma_.lower() not in UNDERGO_EVENT_VERBS:
                        light = held.head
                        t = self._subject_of(light)
                    elif tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and (
                            tok.head.lower_ in ("in", "at", "into") or (tok.head.lower_ == "under" and entry.code[:2] == "06")) \
                            and tok.head.head.lemma_.lower() not in UNDERGO_EVENT_VERBS:
                        # ("built a dam under a financing deal with X": the builder is the deal's party)
                        light = tok.head.head
                        # "soldiers were killed in an ambush": the passive subject suffered it
                        t = self._prep_object(light, "by") if self._suffered(light) else self._subject_of(light)
                    elif (entry.code[:2] == "06" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.dep_ == "prep"
                          and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in MOTION_VERBS - {"leave", "quit", "exit", "depart"}):
                        # "two warships docked in X for joint drills with Y": the force that arrives for
                        # the cooperation takes part in it
                        light = tok.head.head
                        t = self._subject_of(light)
                    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() == "be" \
                            and tok.head.dep_ == "prep":
                        # "the miners have been on strike for a month", "the minister is on a visit to
                        # X": whoever is on the event is doing it
                        light = tok.head.head
                        t = self._subject_of(light)
                    elif (held := self._held_responsible(tok)) is not None:
                        # "the army is behind the attacks", "X is responsible for mass killings"
                        light = held
                        t = self._subject_of(light)
                    elif (tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB"
                          and tok.head.lemma_.lower() in LIGHT_VERBS | PRESENTING_VERBS
                          and self._prep_object(tok.head, "by") is not None):
                        # the light verb in the passive: "charges were brought against X by the
                        # prosecutor", "a complaint was lodged by Y": its agent did it
                        light = tok.head
                        t = self._prep_object(light, "by")
                    elif tok.dep_ in ("nsubj", "nsubjpass"):
                        t = None
                else:
                    t = self._prep_object(tok, slot)
                sources = res(t)
                if sources:
                    break
                src_toks.append((t, light if slot == "light" else None))
            # "a mediation effort between X and Y": the framing noun carries the event's phrases
            frame = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in EFFORT_NOUNS else None
            between = self._prep_object_deep(tok, ("between", "among"))
            if between is None and frame is not None:
                between = self._prep_object_deep(frame, ("between", "among"))
            if between is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" \
                    and tok.head.lemma_.lower() in OCCUR_VERBS:
                between = next((x for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                                for x in c.children if x.dep_ == "pobj"), None)
            if between is not None and not sources and frame is not None and "between" in entry.target:
                # "an unnamed envoy launched a mediation effort between X and Y": X and Y are
                # what is mediated between, never the mediator
                sources = next((a for t, verb in src_toks for a in [unknown_source(t, verb)] if a), [])
                targets = res(between)
            elif between is not None and sources and "between" in entry.target:
                # "Norway's mediation between X and Y": the parties are the targets, not the source
                targets = [a for a in res(between) if not any(a.code == s.code and a.name == s.name for s in sources)]
            elif between is not None:
                sources = res(between)
                pair = True
            else:
                # compounds: "Vietnam-US talks", "the Biden-Lam meeting"
                # ("an official visit", "an official ceremony": an adjective that is also a title names no one)
                comp = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i in matches.by_token
                        and not (c.pos_ == "ADJ" and all(en.kind == "title" for en in matches.by_token[c.i][2]))]
                if len(comp) == 1 and entry.code[:2] == "04" and self._venue_name(tok, comp[0]):
                    comp = []  # "the Hanoi summit", "the Geneva talks": one town before a meeting is where it met
                if comp and not sources:
                    acts: list[Actor] = []
                    for c in comp:
                        # "military aid", "police action": a bare sector word names no one
                        acts.extend(a for a in res(c) if a.country is not None)
                    if len(acts) >= 2:
                        sources, pair = acts, True
                    elif acts:
                        sources = acts
                if not sources and not pair and entry.code[:2] == "04" and tok.dep_ in ("nsubj", "nsubjpass") \
                        and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in REPORTING_PARTY_LEMMAS:
                    # "Kenya said talks with the lender were going well": a party reporting on its own
                    # talks (or dealings) with someone is the other side of them
                    sources = res(next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None))
                if not sources and not pair:
                    sources = next((a for t, verb in src_toks for a in [unknown_source(t, verb)] if a), [])
                tgt_toks: list[Any] = []
                for slot in entry.target:
                    if pair:
                        break
                    t = self._prep_object(tok, slot)
                    if t is None and slot == "from" and tok.lemma_.lower() in MOVE_OUT_NOUNS:
                        # "the pullout of some units from X" (the place hung on the units)
                        moved = self._prep_object(tok, "of")
                        t = self._prep_object(moved, "from") if moved is not None else None
                    if t is None and frame is not None:
                        t = self._prep_object(frame, slot)
                    if t is None and light is not None:
                        t = self._prep_object(light, slot)
                    if t is not None and any(a for a in res(t)) and slot == "of" and not sources:
                        continue
                    targets = [a for a in res_target(t) if not any(_same_actor(a, s) for s in sources)]
                    if targets:
                        break
                    tgt_toks.append(t)
                if faced is not None and light is faced[0]:
                    # "X faces criticism from Y": the act is aimed at the one who faces it
                    targets = self._others(res_target(self._subject_of(light)), sources) or targets
                of = self._prep_object(tok, "of") if not targets and not pair and "of" not in entry.target else None
                if of is not None and of.pos_ == "NOUN" and not res(of):
                    # "a suspension of air links with X", "the destruction of homes of X": the act is
                    # aimed at whom the thing it is done to belongs to or is shared with
                    targets = [a for a in res_target(of) if not any(_same_actor(a, s) for s in sources)]
                if not targets and not pair and light is not None and tok.dep_ == "pobj":
                    # "engaged peacekeepers in a firefight", "killed two soldiers in an ambush",
                    # "two soldiers were killed in an ambush"
                    obj = next((c for c in light.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and self._suffered(light))), None)
                    if obj is None and light.dep_ == "acl" and self._suffered(light):
                        obj = light.head  # "two guards killed in a rebel ambush": the guards suffered it
                    targets = [a for a in res_target(obj) if not any(_same_actor(a, s) for s in sources)]
                    tgt_toks.append(obj)
                    if targets and not sources and entry.code[:2] in ATTACK_ROOTS and self._suffered(light):
                        sources = [self._unknown_agent(tok, off)]
                died = self._died_of(tok) if not sources and entry.code[:2] in ATTACK_ROOTS else None
                if died is not None:
                    # "twelve civilians died in airstrikes", "a prisoner died of torture": the dead
                    # suffered the act; in a fight "with X" they were on the other side of X
                    victims = res_target(self._subject_of(died))
                    if victims and targets and not pair and entry.mutual:
                        sources = victims
                    elif victims:
                        # "died in an attack by the XYZ": the named but uncoded group
                        sources, targets = unknown(self._prep_object(tok, "by")) or [self._unknown_agent(tok, off)], victims
                        light = died
                if (not pair and entry.code[:2] == "11" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DRAWING_VERBS
                        and self._prep_object(tok, "from") is None and self._prep_object(tok.head, "from") is None
                        and (what := next((c for c in tok.head.children if c.dep_ == "nsubj"), None)) is not None
                        and what.pos_ == "NOUN" and (e := self._entry_for(what)) is not None and e.code[:2] not in ("01", "11")):
                    # "the arrest of the editor drew international condemnation": critics no one names
                    # still condemned the act, aimed at whoever it was done by or to (its own words)
                    sources = [self._unknown_agent(tok, off)]
                    targets = [a for a in res_target(what) if a.code != UNCODED]
                if (not targets and not pair and entry.code[:2] in ATTACK_ROOTS and tok.dep_ == "pobj" and tok.head.lower_ == "under"
                        and tok.head.head.lemma_.lower() in UNDER_ATTACK_VERBS):
                    # "the convoy came under rocket fire", "the town has been under siege for weeks":
                    # the subject suffers the attack, by whoever made it ("from / by X", else unknown)
                    hit = self._subject_of(tok.head.head)
                    targets = [a for a in res_target(hit) if not any(_same_actor(a, s) for s in sources)]
                    tgt_toks.append(hit)
                    if not sources:
                        sources = [self._unknown_agent(tok, off)]
                if not targets and not pair:
                    uncoded = next((a for t in tgt_toks for a in [unknown(t)] if a and not any(_same_actor(a[0], s) for s in sources)), [])
            h = light if light is not None else tok.head
            if h is not None and h is not tok:
                chain.append(h)
                while h.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and h.head.i != h.i and len(chain) < 5:
                    h = h.head
                    chain.append(h)
            rule = "noun-light" if light is not None else "noun"
        if not targets and not pair and sources and entry.code[:2] == "14":
            # (a government of no known country, "X's government", is the protesters' own, as for
            # a protest that names no one; other uncoded aims are left out)
            home = next((a.country for a in sources if a.country and a.country != "IGO"), None)
            targets = [a if a.country else replace(a, code=home + a.code[3:], country=home, resolved_by="composition")
                       for a in self._others(self._aim_targets(tok, light, matches, ctx, sent, doc), sources)
                       if a.country or (home and a.code == UNCODED + "GOV")]
        if not targets and not pair and sources and entry.pos == "verb" and entry.code[:2] in _PLACE_TARGET_ROOTS:
            targets = self._place_target(tok, res)
        if not targets and not pair and sources and entry.code[:2] in ATTACK_ROOTS:
            targets = self._others(self._coercion_aim(tok if entry.pos == "verb" else light, res_target), sources)
        if (not targets and not pair and sources and entry.code[:2] in ATTACK_ROOTS and entry.pos == "noun"
                and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"):
            targets = self._others(self._toll_victims(tok.head, res_target), sources)
        if not targets and not pair and sources and entry.code == "015":
            targets = self._others(self._claimed_target(tok, res_target, res), sources)
        if not targets and not pair and sources and entry.code in _SYMPATHY_CODES:
            targets = self._occasion_place(tok, res, sent)
        sources, targets = _unfill(sources, targets), _unfill(targets, sources)
        if (entry.code[:2] == "15" and not targets and len({a.country for a in sources if a.country}) >= 2
                and any(e.code.startswith("062") for e in self.k.triggers.get((entry.pos, tok.lemma_.lower()), ()))):
            # "French and Egyptian warships began naval exercises": drills two states hold together
            # are military cooperation (062), not a show of force aimed at anyone
            entry = replace(entry, code="062", mutual=True)
        if entry.mutual and not targets and len(sources) >= 2:
            pair = True
        elif entry.mutual and not targets and not pair and len(sources) == 1 and not uncoded and entry.pos != "adj":
            # "Ruto and Amos Kiprono met": a coordinated party that no table codes is still the
            # other side of the meeting (kept uncoded, with its words), not no one
            who = self._subject_of(light if light is not None else tok) if entry.pos == "verb" or light is not None else None
            parties = self.actors._conjuncts(who) if who is not None and who.dep_ in ("nsubj", "nsubjpass") else []
            for c in parties if len(parties) >= 2 else ():
                found = [a for a in unknown(c) if a.end <= sources[0].start or a.start >= sources[0].end]
                if found:
                    uncoded = found
                    break
        elif (not targets and (len({a.country for a in sources if a.country}) >= 2
                               # "the Nepali government and Maoist rebels signed an accord": two
                               # sides of one country are parties to each other as well
                               or len({a.code for a in sources if a.country and a.country != "IGO"}) >= 2)
              and (entry.code[:2] in MUTUAL_ROOTS or (entry.code[:2] == "03" and (any(h.lemma_ == "agree" for h in chain)
                                                                               or self._joint(chain))))):
            # "Chile and Peru signed an accord", "X and Y agreed to a truce": cooperation between
            # the coordinated parties themselves when no one else is named ("A and B offered to
            # resettle refugees" is not: an offer is made to someone else)
            pair = True
        if not sources and not pair:
            return None
        if not targets and not pair and entry.code[:2] == "11" and entry.pos == "verb" and ctx.last_attacker is not None:
            # "Beijing condemned the downing": the act referred back to is the last attack the story
            # told, aimed at whoever carried it out
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            att = ctx.last_attacker
            # a bare definite noun: "the bombing", not "the Israeli bombing" or "the bombing of X"
            bare = obj is not None and not any(c.dep_ in ("prep", "poss", "compound") or (c.dep_ == "amod" and c.i in matches.by_token)
                                               for c in obj.children)
            if (bare and obj.pos_ == "NOUN" and not self._animate(obj)
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children)
                    and all(a.country and a.country != att.country for a in sources)):
                targets = [replace(att, text=obj.text, start=sent.start + obj.idx, end=sent.start + obj.idx + len(obj.text),
                                   resolved_by="coreference")]
        if not targets and not pair and sources and entry.embed == "report" and entry.pos == "verb":
            targets = self._spoken_of(tok, sources, res)
        if (not targets and not pair and sources and entry.pos == "verb" and tok.pos_ == "VERB"
                and self._matrix_kind(entry) == "accuse"):
            targets = self._alleged_actor(tok, sources, res_target)
        if not targets and not pair and entry.code[:2] == "02" and any(c.dep_ in ("dobj", "dative") for c in tok.children):
            pass  # "mobilising countries to donate ...": the addressee is named but generic
        elif not targets and not pair and entry.code[:2] == "02" and (
                (entry.pos == "verb" and self._asked_for(tok))
                or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in APPEAL_LIGHT_VERBS
                    and (self._asked_for(tok) or self._asked_for(tok.head)))):
            pass  # "called for reforms", "appealed for calm", "made a plea for calm": an appeal to no one in particular
        elif not targets and not pair and entry.code[:3] in ("012", "013", "014") and entry.with_ and (
                entry.pos == "verb" or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB")):
            # "voiced concern over the situation", "expressed hope for a deal", "struck an upbeat
            # tone": a gloomy or hopeful comment needs no addressee; nor does an option weighed
            # ("is looking at options to tighten the rules")
            pass
        elif not targets and not pair and entry.code == "017" and entry.with_ and entry.pos == "verb":
            pass  # "held a vigil in the capital", "observed a minute of silence": a symbolic act needs no addressee
        elif not targets and not pair and entry.code in ("010", "015") and entry.pos == "verb" and (
                self._plain_statement(tok, sources, res)):
            pass  # "X said on Monday that the economy would recover": a public statement (010); "X admitted that ..." (015)
        elif (not targets and not pair and entry.code[:2] in ("01", "02", "10", "11", "12", "13") and not self._embeds_event(tok, entry)
              and not uncoded and not self._kept_in_last_resort(tok, entry, sources, matches)
              and not (aimless and entry.code[:2] in AIMLESS_ROOTS)):
            # statements and verbal conflict need someone they are aimed at (unless the sentence
            # tells nothing else: see EventExtractor._aimless and the last resort)
            return None
        if (entry.code[:2] in ATTACK_ROOTS and not pair and len(sources) == 1 and sources[0].code == UNCODED
                and sources[0].country is None and not sources[0].sectors and sources[0].resolved_by == "composition"):
            # "a roadside bomb near the town of <X> killed two <foreign> soldiers": an attack on
            # foreigners that no one is named for is coded to the country where it struck (its
            # unknown authors are taken as local); on the country's own people it stays unknown
            scene = self._scene_country(tok, light, sent, res) if targets else None
            if scene is not None and all(a.country and a.country not in (scene, "IGO") for a in targets):
                sources = [replace(sources[0], code=scene, country=scene)]
        if (targets and not pair and entry.code[:2] in ("01", "02", "04") and all(a.country is None for a in targets)
                and (at := tok if tok.lemma_.lower() in GATHERING_HEADS else self._prep_object(tok, "at")) is not None
                and at.lemma_.lower() in GATHERING_HEADS):
            # "told African leaders at the African Union summit": leaders of no one country met at
            # an organisation's gathering are the organisation (and so are they at "the African
            # Union summit" itself)
            org = [a for c in at.children if c.dep_ == "compound" for a in res(c) if (a.country or "").startswith("IGO")]
            if org:
                targets = org[:1]
        return _Candidate(tok, entry, sources, targets, pair, chain, entry.code, rule, light,
                          uncoded_targets=[] if targets or pair else uncoded)

    def _venue_name(self, tok: Any, c: Any) -> bool:
        """A town (a capital too), not a country, named before a gathering noun: the venue."""
        if tok.lemma_.lower() not in GATHERING_NOUNS | {"talk", "talks", "negotiation"} or c.dep_ != "compound" or c.pos_ != "PROPN":
            return False
        name = " ".join(t.text for t in c.subtree if t.dep_ in ("compound", "flat") or t.i == c.i)
        f = fold(name)
        return (f in self.k.capitals or f not in self.k.country_places) and self.k.city(name) is not None

    @staticmethod
    def _relative_light(tok: Any) -> Any:
        """The light verb of a relative clause whose gap is the event noun ("the sanctions
        (that) Washington imposed on Moscow", "the visit he paid to X"): a verb with a subject of
        its own and no object but the relative pronoun."""
        if tok.pos_ != "NOUN":
            return None
        for c in tok.children:
            if c.dep_ != "relcl" or c.pos_ != "VERB" or c.i < tok.i or c.lemma_.lower() not in RELATIVE_LIGHT_VERBS:
                continue
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("that", "which", "who"):
                continue  # "sanctions that hit X": the noun is the subject, not the thing done
            if any(g.dep_ == "dobj" and g.tag_ not in ("WDT", "WP") and g.lower_ not in ("that", "which") for g in c.children):
                continue
            return c
        return None

    def _kept_in_last_resort(self, tok: Any, entry: TriggerEntry, sources: list[Actor], matches: SentenceMatches) -> bool:
        """In the last resort, an appeal, demand, disapproval or rejection aimed at no one named is
        still coded when it is a verb with what it is about ("denounced the levy", "demanded that
        ...", "spoke out against the decree") or a noun a light verb makes ("placed the blame on
        ..."); not a statement (010 needs an addressee or an act), a warning with no act in it
        ("warned that it is too late"), a bare noun ("demand for coal") or a verb in another
        sense ("the number declined to its lowest")."""
        if not self._last_resort or entry.code[:2] not in ("02", "10", "11", "12"):
            return False
        own = {a.country for a in sources}
        objs = [c for c in tok.children if c.dep_ == "dobj"] + [g for c in tok.children if c.dep_ == "prep"
                                                                 and c.lower_ in entry.target + ("as",)
                                                                 for g in c.children if g.dep_ == "pobj"]
        # (the object's own words and whose it is: "X's claims", "allegations by X")
        named = [t for o in objs for t in [o] + [c for c in o.children if c.dep_ in ("poss", "compound", "amod")]
                 + [g for c in o.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from") for g in c.children]]
        if any(en.kind == "country" and en.key not in own for t in named for en in (matches.by_token.get(t.i) or (0, 0, []))[2]):
            # what it is aimed at names a country the parse did not tie to it ("condemned as
            # unacceptable allegations by <X>"): no guess at an act aimed at no one
            return False
        if entry.pos != "verb":
            # ("drew sharp criticism from rights groups": the critics are named, what they criticise is not)
            return tok.dep_ == "dobj" and (tok.head.lemma_.lower() in LIGHT_VERBS | {"place", "level", "voice", "lay"}
                                           or (bool(sources) and self._faced_from(tok) is not None))
        # (a relative clause's verb is about the noun it hangs on: "a charge the ministry rejected")
        return tok.dep_ == "relcl" or any(c.dep_ in ("dobj", "xcomp", "ccomp", "oprd", "dative")
                                          or (c.dep_ == "prep" and c.lower_ in entry.target) for c in tok.children)

    @staticmethod
    def _reporting_subject(subj: Optional[Any], res: Any, offset: int) -> list[Actor]:
        """"The rebels said they had killed six soldiers", "the ministry announced it would expel
        two envoys": the subject pronoun "they" or "it" of a reported clause that resolves to no
        one is the group or state that reports it (a person speaker is "he" or "she": "the
        minister said they would ..." names someone else)."""
        if subj is None or subj.pos_ != "PRON" or subj.lower_ not in ("they", "it") or subj.dep_ != "nsubj":
            return []
        h = subj.head
        while h.dep_ in ("xcomp", "conj") and h.head.i != h.i:
            h = h.head
        if h.dep_ != "ccomp" or h.head.lemma_.lower() not in _REPORT_LEMMAS:
            return []
        speaker = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ == "PRON" or speaker.ent_type_ == "PERSON":
            return []
        if subj.lower_ == "it" and speaker.tag_ in ("NNS", "NNPS"):
            return []  # ("the ministers said it would ...": it is something else)
        # (a group or a state, no person; "they" is a group, not a state named as such: "Israel
        # said they fired rockets" names someone else)
        found = [a for a in res(speaker) if not a.name and not a.role and (subj.lower_ == "it" or a.sectors)]
        return [replace(a, text=subj.text, start=offset + subj.idx, end=offset + subj.idx + len(subj.text),
                        resolved_by="speaker") for a in found[:1]]

    def _two_peoples(self, a: Actor, b: Actor) -> bool:
        """Two different groups of one country, neither the state itself: "Serb forces killed
        ethnic Albanians in Serbia" is SRB->SRB."""
        return (a.code == a.country and not a.name and a.text.lower() != b.text.lower()
                and not self._names_state(a) and not self._names_state(b))

    def _speaks_for_state(self, a: Actor) -> bool:
        """A government, its officials or a country named as such (not its people or an IGO)."""
        if not a.country or a.country == "IGO":
            return False
        if a.sectors:
            return set(a.sectors) <= {"GOV"}
        return self._names_state(a)

    @staticmethod
    def _domestic_source(a: Actor, b: Optional[Actor], spoken: bool) -> Actor:
        """An actor of no stated country ("striking teachers", "hardline clerics") who protests,
        demands of or represses ... one country's state or people: that country's own. Words alone
        are local only when said by a social group: a person, official or group of unnamed kind that
        speaks of a country ("President Okoro warned Ruritania", "Mr Adeyemi said Ruritania must
        ...", "the group opposes Ruritanian investment") is as likely a foreign one."""
        if (a.country is not None or a.code[:3] != UNCODED or a.name is not None or b is None or not b.country
                or b.country == "IGO" or set(a.sectors) & FOREIGN_SECTORS
                or (spoken and (not a.sectors or set(a.sectors) & (STATE_SECTORS | {"ENV"})))):
            return a
        return replace(a, code=b.country + a.code[3:], country=b.country, resolved_by="context")

    def _people_of_a_country(self, a: Actor) -> bool:
        """Protesters, students, opposition ... of one country, not the state or its forces."""
        if not a.country or a.country == "IGO" or set(a.sectors) & STATE_SECTORS:
            return False
        return bool(a.sectors) or not self._names_state(a)

    def _names_state(self, a: Actor) -> bool:
        """The actor is a country named as such ("Vietnam protested"), not its people ("Bolivians",
        "thousands of Bolivian students"): the first country word is a name, not a demonym."""
        for s, e, entries in self.k.gazetteer.find(a.text.split()):
            kinds = [en for en in entries if en.kind == "country"]
            if kinds:
                return all(en.form != "adjective" for en in kinds)
        return True


def _antecedent(noun: Any) -> Any:
    """What a relative clause is about: its head noun, or, when that noun is the predicate of a
    copula ("Ruritania's Front is a group that ..."), the copula's subject."""
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
    return noun


def _root_subject(tok: Any) -> bool:
    """A name the parser made the sentence's root, with the sentence's finite past-tense verb hung
    on it as a clause ("Okafor called the remarks insulting" parsed as "Okafor [who] called ..."):
    the name is the verb's subject."""
    return tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and any(
        c.dep_ == "acl" and c.tag_ == "VBD" and any(g.dep_ == "dobj" for g in c.children) for c in tok.children)
