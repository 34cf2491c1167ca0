"""Actor resolution: noun phrases → CAMEO actors, by composition, the dated people dictionary and
in-document coreference (names, titles, pronouns, "the two countries", event nouns)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from typing import Any, Optional, Sequence

from legation.records import Actor
from legation.resolve._dates import CALENDAR_WORDS
from legation.resolve._fold import fold
from legation.resolve._knowledge import Entry, Knowledge, Person

__all__ = ["ActorResolver", "DocContext", "SentenceMatches", "UNCODED"]

_PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_GROUP_PRONOUNS = {"they", "them", "their", "theirs"}
_WE = {"we", "us", "our", "ours"}
_IT = {"it", "its"}
_FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours"}
_SINGULAR_FIRST = {"i", "me", "my", "mine", "myself"}
_QUOTE_MARKS = {'"', "\u201c", "\u201d", "''", "``"}
# single quotation marks as tokens ("'We will stay,' she said"): an apostrophe only opens or closes a quote
_SINGLE_QUOTES = {"'", "\u2018", "\u2019"}
# the first word of a question turn in a transcript ("Reporter: ...", "Q: ...")
_QUESTION_LABELS = {"reporter", "question", "q", "interviewer", "journalist", "correspondent", "host", "moderator"}
# whom an interviewee speaks to ("spoke to the press", "told reporters", "gave an interview to X")
_PRESS_NOUNS = {"press", "reporter", "journalist", "media", "newspaper", "correspondent", "broadcaster", "interviewer",
                "agency", "outlet", "television", "radio", "channel", "magazine", "daily", "newsroom"}
_INTERVIEW_NOUNS = {"interview", "briefing"}
# verbs that attribute a quotation to its speaker ("...," the minister said / wrote / tweeted)
_QUOTING_LEMMAS = {"say", "tell", "add", "state", "write", "tweet", "declare", "insist", "warn", "stress", "note"}
_PAIR_HEADS = {"country", "nation", "side", "state", "government", "party", "leader", "partner", "neighbour", "neighbor", "ally",
               "president", "minister", "premier", "counterpart"}
# "the two leaders", "both presidents": the last two people named, of two countries
_PAIR_PERSON_HEADS = {"leader", "president", "minister", "premier", "counterpart"}
_PAIR_DETS = {"two", "both"}
# "the assembly", "the council", "the bloc": an organisation named before (generic words take the last one)
_IGO_BODY_NOUNS = {"assembly", "council", "summit", "conference", "commission", "court", "tribunal", "agency", "fund",
                   "bank", "alliance", "union", "bloc", "organisation", "organization", "body", "forum", "community"}
_GENERIC_BODY_NOUNS = {"bloc", "organisation", "organization", "body", "alliance", "forum"}
# the officers of a body who speak or act for it ("the council's chairman")
_OFFICE_HOLDERS = {"president", "chief", "head", "secretary", "chairman", "chairwoman", "chair", "chairperson", "judge",
                   "spokesman", "spokeswoman", "spokesperson", "envoy", "director", "commissioner", "prosecutor", "registrar"}


# modifiers that keep "the ... bloc" pointing at an international body ("the national assembly",
# "the military council" are a country's own)
_BODY_MODIFIERS = {"regional", "continental", "international", "global", "world", "multilateral", "intergovernmental",
                   "economic", "trade", "security", "defence", "defense", "monetary", "financial"}


def _reported_clause(h: Any) -> tuple[Optional[Any], bool]:
    """The reported clause a word of a speaker's report stands in ("The rebels said their fighters
    would disarm", "Chile said shells were fired at it"), climbing conjuncts and complements to the
    clause a verb governs as its complement; None where the word is in no such clause. The flag
    tells whether the word is what the reported act was aimed at ("fired at it")."""
    clause = h.head
    aimed = h.lower_ == "it" and h.dep_ == "pobj" and clause.dep_ == "prep" and clause.lower_ in ("at", "on", "against", "toward", "towards")
    if aimed:
        # "Chile said shells were fired at it": what the reported act was aimed at is the speaker
        clause = clause.head
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head is clause:
        return None, aimed
    return clause, aimed


def _plain_modifier(c: Any) -> bool:
    """A lowercase modifier that names no party and keeps the body international: "regional" in "the regional bloc"."""
    return c.is_lower and c.lower_ in _BODY_MODIFIERS and not any(g.dep_ in ("poss", "prep") for g in c.children)


# verbs whose object is a party addressed ("assured it", "warned it", "asked it")
_ADDRESSING_LEMMAS = {"assure", "reassure", "tell", "inform", "notify", "warn", "promise", "urge", "ask", "invite", "accuse",
                      "threaten", "pressure", "contact", "approach", "guarantee", "brief"}
_SPEECH_LEMMAS = {"say", "tell", "speak", "state", "add", "note", "stress", "affirm", "announce", "explain", "answer", "reply"}
# sectors of actors that belong to a country even when the phrase does not say which; such an
# actor is resolved_by "context" inside the coder (so that it can be undone) and "coreference" in events
# sectors whose members belong to the country a sentence is about when none is stated (radicals
# too: "fundamentalist demonstrators" in a sentence about one country are its own)
_DOMESTIC_SECTORS = {"GOV", "MIL", "COP", "REB", "INS", "OPP", "CVL", "UAF", "LEG", "JUD", "PTY", "SPY", "LAB", "SEP", "RAD"}
# heads whose demonym names a language, not a people or a state ("lessons in the Tamil language")
_LANGUAGE_HEADS = {"language", "dialect", "tongue", "alphabet", "script", "translation"}
# heads that name whom they speak for with "for" ("a spokeswoman for the ministry" is the ministry's)
_SPEAKS_FOR_HEADS = {"spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "spokespersons", "spokespeople"}
# heads whose possessor is someone else's backer, not the party named ("X's proxies in Y")
# relational nouns: "X's ally / trading partners / neighbours / rivals" are others, related to X
_ALLY_HEADS = {"ally", "proxy", "client", "surrogate", "partner", "neighbor", "neighbour", "rival", "adversary",
               "enemy", "foe"}
_GROUP_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
_POLITY_NOUNS = {"country", "nation", "state", "government", "region", "organisation", "organization", "party"}
_QUANTITY_NOUNS = {"score", "dozen", "hundred", "thousand", "million", "group", "number", "handful", "couple", "member", "band"}
# nouns of moving people or forces out of somewhere: in "the pullout of some troops from X" the
# "from" (even hung on the troops) is the place they leave, not the country they come from
MOVE_OUT_NOUNS = {"withdrawal", "pullout", "pullback", "retreat", "evacuation", "expulsion", "removal", "redeployment", "exit"}
_NOT_LOCAL = {"foreign", "international", "western", "overseas", "outside", "multinational", "regional", "global"}
_AFFILIATION_SUFFIXES = {"linked", "backed", "allied", "affiliated", "inspired", "aligned", "sponsored", "supported",
                         "funded", "armed", "trained",
                         # "a U.S.-designated terrorist group", "a U.S.-based lender": named by or sited in X, not X
                         "designated", "sanctioned", "blacklisted", "based",
                         # "the Serb-controlled entity", "a rebel-held town", "the Kurdish-majority north": who
                         # holds or peoples a place, not whose it is
                         "controlled", "held", "occupied", "dominated", "majority"}
# words that only say where a group is ("militants based in X", "troops stationed in X"): the
# place after them still tells the group's country
_LOCATING_WORDS = {"based", "present", "stationed", "operating", "active", "hiding", "deployed", "living", "sheltering"}
_NAME_DEPS = {"compound", "flat", "appos", "nmod"}
_MEMBER_NOUNS = {"member", "representative", "delegate"}
# heads of capitalised organisation names the tables do not list, and the sector they give
_ORG_HEADS = {"front": "REB", "brigade": "REB", "brigades": "REB", "movement": "OPP", "alliance": "OPP", "coalition": "OPP"}
# the code of an actor that no table codes (an unknown name, a person noun)
UNCODED = "---"
_CALENDAR = CALENDAR_WORDS | {"christmas", "ramadan", "easter", "eid"}
_FUNCTION_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV", "AUX", "PART"}


_NAME_PARTICLES = {"bin", "ibn", "abu", "abd", "al", "el", "van", "von", "der", "den", "del", "della", "de", "da", "dos", "las", "los", "mac", "mc", "saint"}


_LEADER_ROLES = ("president", "prime minister", "chancellor", "premier", "king", "queen", "emperor", "general secretary", "supreme leader")


def _is_leader_role(role: str) -> bool:
    r = role.lower()
    return any(k in r for k in _LEADER_ROLES) and "vice" not in r and "deputy" not in r


# Names are matched in lower case only where the casing is plainly a slip, not another word
# ("turkey", "chad"): a capital inside the word ("norLand", a typo), a name right after a
# capitalised title ("President smith"), a demonym qualifying a group of people ("norlandic rioters").
def _odd_casing(word: str) -> bool:
    return word[:1].islower() and any(ch.isupper() for ch in word[1:])


def _capitalised_noun(t: Any) -> bool:
    """A capitalised word the tagger took for a common noun, as it may an unfamiliar surname
    opening a sentence ("Tanaka will travel to Lima"): letters only, not an acronym."""
    return t.pos_ == "NOUN" and t.text[:1].isupper() and not t.text.isupper() and t.text.isalpha()


def _hyphen_tail(t: Any) -> bool:
    """The lower-case end of a hyphenated given name ("-hoon" of "Park Ji-hoon"), which the tagger
    may take for a common noun: written right after a hyphen that follows a capitalised name."""
    if t.i < 2 or not t.text.isalpha() or not t.text.islower():
        return False
    hy, before = t.doc[t.i - 1], t.doc[t.i - 2]
    return hy.text == "-" and not hy.whitespace_ and not before.whitespace_ and before.pos_ == "PROPN" and before.text[:1].isupper()


def _name_after_title(s: int, texts: list[str], spans: list[tuple[int, int, list[Entry]]]) -> bool:
    return any(e == s and texts[b][:1].isupper() and any(en.kind == "title" for en in entries)
               for b, e, entries in spans)


def _title_word(i: int, matches: "SentenceMatches") -> bool:
    hit = matches.by_token.get(i)
    return hit is not None and all(en.kind == "title" for en in hit[2])


def _demonym_of_people(sdoc: Any, s: int, e: int, proper: list[Entry], knowledge: Knowledge) -> bool:
    if e - s != 1 or not all(en.kind == "country" and en.form == "adjective" for en in proper):
        return False
    tok = sdoc[s]
    head = tok.head
    if tok.dep_ != "amod" or head.pos_ != "NOUN" or head is tok:
        return False
    lemma = head.lemma_.lower()
    return (lemma in knowledge.actor_words.person_nouns
            or any(en.kind in ("group", "title") for _, _, en_list in knowledge.gazetteer.find([head.text]) for en in en_list))


@dataclass
class PersonMention:
    name: str  # canonical (dictionary) or as written (composed)
    country: Optional[str]
    sectors: tuple[str, ...]
    role: Optional[str]
    organisation: Optional[str]
    titles: frozenset[str]  # folded title terms seen with this person
    order: int
    from_dictionary: bool
    # a person no table knows, named by a personal name alone ("Dana Okafor said ..."): no country,
    # coded '---'; a pronoun may mean them, a noun phrase still goes the uncoded-actor way
    uncoded: bool = False


@dataclass
class DocContext:
    """What the document has said so far (and a light pre-pass of who it names)."""

    date: Optional[_dt.date]
    persons: list[PersonMention] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # in order of mention (may repeat)
    speaker: Optional[Actor] = None
    events_by_noun: dict[str, Any] = field(default_factory=dict)  # trigger lemma -> last Event
    known_people: list[str] = field(default_factory=list)  # dictionary people named anywhere (pre-pass)
    narrative_future: Optional[Any] = None  # last EventDate stated in the future
    narrative_past: Optional[Any] = None  # last day stated in the week before publication ("on Tuesday")
    narrative_visit: Optional[Any] = None  # (Place, countries of visitor and host, modality, EventDate) of the last visit
    dateline: Optional[Any] = None  # Place of the story's dateline ("NAIROBI, March 3 (Reuters) -")
    dateline_seat: bool = False  # the dateline names an organisation, filed from its seat ("UNITED NATIONS, ...")
    dateline_gathering: bool = False  # the story's summit or forum met at the dateline ("at the regional summit")
    igos: list[str] = field(default_factory=list)  # organisations in order of mention
    last_attacker: Optional[Actor] = None  # source of the last attack told ("... condemned the attack")
    # country -> the foreign party it last dealt with ("X sent condolences to Y ... X pledged aid")
    last_partner: dict[str, Actor] = field(default_factory=dict)
    visitor: Optional[Actor] = None  # who made the last visit the story tells of ("the visiting president")
    host: Optional[str] = None  # the country that visit was to ("the host", "the hosts")
    last_subject: Optional[str] = None  # the person last the subject of a main clause (he/she as subject)
    ministries: dict[str, str] = field(default_factory=dict)  # "foreign" -> the country whose foreign ministry was last named
    sentence_people: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (token, order before) this sentence
    genders: dict[str, str] = field(default_factory=dict)  # person name -> "f" / "m", from "Mrs Mensah", "Queen X"
    # a press interview: the person who answers ("Minister X spoke to the press ...", "Minister X: ..."),
    # whom 'I' and 'we' outside quotation marks stand for in the answers
    interviewee: Optional[Actor] = None
    paragraph_start: bool = True  # the sentence opens a paragraph (set by the coder for each sentence)
    is_question: bool = False  # the sentence is a question (set by the coder for each sentence)
    question_turn: bool = False  # the paragraph is a question turn of a transcript ("Reporter: ...")
    order: int = 0

    def note_country(self, iso3: str) -> None:
        if iso3 and iso3 != "IGO":
            self.countries.append(iso3)

    def last_pair(self) -> Optional[tuple[str, str]]:
        seen: list[str] = []
        for c in reversed(self.countries):
            if c not in seen:
                seen.append(c)
            if len(seen) == 2:
                return seen[1], seen[0]
        return None

    def last_countries(self, n: int, skip: frozenset[str] = frozenset()) -> list[str]:
        """The last ``n`` different countries named (not those in ``skip``), in the order they were named."""
        seen: list[str] = []
        for c in reversed(self.countries):
            if c not in seen and c not in skip:
                seen.append(c)
            if len(seen) == n:
                return seen[::-1]
        return []

    def dominant_country(self) -> Optional[str]:
        if not self.countries:
            return None
        counts: dict[str, int] = {}
        for c in self.countries:
            counts[c] = counts.get(c, 0) + 1
        return max(counts, key=lambda c: (counts[c], -self.countries.index(c)))


class SentenceMatches:
    """Gazetteer hits of one parsed sentence, indexed by token."""

    def __init__(self, sdoc: Any, knowledge: Knowledge) -> None:
        texts = [t.text for t in sdoc]
        self.by_token: dict[int, tuple[int, int, list[Entry]]] = {}
        self.spans = knowledge.gazetteer.find(texts)
        work = list(self.spans)
        k = 0
        while k < len(work):
            s, e, entries = work[k]
            k += 1
            proper = [en for en in entries if en.kind in ("country", "igo", "person")]
            # a name the table lists with its article ("the Philippines") is judged by its own word
            w = texts[s + 1] if texts[s].lower() == "the" and e > s + 1 else texts[s]
            if proper and not (w[:1].isupper() or w.isupper() or any(en.form == "acronym" for en in proper)
                               or _odd_casing(w) or _name_after_title(s, texts, self.spans)
                               or _demonym_of_people(sdoc, s, e, proper, knowledge)):
                entries = [en for en in entries if en.kind not in ("country", "igo", "person")]
                if not entries:
                    if e - s > 1:
                        # "the republic of Norland" (a formal name in lower case): the name inside
                        # it still counts ("Norland")
                        inner = [(s + 1 + a, s + 1 + b, x) for a, b, x in knowledge.gazetteer.find(texts[s + 1:e])]
                        work[k:k] = inner
                        self.spans = [sp for sp in self.spans if sp[0] != s] + inner
                    continue
            # a capitalised word next to an ambiguous name makes it part of a longer name; a word
            # capitalised only because it opens the sentence ("The", "In") does not
            prev_name = s > 0 and texts[s - 1][:1].isupper() and not (
                sdoc[s - 1].is_sent_start and sdoc[s - 1].pos_ in _FUNCTION_POS)
            if any(en.ambiguous for en in entries) and (prev_name or (e < len(texts) and texts[e][:1].isupper())):
                continue  # "Michael Jordan", "Georgia Tech"
            for i in range(s, e):
                self.by_token[i] = (s, e, entries)
        # the countries the sentence names, a named armed group or party standing for its home country
        self.countries: list[str] = list(dict.fromkeys(
            iso for s, e, entries in self.spans if s in self.by_token for en in self.by_token[s][2]
            for iso in ([en.key] if en.kind == "country" else
                        [knowledge.armed_groups[en.key].country] if en.kind == "armed" and knowledge.armed_groups[en.key].country else [])))


class ActorResolver:
    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge

    # ------------------------------------------------------------------ document pre-pass
    def prepare(self, ctx: DocContext, tokens: list[str]) -> None:
        for s, e, entries in self.k.gazetteer.find(tokens):
            for en in entries:
                if en.kind == "person" and en.key not in ctx.known_people:
                    ctx.known_people.append(en.key)

    # ------------------------------------------------------------------ public
    def resolve(self, head: Any, matches: SentenceMatches, ctx: DocContext, offset: int, day: Optional[_dt.date]) -> list[Actor]:
        """Actors named by the phrase headed by ``head`` (coordination expands to several)."""
        out: list[Actor] = []
        conj = self._conjuncts(head)
        if (len(conj) > 1 and all(self._only_titles(h, matches) for h in conj)
                and sum(self._names_entity(h, matches) for h in conj) < 2):  # not "the French president and the German chancellor"
            # "General Secretary and President To Lam": one person with two titles
            toks = sorted((t for h in conj for t in self._phrase(h)), key=lambda t: t.i)
            toks += self._trailing_name(toks[-1], matches)
            return self._compose(toks, head, matches, ctx, offset, day)
        for h in conj:
            out.extend(self._resolve_one(h, matches, ctx, offset, day))
        if any(a.country for a in out):
            out = [a for a in out if a.country]
        uniq: list[Actor] = []
        for a in out:
            if not any(u.code == a.code and u.name == a.name and u.start == a.start for u in uniq):
                uniq.append(a)
        return uniq

    def observe_sentence(self, sdoc: Any, matches: SentenceMatches, ctx: DocContext, offset: int) -> None:
        """Record names, countries and speakers of a sentence for later coreference."""
        ctx.sentence_people = {}
        before = len(ctx.countries)
        self.observe_mentions(sdoc, matches, ctx)
        # "on a tour that began in X and will take him to Y": countries named only as the places of
        # a relative clause are background, no side of "the two sides" the story goes on to tell of
        for s, e, entries in matches.spans:
            iso = next((en.key for en in entries if en.kind == "country" and en.form == "name"), None)
            head = sdoc[e - 1]
            if iso and head.dep_ in ("pobj", "conj") and self._in_relative_place(head) and iso in ctx.countries[before:]:
                i = len(ctx.countries) - 1 - ctx.countries[::-1].index(iso)
                if i >= before:
                    del ctx.countries[i]
        self._observe_parsed(sdoc, matches, ctx, offset)

    @staticmethod
    def _in_relative_place(tok: Any) -> bool:
        """The token is the object of a place preposition ("in", "to", "from") of a relative clause's verb."""
        while tok.dep_ == "conj":
            tok = tok.head
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("in", "to", "from", "through", "via"):
            return False
        verb = prep.head
        return verb.pos_ in ("VERB", "AUX") and verb.dep_ == "relcl"

    def observe_mentions(self, sdoc: Any, matches: SentenceMatches, ctx: DocContext) -> None:
        """Record the countries and dictionary people a sentence names (needs tokens only, so the
        sentences the pre-filter keeps from the parser still inform coreference)."""
        seen: set[int] = set()
        for s, e, entries in matches.spans:
            if s in seen:
                continue
            seen.add(s)
            for en in entries:
                if en.kind == "country":
                    ctx.note_country(en.key)
                elif en.kind == "person":
                    before = next((pm.order for pm in ctx.persons if pm.name == en.key), 0)
                    self._person_mention(ctx, en.key, sdoc, s, e, ctx.date)
                    ctx.sentence_people.setdefault(en.key, (s, before))
                elif en.kind == "igo":
                    ctx.igos.append(en.key)

    def _observe_parsed(self, sdoc: Any, matches: SentenceMatches, ctx: DocContext, offset: int) -> None:
        for t in sdoc:
            # a name opening the sentence may be tagged as another word ("Okafor has said ...")
            if t.i not in matches.by_token and (t.pos_ == "PROPN" or t.i == 0 and t.text[:1].isupper() and t.pos_ not in _FUNCTION_POS):
                # a person a table knows first: "Berisha" is the composed "former Prime Minister X Berisha",
                # not an uncoded "Y Berisha" named later
                pm = self._short_name(ctx, t.text) or self._short_name(ctx, t.text, uncoded=True)
                if pm is not None:
                    before = pm.order
                    pm.order = self._next(ctx)
                    ctx.sentence_people.setdefault(pm.name, (t.i, before))
                    continue
                run = self._personal_name(t, matches)
                if run:
                    # "Dana Okafor, an analyst, said ...": a person the tables do not know competes
                    # with the known ones as what a later 'he' / 'she' means
                    name = " ".join(x.text for x in run)
                    roles = frozenset(x.lemma_.lower() for x in self._phrase(t) if x.lemma_.lower() in self.k.actor_words.person_roles)
                    body = self._member_of(t, matches, ctx, offset)
                    if body is not None:
                        # "Ana Ruiz, a member of the upper house, said ...": a member of a body the
                        # sentence names is coded as that body (its country and sector)
                        ctx.persons.append(PersonMention(name, body.country, body.sectors, None, body.organisation, roles,
                                                         self._next(ctx), False))
                    else:
                        ctx.persons.append(PersonMention(name, None, (), None, None, roles, self._next(ctx), False, True))
                    ctx.sentence_people.setdefault(name, (run[0].i, 0))
            elif t.tag_ == "NN" and t.lemma_.lower() in self.k.actor_words.person_roles:
                self._role_mention(t, matches, ctx)
        # "X said": the last speaker, whom a 'we' no quotation attributes stands for; "X spoke to the
        # press", "X told reporters", "X gave an interview to Y": the interviewee of the document
        for t in sdoc:
            interview = self._interview_verb(t, matches)
            if (t.lemma_ in _SPEECH_LEMMAS or interview) and t.pos_ == "VERB":
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ not in _FIRST_PERSON | _PERSON_PRONOUNS:
                    acts = self._resolve_one(subj, matches, ctx, offset, ctx.date)
                    if acts and acts[0].country and acts[0].name:
                        ctx.speaker = acts[0]
                    if interview and len(acts) == 1 and (acts[0].name or acts[0].role) and acts[0].resolved_by != "context":
                        ctx.interviewee = acts[0]

    def _role_mention(self, t: Any, matches: SentenceMatches, ctx: DocContext) -> None:
        """"the journalist", naming no country: the person of no known country last named with that
        role ("Dana Okafor, a journalist, ... the journalist"), else a person of its own, uncoded,
        that a later 'he' / 'she' may mean."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(c.dep_ == "poss" for c in t.children):
            return
        if any(en.kind not in ("title", "group") for x in self._phrase(t) for en in (matches.by_token.get(x.i) or (0, 0, []))[2]):
            return
        role = t.lemma_.lower()
        name = f"the {role}"
        pm = max((p for p in ctx.persons if p.uncoded and (p.name == name or role in p.titles)), key=lambda p: p.order, default=None)
        if pm is None:
            pm = PersonMention(name, None, self._sectors([t], matches)[:1], None, None, frozenset([role]), 0, False, True)
            ctx.persons.append(pm)
        before = pm.order
        pm.order = self._next(ctx)
        ctx.sentence_people.setdefault(pm.name, (t.i, before))

    def _member_of(self, t: Any, matches: SentenceMatches, ctx: DocContext, offset: int) -> Optional[Actor]:
        """The body a name's appositive makes the person a member of ("Ana Ruiz, a member of the
        upper house"), when it resolves to one actor of known country and sector."""
        for c in t.children:
            if c.dep_ != "appos" or c.lemma_.lower() not in _MEMBER_NOUNS:
                continue
            for g in (g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
                if g.i not in matches.by_token:
                    continue
                acts = self._resolve_one(g, matches, ctx, offset, ctx.date)
                if len(acts) == 1 and acts[0].country and acts[0].sectors:
                    return acts[0]
        return None

    def _personal_name(self, t: Any, matches: SentenceMatches) -> list[Any]:
        """The tokens of a personal name no table knows that ``t`` ends, in a subject or appositive
        position ("Dana Okafor said", "said Dana Okafor", "analyst Dana Okafor, who ...") or, with a role
        word, any other ("met the reporter Dana Okafor"): two to four
        capitalised proper nouns after any role words ("Analyst"), in a phrase that names no country,
        organisation or known person, and that is no place, date or thing; else []."""
        if not t.text[:1].isupper() or t.dep_ not in ("nsubj", "nsubjpass", "appos", "dobj", "pobj", "conj"):
            return []
        phrase = self._phrase(t)
        if t.dep_ not in ("nsubj", "nsubjpass", "appos") and not any(x.lemma_.lower() in self.k.actor_words.person_roles for x in phrase):
            return []  # an object only with a role that tells a person: "arrested Dana Okafor, a reporter"
        run = [t]
        j = t.i - 1
        while j >= 0 and t.doc[j].pos_ == "PROPN" and t.doc[j].text[:1].isupper() and t.doc[j].head.i in {x.i for x in run} \
                and t.doc[j].dep_ in ("compound", "flat") and j not in matches.by_token:
            run.insert(0, t.doc[j])
            j -= 1
        if not 2 <= len(run) <= 4 or not all(x.is_alpha for x in run):
            return []
        if any(en.kind != "title" and en.kind != "group" for x in phrase for en in (matches.by_token.get(x.i) or (0, 0, []))[2]):
            return []
        if not self._unknown_name_like(t, run, matches) or fold(t.text) in _ORG_HEADS:
            return []
        return run

    def _interview_verb(self, verb: Any, matches: SentenceMatches) -> bool:
        """A verb that tells of a press interview: "spoke to the press / to reporters", "told
        journalists / Reuters", "said in an interview with Y", "gave an interview to Y", "told a
        news conference"."""
        if verb.pos_ != "VERB":
            return False
        lemma = verb.lemma_.lower()
        for c in verb.children:
            if c.dep_ == "dobj" and lemma in ("give", "grant") and c.lemma_.lower() in _INTERVIEW_NOUNS:
                return True
            if lemma not in _SPEECH_LEMMAS:
                continue
            objs = [c] if c.dep_ in ("dobj", "dative") and lemma == "tell" else (
                [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("to", "in", "with", "during", "at") else [])
            for o in objs:
                word = o.lemma_.lower()
                if word in _PRESS_NOUNS or word in _INTERVIEW_NOUNS:
                    return True
                if word == "conference" and any(x.lower_ in ("press", "news") for x in o.children):
                    return True
                # "told Reuters", "told the Financial Times": a name that is no country, person or group
                if lemma == "tell" and c is o and o.pos_ == "PROPN" and not any(x.i in matches.by_token for x in o.subtree):
                    return True
        return False

    def observe_turn(self, sdoc: Any, matches: SentenceMatches, ctx: DocContext, offset: int) -> None:
        """The label that opens a turn of a transcript, at the start of a paragraph: a question
        ("Reporter: ...", "Q: ..."), or the person who answers ("Foreign Minister ANA SOUSA: ...",
        "Sousa: ..."), who becomes the interviewee (and the speaker a later 'we' stands for).
        A paragraph without a label goes on with the answer; a question turn ends with its paragraph."""
        if ctx.paragraph_start:
            ctx.question_turn = False
        toks = list(sdoc)
        colon = next((t.i for t in toks[:16] if t.text == ":"), None)
        if not colon:
            return
        label = toks[:colon]
        if label[0].lower_ in _QUESTION_LABELS:
            ctx.question_turn = True
            return
        # a label names someone, it says nothing: "Ana Sousa, former foreign minister of Norland:",
        # not "The ministry said:" (a label may open a sentence inside a paragraph where a
        # transcript lost its line breaks)
        if not label[0].text[:1].isupper() or any(t.pos_ in ("VERB", "AUX") or t.text in ("(", ")", '"') for t in label):
            return
        actor = self._label_actor(label, matches, ctx, offset)
        if actor is not None:
            ctx.interviewee = actor
            if actor.country:
                ctx.speaker = actor

    def _label_actor(self, label: list[Any], matches: SentenceMatches, ctx: DocContext, offset: int) -> Optional[Actor]:
        """The person a turn label names: a dictionary person (in any case: "BUI THANH SON"), a person
        the document named before ("Foreign Minister Ana Sousa of Norland ... SOUSA: ..."), or the
        role and name the label composes, its country only one the label itself names (the
        countries of the answer after the colon are the answer's, not the speaker's)."""
        start, end = offset + label[0].idx, offset + label[-1].idx + len(label[-1].text)
        text = label[0].doc.text[label[0].idx: label[-1].idx + len(label[-1].text)]
        hits = [matches.by_token[t.i] for t in label if t.i in matches.by_token]
        if any(en.kind == "person" for _, _, entries in hits for en in entries):
            acts = self._span_actor(label, matches, ctx, offset, ctx.date)
            return acts[0] if acts else None
        # the name: capitalised words no table lists, after the role ("PETER NOVAK" reads as "Peter Novak")
        words = [t for t in label if t.i not in matches.by_token and t.is_alpha and t.text[:1].isupper()
                 and t.lower_ not in ("and", "of", "the")]
        name = " ".join(t.text.title() if t.text.isupper() and len(t.text) > 1 else t.text for t in words)
        titles = [en.key for _, _, entries in hits for en in entries if en.kind == "title"]
        countries = [en.key for _, _, entries in hits for en in entries if en.kind == "country"]
        if words:
            pm = self._short_name(ctx, words[-1].text)
            if pm is not None:
                return self._mention_actor(pm, text, start, end, ctx.date)
        elif titles:
            pm = self._by_title(ctx, titles, ctx.date)
            return self._mention_actor(pm, text, start, end, ctx.date) if pm is not None else None
        if not name or not (titles or countries) and len(words) < 2:
            return None  # "Note:", "Update:": no one
        sectors = tuple(dict.fromkeys(self.k.agents[x].sector for x in titles))
        role = next((self.k.agents[x].role for x in titles if self.k.agents[x].role), None)
        iso = countries[0] if countries else None
        ctx.persons.append(PersonMention(name, iso, sectors, role, None, frozenset(fold(x) for x in titles), self._next(ctx), False))
        return Actor(text, start, end, (iso or UNCODED) + "".join(sectors[:1]), iso, sectors, name, role, None, "composition")

    def _igo_anaphor(self, h: Any, toks: list[Any], ctx: DocContext, offset: int) -> list[Actor]:
        """"the assembly", "the council", "the bloc": the organisation last named whose name holds
        that word (or, for a generic word, the last one named)."""
        lemma = h.lemma_.lower()
        if lemma not in _IGO_BODY_NOUNS or h.pos_ != "NOUN" or not ctx.igos:
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) or any(
                c.dep_ in ("poss", "nmod") or (c.dep_ in ("amod", "compound") and not _plain_modifier(c)) for c in h.children):
            return []  # (a plain modifier keeps the anaphor: "the regional bloc", "the world body")
        for code in reversed(ctx.igos):
            igo = self.k.igos.get(code)
            if igo is None:
                continue
            if lemma in _GENERIC_BODY_NOUNS or lemma in fold(igo.name).split():
                start, end = offset + toks[0].idx, offset + toks[-1].idx + len(toks[-1].text)
                text = h.doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
                return [Actor(text, start, end, "IGO" + code, "IGO", igo.sectors, None, None, code, "coreference")]
        return []

    def observe_people(self, sdoc: Any, matches: SentenceMatches, ctx: DocContext, offset: int) -> None:
        """After a sentence is coded: record the titled people it introduced that no event
        resolved ("Ukrainian President Volodymyr Zelensky is due to speak ..."), so that later
        sentences find them by name ("Zelensky")."""
        for t in sdoc:
            if (t.pos_ == "PROPN" and t.i not in matches.by_token and t.text[:1].isupper()
                    and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
                    and any(x.i in matches.by_token for x in t.subtree if x.i < t.i)
                    and self._short_name(ctx, t.text) is None):
                self._resolve_one(t, matches, ctx, offset, ctx.date)
            elif (t.pos_ == "PROPN" and t.dep_ == "appos" and t.head.pos_ == "NOUN" and t.head.i in matches.by_token
                    and t.text[:1].isupper() and t.i not in matches.by_token and self._short_name(ctx, t.text) is None):
                self._apposed_title(t, matches, ctx, offset)
        # "Mrs. Mensah", "King Abdullah", "Carlos Mendes": a word before the name tells the person's
        # gender, which a later 'she' / 'he' must fit
        for t in sdoc:
            g = self.k.gendered_words.get(fold(t.text.rstrip(".")))
            if g and t.i + 1 < len(sdoc) and sdoc[t.i + 1].pos_ == "PROPN":
                j = t.i + 1
                while j + 1 < len(sdoc) and sdoc[j + 1].pos_ == "PROPN" and sdoc[j + 1].text[:1].isupper():
                    j += 1
                pm = self._short_name(ctx, sdoc[j].text, uncoded=True)
                if pm is not None:
                    ctx.genders.setdefault(pm.name, g)
        # the person a main clause is about stays the one a later subject 'he'/'she' means
        # ("A will meet B ... She will then ..."), until another person is
        root = next((t for t in sdoc if t.dep_ == "ROOT"), None)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
        if subj is not None and (subj.pos_ == "PROPN" or _capitalised_noun(subj)):
            acts = self._resolve_one(subj, matches, ctx, offset, ctx.date)
            if len(acts) == 1 and acts[0].name:
                ctx.last_subject = acts[0].name
            elif not any(a.name for a in acts):
                # "Dana Okafor told reporters ...": a person no table knows is the subject now
                pm = self._short_name(ctx, subj.text, uncoded=True)
                if pm is not None and pm.uncoded:
                    ctx.last_subject = pm.name

    def _apposed_title(self, t: Any, matches: SentenceMatches, ctx: DocContext, offset: int) -> None:
        """"... introduced by the region's governor, Ion Vlad, ...": a name set beside a title that
        no event of the sentence resolved is that official, so a later "Vlad" is coded as the title
        was (the title's country and sector)."""
        name = self._unknown_name(sorted(t.subtree, key=lambda x: x.i), matches)
        if not name or " " not in name or any(pm.name == name and pm.country for pm in ctx.persons):
            return
        acts = self._resolve_one(t.head, matches, ctx, offset, ctx.date)
        if len(acts) != 1 or not acts[0].country or not acts[0].sectors or (acts[0].name and acts[0].name != name):
            return
        if acts[0].resolved_by == "context" and not any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in t.head.children):
            return  # the one country a sentence names is a guess for a bare title, not for "the region's governor"
        a = acts[0]
        # (a name first met bare, uncoded, is now known by its title)
        ctx.persons[:] = [pm for pm in ctx.persons if pm.name != name]
        ctx.persons.append(PersonMention(name, a.country, a.sectors, a.role, a.organisation, frozenset(), self._next(ctx), False))

    # ------------------------------------------------------------------ internals
    def _conjuncts(self, head: Any) -> list[Any]:
        out = [head]
        stack = [head]
        if head.lemma_.lower() in _QUANTITY_NOUNS:
            # "dozens of Sudanese and Nigerian refugees": the members are coordinated
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    stack.extend(x for x in c.children if x.dep_ == "pobj")
        if head.pos_ == "ADP" and head.dep_ in ("nsubj", "nsubjpass", "prep") and head.is_title:
            # a first name the tagger took for a preposition opening the sentence ("Abdou/ADP
            # Diallo/pobj and Kwame Asante met"): the name's conjuncts hang on its "object"
            stack.extend(x for x in head.children if x.dep_ == "pobj")
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ", "NUM"):
                    out.append(c)
                    stack.append(c)
                elif self._list_appos(c):
                    out.append(c)
                    stack.append(c)
                elif t is head and self._fore_conjunct(c):
                    out.append(c)
        return out

    @staticmethod
    def _fore_conjunct(c: Any) -> bool:
        """The first of two coordinated names the parser hung on the second as a modifier: in
        "Okafor and Ghanaian President Ama Mensah met", "Okafor" (with the "and" and the title as
        its own dependents) modifies "Mensah", yet is a person of its own."""
        # only between names: "Cameroonian and Chadian officials" are one group of two countries
        return (c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.head.pos_ == "PROPN" and c.i < c.head.i
                and any(g.dep_ == "cc" for g in c.children) and any(g.dep_ == "conj" for g in c.children))

    @staticmethod
    def _list_appos(c: Any) -> bool:
        """A list the parser read as apposition: "the US, Russia, and Switzerland"."""
        if c.dep_ != "appos" or c.pos_ != "PROPN":
            return False
        return any(g.dep_ == "cc" for g in c.children) or (
            any(g.dep_ == "cc" for g in c.head.children) and any(g.dep_ == "conj" for g in c.head.children))

    def _only_titles(self, h: Any, matches: SentenceMatches) -> bool:
        hits = [matches.by_token.get(t.i) for t in self._phrase(h) if t.pos_ in ("PROPN", "NOUN")]
        return bool(hits) and all(x is not None and all(en.kind == "title" for en in x[2]) for x in hits)

    def _names_entity(self, h: Any, matches: SentenceMatches) -> bool:
        return any(en.kind in ("country", "igo", "person", "armed") for t in self._phrase(h) for en in (matches.by_token.get(t.i) or (0, 0, []))[2])

    def _trailing_name(self, last: Any, matches: SentenceMatches) -> list[Any]:
        """A name the parser attached elsewhere right after a title ("President To Lam")."""
        nxt = last.i + 1
        hit = matches.by_token.get(nxt)
        if hit and hit[0] == nxt and any(en.kind == "person" for en in hit[2]):
            return [last.doc[i] for i in range(hit[0], hit[1])]
        return []

    def _phrase(self, head: Any) -> list[Any]:
        """Tokens of the noun phrase without relative clauses, conjuncts and most PPs."""
        toks = [head]
        stack = [head]
        # "the withdrawal of X's troops from Y", "the release of X from Y": with an "of" beside it,
        # "from" is where the thing moves from, not whom the phrase names ("officials from Y")
        kept = ("of",) if {c.lower_ for c in head.children if c.dep_ == "prep"} >= {"of", "from"} else ("of", "from")
        if (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep"
                and head.head.head.lemma_.lower() in MOVE_OUT_NOUNS):
            kept = ("of",)
        if head.lower_ in _SPEAKS_FOR_HEADS:
            kept = (*kept, "for")  # "a spokesman for the rebel front" speaks for it, as "of" would say
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in ("conj", "cc", "relcl", "acl", "advcl", "punct", "det", "prep") and not (
                    c.dep_ == "prep" and c.lower_ in kept and t is head
                ) or self._list_appos(c) or (c.dep_ == "appos" and c.pos_ in ("PRON", "DET")) or (  # "X and Y all"
                        t is head and self._fore_conjunct(c)) or (
                        # ("with strings attached, X": a bare noun phrase set off after the head is
                        # an adverbial aside, not part of what the phrase names)
                        c.dep_ == "npadvmod" and c.i > t.i + 1 and t.pos_ == "NOUN"):
                    continue
                toks.append(c)
                stack.append(c)
        return sorted(toks, key=lambda x: x.i)

    def _span_actor(self, toks: list[Any], matches: SentenceMatches, ctx: DocContext, offset: int, day: Optional[_dt.date]) -> list[Actor]:
        if not toks:
            return []
        return self._compose(toks, toks[-1], matches, ctx, offset, day)

    def _resolve_one(self, h: Any, matches: SentenceMatches, ctx: DocContext, offset: int, day: Optional[_dt.date]) -> list[Actor]:
        low = h.lower_
        acronym = h.text.isupper() and len(h.text) > 1 and h.i in matches.by_token  # "the US", not "us"
        if not acronym and (h.pos_ == "PRON" or low in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _WE | _IT):
            if low in ("they", "them", "he", "she", "it"):
                acts = self._reported_plural(h, matches, ctx, offset, day)
                if acts:
                    return acts
            if low in _FIRST_PERSON:
                # "we in the bloc", "we, the members of X": the sentence says whom 'we' are
                for c in h.children:
                    said = (self._resolve_one(c, matches, ctx, offset, day) if c.dep_ == "appos" else
                            [a for o in c.children if o.dep_ == "pobj" for a in self._resolve_one(o, matches, ctx, offset, day)]
                            if c.dep_ == "prep" and c.lower_ in ("in", "of", "at") else [])
                    if said and all(a.country for a in said):
                        return [replace(a, text=h.text, start=offset + h.idx, end=offset + h.idx + len(h.text)) for a in said]
                acts = self._quoted_speaker(h, matches, ctx, offset, day) or self._parenthetical_speaker(h, matches, ctx, offset, day)
                if acts:
                    return acts
                said = self._interviewee_pronoun(h, ctx, offset)
                if said is not None:
                    return said
            return self._pronoun(h, ctx, offset)
        # "our country", "my government": the country (its government) the first person stands for
        mine = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in _FIRST_PERSON), None)
        if mine is not None and h.lemma_.lower() in ("country", "nation", "state", "government") and h.pos_ == "NOUN":
            owners = self._resolve_one(mine, matches, ctx, offset, day)
            if len(owners) == 1 and owners[0].country and owners[0].country != "IGO":
                sectors = ("GOV",) if h.lemma_.lower() == "government" else ()
                return [self._country_actor(owners[0].country, h, offset, sectors, resolved_by=owners[0].resolved_by)]
        toks = self._phrase(h)
        toks = toks + [t for t in self._trailing_name(toks[-1], matches) if t not in toks]
        owned = self._owned_by_speaker(h, toks, matches, ctx, offset, day)
        if owned:
            return owned
        # "the two signed an accord", "both said ...": the last two people named, else countries
        if h.lower_ in ("two", "both") and h.dep_ in ("nsubj", "nsubjpass") and not any(
                c.dep_ in ("prep", "compound", "amod") for c in h.children):
            pair_actors = self._pair_of(h, ctx, offset, day, people_first=True)
            if pair_actors:
                return pair_actors
        # "the two countries", "both sides", "the two leaders"
        if h.lemma_.lower() in _PAIR_HEADS and any(c.lower_ in _PAIR_DETS for c in h.children if c.dep_ in ("nummod", "det", "predet", "amod")):
            pair_actors = self._pair_of(h, ctx, offset, day, people_first=h.lemma_.lower() in _PAIR_PERSON_HEADS)
            if pair_actors:
                return pair_actors
        # "the three countries", "the four military-led states": the last so many countries named
        count = next((_GROUP_COUNTS[c.lower_] for c in h.children if c.dep_ == "nummod" and c.lower_ in _GROUP_COUNTS), 0)
        if count and h.lemma_.lower() in _POLITY_NOUNS - {"organisation", "organization", "party", "region"} and h.tag_ == "NNS" \
                and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "all") for c in h.children):
            group = ctx.last_countries(count, frozenset(matches.countries))  # (not those this sentence names)
            if group:  # (the states themselves: "military-led" tells how they are ruled, not a sector)
                sectors = ("GOV",) if h.lemma_.lower() == "government" else ()
                return [self._country_actor(iso, h, offset, sectors, resolved_by="coreference") for iso in group]
        # "partners and businesses of the two countries"
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() in _PAIR_HEADS and any(x.lower_ in _PAIR_DETS for x in obj.children):
                    pair = ctx.last_pair()
                    sectors = self._sectors(toks, matches)
                    if pair:
                        return [self._country_actor(iso, h, offset, sectors, resolved_by="coreference") for iso in pair]
        guest = self._guest_or_host(h, toks, matches, ctx, offset, day)
        if guest:
            return guest
        body = self._igo_anaphor(h, toks, ctx, offset)
        if body:
            return body
        owner = next((c for c in h.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner is not None and h.lemma_.lower() in _OFFICE_HOLDERS:
            # "the court's president", "the bloc's chairman": an officer speaks for the body named before
            body = self._igo_anaphor(owner, [t for t in owner.subtree if t.dep_ != "case"], ctx, offset)
            if body:
                start, end = offset + toks[0].idx, offset + toks[-1].idx + len(toks[-1].text)
                return [replace(body[0], text=h.doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)], start=start, end=end)]
        acts = self._compose(toks, h, matches, ctx, offset, day)
        if len(acts) == 1 and acts[0].country and acts[0].resolved_by == "composition" and acts[0].name is None:
            # "Hungarian and Romanian officials": one actor per coordinated country modifier
            for iso in self._coordinated_countries(h, matches):
                if all(a.country != iso for a in acts):
                    a = acts[0]
                    acts.append(replace(a, code=iso + "".join(a.sectors[:1]), country=iso))
            # "the foreign ministers of Chile and Peru": one actor per coordinated country after "of",
            # each with its own country's words
            if acts[0].sectors and acts[0].country != "IGO":
                for c in self._coordinated_of(h, matches):
                    iso = self._country_of(c, matches)
                    if iso and all(a.country != iso for a in acts):
                        a = acts[0]
                        acts.append(replace(a, text=c.text, start=offset + c.idx, end=offset + c.idx + len(c.text),
                                            code=iso + "".join(a.sectors[:1]), country=iso))
        return acts

    def _coordinated_of(self, h: Any, matches: SentenceMatches) -> list[Any]:
        """The countries coordinated with the country after a head's "of" ("leaders of X and Y")."""
        out: list[Any] = []
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj" and self._country_of(o, matches):
                        out.extend(c for c in self._conjuncts(o)[1:])
        return out

    def _guest_or_host(self, h: Any, toks: list[Any], matches: SentenceMatches, ctx: DocContext, offset: int,
                       day: Optional[_dt.date]) -> list[Actor]:
        """"The visiting president", "the guest", "the visitors" stand for who made the visit the story
        tells of; "the host(s)" for the country visited. A phrase naming a country or person is itself.
        Without a visit event so far, the visitor is the last leader named who is not named in this
        sentence (its other party is the host: "X received the visiting premier")."""
        if any(en.kind in ("country", "person", "igo", "armed") for t in toks for en in (matches.by_token.get(t.i) or (0, 0, []))[2]):
            return []
        lemma = h.lemma_.lower()
        visiting = any(c.dep_ in ("amod", "compound") and c.lower_ in ("visiting", "guest") for c in h.children)
        start = offset + toks[0].idx
        end = offset + toks[-1].idx + len(toks[-1].text)
        text = h.doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
        if lemma in ("host", "hosts") and h.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in h.children):
            if ctx.host:
                return [Actor(text, start, end, ctx.host + "GOV", ctx.host, ("GOV",), None, None, None, "coreference")]
            return []
        if not (visiting or (lemma in ("visitor", "guest") and h.pos_ == "NOUN")):
            return []
        if ctx.visitor is not None and ctx.visitor.country:
            v = ctx.visitor
            return [replace(v, text=text, start=start, end=end, resolved_by="coreference")]
        here = {fold(t.text) for t in h.doc}
        for pm in sorted(ctx.persons, key=lambda p: -p.order):
            if not pm.country or pm.country == "IGO" or not (pm.role and _is_leader_role(pm.role)):
                continue
            if fold(pm.name.split()[-1]) in here or (pm.from_dictionary and here & {fold(x) for x in self.k.people[pm.name].short}):
                continue
            return [self._mention_actor(pm, text, start, end, day)]
        return []

    def _coordinated_countries(self, h: Any, matches: SentenceMatches) -> list[str]:
        out: list[str] = []
        for m in h.children:
            if m.dep_ in ("amod", "compound", "nmod") and self._country_of(m, matches):
                for c in m.children:
                    if c.dep_ == "conj":
                        iso = self._country_of(c, matches)
                        if iso and iso not in out:
                            out.append(iso)
        return out

    @staticmethod
    def _country_of(t: Any, matches: SentenceMatches) -> Optional[str]:
        hit = matches.by_token.get(t.i)
        return next((en.key for en in (hit[2] if hit else []) if en.kind == "country"), None)

    def _owned_by_speaker(self, h: Any, toks: list[Any], matches: SentenceMatches, ctx: DocContext, offset: int,
                          day: Optional[_dt.date]) -> list[Actor]:
        """'their fighters', 'its troops' as the subject of what a country or group said: they
        belong to the speakers ("The rebels said their fighters ..."): the speakers' country, the
        phrase's own sector or else the speakers'. 'his forces', 'her troops' in what one named or
        titled person said ("Rebel chief Omar Dalu said his forces will disarm") are that person's
        side the same way; bare "forces" of a state's official are its military."""
        if h.dep_ not in ("nsubj", "nsubjpass") or h.pos_ != "NOUN":
            return []
        poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her")), None)
        if poss is None:
            return []
        person = poss.lower_ in ("his", "her")
        clause, _ = _reported_clause(h)
        if clause is None or clause.head.lemma_.lower() not in _SPEECH_LEMMAS:
            return []
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or any(c.dep_ == "conj" for c in subj.children):
            return []
        if person and subj.tag_ not in ("NN", "NNP"):
            return []
        speakers = self._resolve_one(subj, matches, ctx, offset, day)
        if len(speakers) != 1 or not speakers[0].country or speakers[0].country == "IGO":
            return []
        sp = speakers[0]
        if person != (sp.name is not None or sp.role is not None):
            return []  # "the rebels said his ..." / "Chile said his ...": not the speaker's own
        own = self._sectors(toks, matches)
        if not own and h.lemma_.lower() == "force" and not set(sp.sectors) & {"REB", "INS", "MIL"}:
            own = ("MIL",)
        sectors = own or sp.sectors
        start = offset + toks[0].idx
        end = offset + toks[-1].idx + len(toks[-1].text)
        text = h.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        return [Actor(text, start, end, sp.country + "".join(sectors[:1]), sp.country, tuple(sectors), None, None, None, "coreference")]

    def _quoted_speaker(self, h: Any, matches: SentenceMatches, ctx: DocContext, offset: int, day: Optional[_dt.date]) -> list[Actor]:
        """'I' / 'we' inside a quotation whose speaker the same sentence names ("'We urge them to
        ...,' the ministry spokesman said"; "'I will go,' she told reporters"): the speaker, 'we'
        standing for the speaker's government or organisation."""
        if not self._quotes_someone(h.doc):
            return []
        clause = h
        while clause.head.i != clause.i:  # spaCy makes a new Token object on each access: compare indices
            verb = clause.head
            if verb.lemma_.lower() in _QUOTING_LEMMAS and verb.pos_ == "VERB" and clause.dep_ in ("ccomp", "parataxis"):
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is None or subj.lower_ in _FIRST_PERSON or clause.left_edge.i <= subj.i <= clause.right_edge.i or (
                        subj.left_edge.i <= h.i <= subj.right_edge.i):
                    return []  # no speaker, or one the pronoun is part of ("our partners said")
                acts = self._resolve_one(subj, matches, ctx, offset, day)
                if len(acts) != 1 or not acts[0].country:
                    return []
                return [self._first_person_actor(h, acts[0], offset)]
            clause = verb
        return []

    def _parenthetical_speaker(self, h: Any, matches: SentenceMatches, ctx: DocContext, offset: int,
                               day: Optional[_dt.date]) -> list[Actor]:
        """'we' / 'I' in a clause that a "X said" set inside it reports ("And, Lai said, we are
        open for dialogue"): the speaker that clause names, also without quotation marks."""
        clause = h
        for _ in range(4):
            clause = clause.head
            for c in clause.children:
                if c.dep_ == "parataxis" and c.pos_ == "VERB" and c.lemma_.lower() in _QUOTING_LEMMAS \
                        and not any(g.dep_ in ("ccomp", "dobj") for g in c.children):
                    subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                    if subj is None or subj.pos_ == "PRON":
                        return []
                    acts = self._resolve_one(subj, matches, ctx, offset, day)
                    if len(acts) != 1 or not acts[0].country:
                        return []
                    return [self._first_person_actor(h, acts[0], offset)]
            if clause.head.i == clause.i:
                break
        return []

    @staticmethod
    def _first_person_actor(h: Any, sp: Actor, offset: int) -> Actor:
        """What a first-person pronoun of speaker ``sp`` stands for: 'I' / 'my' the speaker, 'we' /
        'our' the speaker's government (or organisation, or the speaker's own sector: "we" of a
        rebel commander is the rebels)."""
        start, end = offset + h.idx, offset + h.idx + len(h.text)
        if h.lower_ in _SINGULAR_FIRST:
            return replace(sp, text=h.text, start=start, end=end, resolved_by="speaker")
        sectors = ("GOV",) if "GOV" in sp.sectors or sp.country == "IGO" else sp.sectors
        code = ("IGO" + (sp.organisation or "")) if sp.country == "IGO" else (sp.country or UNCODED) + "".join(sectors[:1])
        return Actor(h.text, start, end, code, sp.country, sectors, None, None, sp.organisation, "speaker")

    def _interviewee_pronoun(self, h: Any, ctx: DocContext, offset: int) -> Optional[list[Actor]]:
        """'I', 'my', 'we', 'our' outside quotation marks in a press interview ("Minister X spoke to
        the press ... I will visit Tokyo next week"): in an answer, the interviewee ('we' the
        interviewee's government); in a question ("Could you tell us ...?"), the press: no one.
        None where the sentence quotes someone or no interview is known (the pronoun is read as before)."""
        if ctx.interviewee is None and not ctx.question_turn:
            return None
        if self._quotes_someone(h.doc):
            return None
        if ctx.is_question or ctx.question_turn:
            return []
        iv = ctx.interviewee
        if iv is None or (h.lower_ not in _SINGULAR_FIRST and not iv.country):
            return None
        return [self._first_person_actor(h, iv, offset)]

    @staticmethod
    def _quotes_someone(sdoc: Any) -> bool:
        """The sentence holds quotation marks: double ones, or a single one that opens a quote
        ("'We will stay,' she said"), not the apostrophe of "the leaders' summit"."""
        for t in sdoc:
            if t.text in _QUOTE_MARKS:
                return True
            if t.text in _SINGLE_QUOTES and not t.whitespace_ and (t.i == 0 or sdoc[t.i - 1].whitespace_):
                return True
        return False

    def _reported_plural(self, h: Any, matches: SentenceMatches, ctx: DocContext, offset: int, day: Optional[_dt.date]) -> list[Actor]:
        """'they' in what a plural subject said: "Rebels said they captured the town", "A and B
        said they would meet" -> the speakers; 'he'/'she' in what one named or titled person said
        ("The Chilean president said she would ..."), 'it' in what a country or body said. The actor keeps the speakers' span: the
        pronoun only points back to them."""
        clause, aimed = _reported_clause(h)
        if clause is None:
            return []
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return []
        if h.lower_ in ("he", "she"):
            if subj.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in subj.children):
                return []
            acts = self._resolve_one(subj, matches, ctx, offset, day)
            if not acts and subj.i < h.i:
                # "Dana Okafor said that he would ...": a person no table knows, uncoded, never an
                # older leader of the document (not "He will go, Okafor said": the speaker tells of another)
                acts = self.unresolved(subj, matches, offset)
                pm = self._short_name(ctx, subj.text, uncoded=True) if subj.pos_ == "PROPN" else None
                if len(acts) == 1 and pm is not None and pm.uncoded:
                    acts = [replace(acts[0], name=pm.name)]
            elif len(acts) == 1 and acts[0].name is None and subj.tag_ == "NN" and subj.i < h.i \
                    and subj.lemma_.lower() in self.k.actor_words.person_roles:
                # "the journalist said he ...", "a student in Lima said she ...": that person, with
                # the country the phrase gives if any
                return [replace(acts[0], resolved_by="coreference")]
            if len(acts) != 1 or acts[0].name is None and acts[0].role is None and acts[0].code != UNCODED:
                return []  # a person, named or by title: "the ministry said he ..." says nothing
            return [replace(acts[0], resolved_by="coreference")]
        if h.lower_ == "it":
            # "Ghana said Nigeria had assured it that ...": the party told, warned or asked in what a
            # body reports is that body (a thing captured or seized, "said rebels took it", is not)
            addressed = (h.dep_ in ("dobj", "dative") and h.head.i == clause.i and clause.lemma_.lower() in _ADDRESSING_LEMMAS
                         and any(c.dep_ == "nsubj" and c.lower_ != "it" for c in clause.children))
            if (h.dep_ not in ("nsubj", "nsubjpass") and not aimed and not addressed) or subj.tag_ not in ("NN", "NNP", "NNPS") or any(c.dep_ == "conj" for c in subj.children):
                return []
            acts = self._resolve_one(subj, matches, ctx, offset, day)
            if len(acts) != 1 or acts[0].country is None or acts[0].name is not None or acts[0].role is not None:
                return []  # a country, an organisation or a body ("Chile said it ..."), not a person
            return [replace(acts[0], resolved_by="coreference")]
        if not (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)):
            return []
        acts = [a for c in self._conjuncts(subj) for a in self._resolve_one(c, matches, ctx, offset, day)]
        return [replace(a, resolved_by="coreference") for a in acts]

    def _sectors(self, toks: list[Any], matches: SentenceMatches) -> tuple[str, ...]:
        out: list[str] = []
        for t in toks:
            hit = matches.by_token.get(t.i)
            if hit:
                for en in hit[2]:
                    if en.kind in ("title", "group"):
                        sec = self.k.agents[en.key].sector
                        if sec not in out:
                            out.append(sec)
        return tuple(out)

    def _compose(self, toks: list[Any], h: Any, matches: SentenceMatches, ctx: DocContext, offset: int, day: Optional[_dt.date]) -> list[Actor]:
        persons: list[tuple[Any, Any, str]] = []
        igos: list[str] = []
        countries: list[tuple[str, str]] = []
        titles: list[str] = []
        groups: list[str] = []
        armed: list[str] = []
        seen_spans: set[int] = set()
        for t in toks:
            hit = matches.by_token.get(t.i)
            if not hit or hit[0] in seen_spans:
                continue
            seen_spans.add(hit[0])
            s, e, entries = hit
            if self._affiliation(h.doc, s, e):
                continue  # "Syrian-backed militia", "al-Qaeda-linked rebels", "pro-Russia rebels"
            for en in entries:
                if en.kind == "person":
                    persons.append((s, e, en.key))
                elif en.kind == "igo":
                    igos.append(en.key)
                elif en.kind == "country":
                    if en.form == "adjective" and t.head.lemma_.lower() in _LANGUAGE_HEADS and t.head.i != t.i:
                        continue  # "the use of the Russian language": a language, not the country
                    last = h.doc[e - 1]  # the name's last word bears the possessive ("the United States'")
                    if last.dep_ == "poss" and last.head.lemma_.lower() in _ALLY_HEADS:
                        continue  # "Ruritania's militia ally": another party, backed by it
                    countries.append((en.key, en.form))
                elif en.kind == "title":
                    titles.append(en.key)
                elif en.kind == "group":
                    groups.append(en.key)
                elif en.kind == "armed":
                    armed.append(en.key)
        start = offset + toks[0].idx
        end = offset + toks[-1].idx + len(toks[-1].text)
        text = h.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        if persons:
            s, e, name = persons[0]
            return [self._person_actor(self.k.people[name], text, start, end, day, resolved_by="dictionary")]
        # a short name already introduced in this document ("Phúc", "President Phúc")
        lone_name = sum(1 for t in toks if t.pos_ == "PROPN") == 1 and not countries
        for t in toks:
            # the tagger sometimes takes an unfamiliar surname opening a sentence for a common noun
            # ("Tanaka will travel to Lima"): capitalised, it still names the document's person
            if t.pos_ == "PROPN" or (_capitalised_noun(t) and len(toks) == 1):
                pm = self._short_name(ctx, t.text, any_part=lone_name)
                if pm is not None:
                    return [self._mention_actor(pm, text, start, end, day)]
        # a leader's short name with no earlier full mention ("Putin met Xi", "Modi said")
        names = [t for t in toks if t.i not in matches.by_token and (t.pos_ == "PROPN" or (
            # a lone leader's surname opening a sentence that the tagger took for a common noun
            # ("Castellano praised ...", like "trump" or "modi" as words): the tables know the name
            _capitalised_noun(t) and len(toks) == 1 and t.is_sent_start) or (
            # "Chancellor smith": a lower-case surname after a capitalised title may be tagged a noun
            t.pos_ == "NOUN" and t.text.islower() and t.i > 0 and _title_word(t.i - 1, matches)
            and t.doc[t.i - 1].text[:1].isupper() and fold(t.text) in self.k.short_names))]
        if len(names) == 1:
            name = self._leader_by_short_form(names[0], day, {c for c, _ in countries}, titles)
            if name is not None:
                t = names[0]
                self._person_mention(ctx, name, t.doc, t.i, t.i + 1, day)
                return [self._person_actor(self.k.people[name], text, start, end, day, resolved_by="dictionary")]
        title_role = next((self.k.agents[t].role for t in titles if self.k.agents[t].role), None)
        sectors = tuple(dict.fromkeys(self.k.agents[x].sector for x in titles + groups))
        head_hit = matches.by_token.get(h.i)
        if igos and countries and h.pos_ == "PROPN" and head_hit is not None and not any(en.kind == "igo" for en in head_hit[2]) \
                and any(en.kind == "country" and en.form == "name" for en in head_hit[2]):
            # "NATO-member Norway", "EU member Poland": the phrase names the member state, the
            # organisation only describes it
            igos = []
        if igos:
            org = igos[0]
            name = self._role_and_name(toks, h, matches) if not titles else self._unknown_name(toks, matches)
            if name:
                # "UN special rapporteur Richard Bennett ... Bennett said": the person is named later
                ctx.persons.append(PersonMention(name, "IGO", sectors, title_role, org, frozenset(fold(x) for x in titles),
                                                 self._next(ctx), False))
            return [Actor(text, start, end, "IGO" + org, "IGO", sectors, name, title_role, org, "composition")]
        if armed:
            # a named non-state group or party: its home country unless the phrase names one
            # ("the Pakistani Taliban"); transnational groups have no country (code IMG...)
            g = self.k.armed_groups[armed[0]]
            iso_g = countries[0][0] if countries else g.country
            secs = tuple(dict.fromkeys((g.sector,) + sectors))
            code = (iso_g or "IMG") + secs[0]
            # "the group's spokesman Tomas Ardil ... Ardil said", "he said": the person named with
            # the group's role speaks for the group later in the story, as a country's official does
            name = self._unknown_name(toks, matches) if titles else self._role_and_name(toks, h, matches)
            if name:
                ctx.persons.append(PersonMention(name, iso_g, secs, title_role, None, frozenset(fold(x) for x in titles),
                                                 self._next(ctx), False))
            return [Actor(text, start, end, code, iso_g, secs, name, title_role, g.name, "dictionary")]
        if countries and countries[0][1] == "adjective":
            # "ethnic Albanians in Serbia", "the Albanians of Serbia": a people living in a
            # country named in the phrase belongs to that country; "ethnic" alone says nothing
            named = next((c for c in countries[1:] if c[1] == "name"), None)
            if named is None and any(t.lower_ == "ethnic" for t in toks):
                place = self._place_country(h, matches)
                if place is None:
                    others = [c for c in matches.countries if c != countries[0][0]]
                    place = others[0] if len(others) == 1 else None
                if place is None:
                    return [Actor(text, start, end, "---" + "".join(sectors[:1]), None, sectors, None, title_role, None, "composition")]
                named = (place, "name")
            if named is not None:
                countries = [named] + [c for c in countries if c != named]
        if countries:
            iso, form = countries[0]
            if not sectors and form == "capital":
                sectors = ("GOV",)
            name = self._unknown_name(toks, matches) if titles else self._role_and_name(toks, h, matches)
            if name:
                ctx.persons.append(PersonMention(name, iso, sectors, title_role, None, frozenset(fold(x) for x in titles), self._next(ctx), False))
            kind = self._ministry_kind(toks)
            if kind is not None:
                ctx.ministries[kind] = iso
            return [Actor(text, start, end, iso + "".join(sectors[:1]), iso, sectors, name, title_role, None, "composition")]
        if titles:
            pm = self._by_title(ctx, titles, day)
            own = self._unknown_name(toks, matches)
            if pm is not None and own and " " in own and fold(own) != fold(pm.name):
                pm = None  # "Jan Ruiz, the provincial leader": a full name of its own, not the last leader
            if pm is not None:
                return [self._mention_actor(pm, text, start, end, day)]
            kind = self._ministry_kind(toks)
            if sectors and kind is not None and kind in ctx.ministries:
                # "Ruritania's Foreign Ministry denied ... foreign ministry spokesman Ivo Brandt said":
                # the ministry (its spokesman, its minister) is the one the story last named
                iso = ctx.ministries[kind]
                name = self._unknown_name(toks, matches)
                if name:
                    ctx.persons.append(PersonMention(name, iso, sectors, title_role, None, frozenset(fold(x) for x in titles),
                                                     self._next(ctx), False))
                return [Actor(text, start, end, iso + sectors[0], iso, sectors, name, title_role, None, "coreference")]
            if sectors:
                # "President Ahmed Musa imposed a curfew in Chad"
                act = self._countryless(h, matches, ctx, text, start, end, sectors, title_role)
                name = self._unknown_name(toks, matches)
                if act.country and name and " " in name and (act.resolved_by == "composition" or (
                        h.dep_ in ("appos", "conj") and h.head.pos_ == "NOUN"
                        and any(a.country == act.country for a in self._resolve_one(h.head, matches, ctx, offset, day)))) \
                        and not any(pm.name == name and pm.country for pm in ctx.persons):
                    # "Jan Ruiz, Alberta's premier", "the spokesman for Ruritania's ministry, Ambassador
                    # Ivo Brandt": "Brandt told reporters" later is that country's official too (not a
                    # guess from the one country a sentence happens to name)
                    ctx.persons.append(PersonMention(name, act.country, sectors, title_role, None,
                                                     frozenset(fold(x) for x in titles), self._next(ctx), False))
                return [act]
        org = _ORG_HEADS.get(h.lower_) if h.pos_ == "PROPN" and h.text[:1].isupper() else None
        if org and any(t is not h and t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper() for t in toks):
            # a named organisation missing from the tables ("the People's Salvation Front"): a
            # group of the country the sentence (or document) is about
            iso = self._place_country(h, matches) or self._context_country(h, matches, ctx)
            return [Actor(text, start, end, (iso or "---") + org, iso, (org,), None, None, None, "composition" if iso is None else "context")]
        if groups and sectors:
            # "rebels in Ivory Coast"; "police" in a sentence (or document) about one country
            return [self._countryless(h, matches, ctx, text, start, end, sectors, None)]
        # an event noun as actor: "The trip ... is aimed at ..." -> who made the trip
        ev = ctx.events_by_noun.get(h.lemma_.lower())
        if ev is not None and h.pos_ == "NOUN":
            src = ev.source
            return [Actor(text, start, end, src.code, src.country, src.sectors, src.name, src.role, src.organisation, "coreference")]
        if h.lemma_.lower() in ("country", "nation") and any(c.lower_ in ("the", "this") for c in h.children):
            if h.dep_ == "pobj" and h.head.lower_ in ("with", "to", "towards", "toward", "against"):
                # "ties between Chile and the Andean nation", "India's ties with the island nation": a
                # counterpart is another country than those the sentence names
                other = ctx.last_countries(1, frozenset(matches.countries))
                if (ctx.host and ctx.visitor is not None and ctx.visitor.country in matches.countries
                        and ctx.host not in matches.countries):
                    other = [ctx.host]  # (the visitor's ties with "the nation": the country it visits)
                if other:
                    return [self._country_actor(other[0], h, offset, (), resolved_by="coreference")]
                return []
            if ctx.countries:
                return [self._country_actor(ctx.countries[-1], h, offset, (), resolved_by="coreference")]
        return []

    def unresolved(self, head: Any, matches: SentenceMatches, offset: int) -> list[Actor]:
        """An actor no table codes, kept with its words and span (code ``---``, no country), when the
        phrase plainly names a person or a group: an unknown capitalised name ("Archbishop Ruiz" is
        composed, "Carlos Ruiz" is not) or a person noun of ``actor_words.yaml`` ("their supporters").
        Places, dates, documents and things give []: they are not actors."""
        if head is None or head.i in matches.by_token or head.pos_ not in ("PROPN", "NOUN"):
            return []
        toks = self._phrase(head)
        if head.pos_ == "PROPN":
            if not self._unknown_name_like(head, toks, matches):
                return []
        elif head.lemma_.lower() not in self.k.actor_words.person_nouns and fold(head.text) not in self.k.actor_words.person_nouns:
            return []
        start = offset + toks[0].idx
        end = offset + toks[-1].idx + len(toks[-1].text)
        text = head.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        return [Actor(text, start, end, UNCODED, None, (), None, None, None, "composition")]

    def _unknown_name_like(self, head: Any, toks: list[Any], matches: SentenceMatches) -> bool:
        """A capitalised name that is not a place, a date, a document or an occasion."""
        if not head.text[:1].isupper():
            return False
        if head.dep_ == "pobj" and head.head.head.pos_ == "PROPN" and head.head.head.text[:1].isupper():
            return False  # the tail of a longer name: "the Emergency on Electricity", "the Bank of X"
        name = [t for t in toks if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > toks[0].i)]
        if any(t.i in matches.by_token for t in name):
            return False  # part of it is a country, a region or a title that still did not resolve
        if any(t.lower_ in _CALENDAR for t in name):
            return False
        words = self.k.actor_words
        text = " ".join(t.text for t in name)
        if fold(head.text) in words.name_heads or fold(text) in words.places or fold(head.text) in words.places:
            return False
        if fold(text) in self.k.short_names:
            return True  # a dictionary person's surname ("Obama") that is also a town's name
        return self.k.city(text) is None

    @staticmethod
    def _affiliation(doc: Any, s: int, e: int) -> bool:
        """The name only says whom the actor is tied to ("X-backed", "pro-X"), not who it is."""
        if e + 1 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ in _AFFILIATION_SUFFIXES:
            return True
        return s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in ("pro", "anti")

    def _place_country(self, h: Any, matches: SentenceMatches) -> Optional[str]:
        """The country of "in X" on a group or title ("rebels in Ivory Coast", "police in Cairo",
        "crowds of workers across X")."""
        heads = [h] + [x for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]
        # the place may hang on a word that only locates the group: "fighters based in Chad",
        # "gunmen present on Malian soil", "units stationed inside Iraq"
        heads += [c for x in heads for c in x.children
                  if c.dep_ in ("amod", "acl") and c.lower_ in _LOCATING_WORDS]
        for c in (c for x in heads for c in x.children):
            if c.dep_ == "prep" and c.lower_ in ("in", "inside", "throughout", "across", "on"):
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is None or (c.lower_ == "on" and obj.lemma_.lower() not in ("soil", "territory")):
                    continue  # "on" only for a country's soil ("rebels on Chadian soil", not "on the border")
                for t in [obj] + [x for x in obj.children if x.dep_ in ("compound", "amod", "poss")]:
                    hit = matches.by_token.get(t.i)
                    for en in (hit[2] if hit else []):
                        if en.kind == "country":
                            return en.key
        return None

    def _region_modifier(self, h: Any) -> Optional[str]:
        """The country of a province or region named before a group ("Ogaden rebels", "Aceh
        police"), or owning it ("Ontario's premier", also set beside a name: "Jan Ruiz, Aceh's
        governor"): only the regions the tables list, not any town (surnames are towns too)."""
        heads = [h] + [c for c in h.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for c in (c for x in heads for c in x.children):
            if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.i < c.head.i:
                name = h.doc[c.left_edge.i : c.i + 1].text
                region = next((x for x in self.k.cities.get(fold(name), []) if x.population == 0 and x.admin1 is None), None)
                if region is not None:
                    return region.country
        return None

    def _context_country(self, h: Any, matches: SentenceMatches, ctx: DocContext) -> Optional[str]:
        """The country a domestic group belongs to when the phrase names none: the only country
        the sentence names, or, in a sentence naming none, the document's main country."""
        if any(c.dep_ in ("amod", "compound") and c.lower_ in _NOT_LOCAL for c in h.children):
            return None  # "foreign troops", "international observers"
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                if any(x.dep_ == "pobj" and x.tag_ == "NNS" and x.lemma_.lower() in _POLITY_NOUNS for x in c.children):
                    return None  # "leaders of countries": many countries, none named
        # (not a country that only ties another party to it: "talks with the U.S.-based lender")
        doc = h.doc
        tying = {en.key: self._affiliation(doc, s, e) for s, e, entries in matches.spans for en in entries
                 if en.kind == "country"}
        named = [c for c in matches.countries if not tying.get(c, False)]
        if len(named) == 1:
            hit = matches.by_token.get(h.i)
            body = hit is not None and all(en.kind == "group" for en in hit[2])
            if body and self._other_peoples_leader(h.sent, named[0], matches):
                # "parliament urged <leader of A> to help B": the body may be A's or B's (a title
                # beside a foreign leader is rather their counterpart: "talks with the prime minister")
                return None
            return named[0]
        if not named:
            return ctx.dominant_country()
        return None

    def _other_peoples_leader(self, sent: Any, iso: str, matches: SentenceMatches) -> bool:
        """The sentence also names a listed person (in full, or a leader by surname) who never
        served ``iso``: then ``iso`` is not the only country the sentence is about."""
        names: set[str] = {en.key for _, _, entries in matches.spans for en in entries if en.kind == "person"}
        doc = sent.doc
        for t in sent:
            # a surname standing alone ("Putin"), not part of a longer name ("Michel Aoun") or a date
            if (t.pos_ == "PROPN" and t.i not in matches.by_token and t.text[:1].isupper() and not t.ent_type_ == "DATE"
                    and fold(t.text) not in self.k.common_names
                    and not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and not _title_word(j, matches)
                                for j in (t.i - 1, t.i + 1))):
                owners = self.k.short_names.get(fold(t.text), ())
                if len(owners) == 1:
                    names.update(owners)
        return any(n in self.k.people and self.k.people[n].roles and all(r.country != iso for r in self.k.people[n].roles)
                   for n in names)

    def _countryless(self, h: Any, matches: SentenceMatches, ctx: DocContext, text: str, start: int, end: int,
                     sectors: tuple[str, ...], role: Optional[str]) -> Actor:
        """A title or group that names no country: the place it is "in", else (for domestic
        sectors) the country the sentence or document is about, else none."""
        iso = self._place_country(h, matches) or self._region_modifier(h)
        if iso:
            return Actor(text, start, end, iso + sectors[0], iso, sectors, None, role, None, "composition")
        if sectors[0] in _DOMESTIC_SECTORS:
            iso = self._context_country(h, matches, ctx)
            if iso:
                return Actor(text, start, end, iso + sectors[0], iso, sectors, None, role, None, "context")
        if sectors[0] == "NGO":
            # "a human rights group said": a non-governmental body of no stated country takes CAMEO's
            # transnational code NGO (as "Amnesty International" does)
            return Actor(text, start, end, "NGO", None, sectors, None, role, None, "composition")
        return Actor(text, start, end, "---" + sectors[0], None, sectors, None, role, None, "composition")

    @staticmethod
    def _role_and_name(toks: list[Any], h: Any, matches: SentenceMatches) -> Optional[str]:
        """A personal name after a role word no table lists ("press secretary Karoline Leavitt",
        "special rapporteur Richard Bennett"): two to four capitalised proper nouns ending the phrase,
        right after a lower-case noun; also a name set beside the role noun ("her Brazilian
        counterpart Carlos Mendes", the name in apposition)."""
        if not (h.pos_ == "PROPN" and toks[-1].i == h.i) and not (
                h.pos_ == "NOUN" and toks[-1].dep_ == "appos" and toks[-1].head.i == h.i
                and (toks[-1].pos_ == "PROPN" or _hyphen_tail(toks[-1]))):
            return None
        run: list[Any] = []
        for t in reversed(toks):
            if t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in matches.by_token:
                run.insert(0, t)
            elif _hyphen_tail(t) or (t.text == "-" and run and _hyphen_tail(run[0])):
                run.insert(0, t)  # "Park Ji-hoon": the given name's parts joined by a hyphen
            else:
                break
        words = [t for t in run if t.text[:1].isupper()]
        if not 2 <= len(words) <= 4 or run[0].i == toks[0].i or not run[0].text[:1].isupper():
            return None
        before = h.doc[run[0].i - 1]
        if before.pos_ != "NOUN" or not before.text.islower():
            return None
        return h.doc[run[0].i : run[-1].i + 1].text

    @staticmethod
    def _ministry_kind(toks: list[Any]) -> Optional[str]:
        """"foreign" for a foreign ministry or its minister or spokesman ("the Ministry of Foreign
        Affairs", "foreign ministry spokesman"), else None."""
        words = {t.lower_ for t in toks}
        if words & {"ministry", "minister", "office"} and words & {"foreign", "external"}:
            return "foreign"
        return None

    def _unknown_name(self, toks: list[Any], matches: SentenceMatches) -> Optional[str]:
        # (not a word that qualifies the role noun: "the Ontario provincial leader", "Aceh's governor")
        names = [t for t in toks if t.pos_ == "PROPN" and t.i not in matches.by_token
                 and not (t.dep_ in ("compound", "poss", "amod", "nmod") and t.head.pos_ == "NOUN")]
        if not names:
            return None
        # one run of adjacent words: "Jan Ruiz, Alberta's premier" names Jan Ruiz, not "Jan Ruiz Alberta"
        runs: list[list[Any]] = []
        for t in names:
            if runs and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        names = max(runs, key=lambda r: (len(r) > 1, -r[0].i))  # the first full name
        return " ".join(t.text for t in names) if len(names) <= 4 else None

    def _next(self, ctx: DocContext) -> int:
        ctx.order += 1
        return ctx.order

    def _pair_of(self, h: Any, ctx: DocContext, offset: int, day: Optional[_dt.date], *, people_first: bool) -> list[Actor]:
        """The pair a "the two ..." phrase refers back to: the last two people named (when the phrase
        names people, or names nothing), else the last two countries."""
        if people_first:
            people = self._last_two_people(ctx)
            if people:
                return [self._mention_actor(pm, h.text, offset + h.idx, offset + h.idx + len(h.text), day) for pm in people]
        pair = ctx.last_pair()
        return [self._country_actor(iso, h, offset, (), resolved_by="coreference") for iso in pair] if pair else []

    @staticmethod
    def _last_two_people(ctx: DocContext) -> list[PersonMention]:
        """The two people last named in the document, of two different countries."""
        out: list[PersonMention] = []
        for pm in sorted(ctx.persons, key=lambda p: -p.order):
            if pm.country and all(pm.country != o.country for o in out):
                out.append(pm)
            if len(out) == 2:
                return out[::-1]
        return []

    def _leader_by_short_form(self, tok: Any, day: Optional[_dt.date], countries: set[str],
                              titles: Sequence[str] = ()) -> Optional[str]:
        """The dictionary person a bare short form names, when it can only be them: the form belongs
        to one person, who is head of state or government on the (known) publication date, the people
        news names by surname alone ("Putin said"); it is a capitalised proper noun and agrees with a
        country named beside it. A former leader's surname ("Brown", "May") stays unresolved.
        With no date known (a lone sentence), the form's one owner is taken when the title beside it
        is one of their offices, held in one country ("President Obama"), or, standing alone, when
        they led one country only and the form is not a common name (data/common_names.txt)."""
        if tok.pos_ not in ("PROPN", "NOUN") or tok.text.isupper() or (
                tok.pos_ == "NOUN" and not titles and not (_capitalised_noun(tok) and tok.is_sent_start)):
            return None
        if not tok.text[:1].isupper() and not (titles and tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper()):
            return None  # lower case only as a slip right after a capitalised title ("President smith")
        owners = set(self.k.short_names.get(fold(tok.text), ()))
        if len(owners) != 1:
            return None
        (name,) = owners
        if day is None:
            roles = self.k.people[name].roles
            if titles:
                want = {fold(t) for t in titles}
                fits = [r for r in roles if want & {fold(r.role), fold(r.title or "")}]
            elif fold(tok.text) in self.k.common_names:
                return None  # "Brown", "May": a common name standing alone in undated text is anyone
            else:
                fits = [r for r in roles if _is_leader_role(r.role)]
            lands = {r.country for r in fits}
            if len(lands) != 1 or (countries and not lands <= countries):
                return None
            return name
        role, current = self.k.people[name].role_on(day)
        if role is None or not current or not _is_leader_role(role.role):
            return None
        if countries and role.country not in countries:
            return None
        return name

    def _short_name(self, ctx: DocContext, text: str, *, any_part: bool = False, uncoded: bool = False) -> Optional[PersonMention]:
        """The person of the document a short name means; a person no table knows only with ``uncoded``."""
        f = fold(text)
        for pm in reversed(ctx.persons):
            if pm.uncoded and (not uncoded or pm.name[:1].islower()):  # not "the journalist"
                continue
            if pm.from_dictionary:
                p = self.k.people[pm.name]
                if f in {fold(s) for s in p.short} or f == fold(pm.name.split()[-1]):
                    return pm
            elif f == fold(pm.name.split()[-1]):
                return pm
        # a composed person ("Ethiopian Prime Minister Abiy Ahmed") is also named later by another part
        # of the name ("Abiy"), as naming customs differ: only when one person in the document has it
        if any_part and len(f) >= 3 and f not in _NAME_PARTICLES:
            owners = [pm for pm in ctx.persons if not pm.from_dictionary and not pm.uncoded and f in {fold(w) for w in pm.name.split()[:-1]}]
            if len({pm.name for pm in owners}) == 1:
                return owners[-1]
        return None

    def _gender(self, pm: PersonMention, ctx: DocContext) -> Optional[str]:
        """"f", "m" or None (not told): from an honorific or title seen before the name ("Mrs.
        Mensah"), the role ("Queen"), or the given name ("Ingrid Solberg")."""
        g = ctx.genders.get(pm.name)
        if g is None and pm.role:
            g = next((x for w in pm.role.split() for x in [self.k.gendered_words.get(fold(w))] if x), None)
        if g is None and len(pm.name.split()) > 1:
            g = self.k.gendered_words.get(fold(pm.name.split()[0]))
        return g

    def _by_title(self, ctx: DocContext, titles: list[str], day: Optional[_dt.date]) -> Optional[PersonMention]:
        want = {fold(t) for t in titles}
        for pm in sorted(ctx.persons, key=lambda p: -p.order):
            if pm.uncoded:
                continue  # a title still says the country: "Judge X" of a story about Chile
            if want & pm.titles or (pm.role and fold(pm.role) in want):
                return pm
        # cataphora: a dictionary person named later in the document whose dated role fits
        when = day or ctx.date
        for name in ctx.known_people:
            roles = [r for r in self.k.people[name].roles if when is None or r.holds_on(when)]
            if want & {fold(x) for r in roles for x in (r.role, r.title or "")}:
                return self._person_mention(ctx, name, None, 0, 0, when)
        return None

    def _person_mention(self, ctx: DocContext, name: str, sdoc: Any, s: int, e: int, day: Optional[_dt.date]) -> PersonMention:
        p = self.k.people[name]
        role, current = p.role_on(day)
        titles: set[str] = set()
        if sdoc is not None:
            j = s - 1
            while j >= 0 and (sdoc[j].is_title or sdoc[j].is_upper or sdoc[j].lower_ in ("and", "of", "the", "-")):
                titles.add(fold(sdoc[j].text))
                j -= 1
            titles = {t for t in titles if t in self.k.agents} | {
                fold(" ".join(x.text for x in sdoc[a:b])) for a in range(max(0, s - 4), s) for b in range(a + 1, s + 1)
                if fold(" ".join(x.text for x in sdoc[a:b])) in self.k.agents
            }
        if role:
            titles.add(fold(role.role))
        for pm in ctx.persons:
            if pm.name == name:
                pm.order = self._next(ctx)
                pm.titles = pm.titles | frozenset(titles)
                return pm
        early = p.before_first_role(day)
        pm = PersonMention(
            name,
            (("IGO" if role.country == "IGO" else role.country) if role else None),
            (role.sectors if current else () if early else ("ELI",)) if role else (),
            (role.role if current else None if early else f"former {role.role}") if role else None,
            role.organisation if role else None,
            frozenset(titles),
            self._next(ctx),
            True,
        )
        ctx.persons.append(pm)
        return pm

    def _person_actor(self, p: Person, text: str, start: int, end: int, day: Optional[_dt.date], resolved_by: str) -> Actor:
        role, current = p.role_on(day)
        if role is None:
            return Actor(text, start, end, "---", None, (), p.name, None, None, resolved_by)
        if p.before_first_role(day):  # not yet in any known office: the country, no sector, no role
            if role.country == "IGO":
                return Actor(text, start, end, "---", None, (), p.name, None, None, resolved_by)
            return Actor(text, start, end, role.country, role.country, (), p.name, None, None, resolved_by)
        sectors = role.sectors if current else ("ELI",)
        label = role.role if current else f"former {role.role}"
        if role.country == "IGO":
            org = role.organisation or ""
            return Actor(text, start, end, "IGO" + org, "IGO", sectors, p.name, label, org, resolved_by)
        return Actor(text, start, end, role.country + sectors[0], role.country, sectors, p.name, label, None, resolved_by)

    def _mention_actor(self, pm: PersonMention, text: str, start: int, end: int, day: Optional[_dt.date]) -> Actor:
        if pm.from_dictionary:
            a = self._person_actor(self.k.people[pm.name], text, start, end, day, "coreference")
            return a
        iso = pm.country
        # an organisation's official is coded as the organisation ("IGOUNO"), a country's with its sector
        code = "IGO" + (pm.organisation or "") if iso == "IGO" else (iso or "---") + "".join(pm.sectors[:1])
        name = None if pm.name[:1].islower() else pm.name  # "the journalist": a role, no name
        return Actor(text, start, end, code, iso, pm.sectors, name, pm.role, pm.organisation, "coreference")

    def _country_actor(self, iso: str, h: Any, offset: int, sectors: tuple[str, ...], resolved_by: str) -> Actor:
        start = offset + h.idx
        return Actor(h.text, start, start + len(h.text), iso + "".join(sectors[:1]), iso, sectors, None, None, None, resolved_by)

    def _pronoun(self, h: Any, ctx: DocContext, offset: int) -> list[Actor]:
        low = h.lower_
        start = offset + h.idx
        end = start + len(h.text)
        if low in _PERSON_PRONOUNS:
            # only people named before the pronoun: not one its own sentence names after it
            def order(p: PersonMention) -> int:
                at = ctx.sentence_people.get(p.name)
                return p.order if at is None or at[0] < h.i else at[1]
            # not one coordinated with the pronoun: "She and Okafor urged ..." (she is someone else)
            beside = {fold(c.text) for c in self._conjuncts(h.head if h.dep_ == "conj" else h) if c.i != h.i}
            named = [p for p in ctx.persons if order(p) > 0 and not (beside and fold(p.name.split()[-1]) in beside)]
            wrong = "m" if low in ("she", "her", "hers", "herself") else "f"
            named = [p for p in named if self._gender(p, ctx) != wrong]
            if low in ("he", "she") and h.dep_ in ("nsubj", "nsubjpass") and ctx.last_subject and not any(
                    at[0] < h.i for at in ctx.sentence_people.values()):
                # the person's fullest record: a name first seen bare, then with a country
                # ("Puan Maharani", then "Indonesian Speaker Puan Maharani"), is the latter
                same = [p for p in named if p.name == ctx.last_subject]
                subj = max(same, key=lambda p: (p.country is not None, p.order)) if same else None
                if subj is not None:
                    return [self._mention_actor(subj, h.text, start, end, ctx.date)]
            if named:
                pm = max(named, key=order)
                return [self._mention_actor(pm, h.text, start, end, ctx.date)]
            return []
        if low in _WE:
            sp = ctx.speaker
            if sp is not None and sp.country:
                sectors = ("GOV",) if "GOV" in sp.sectors or sp.country == "IGO" else sp.sectors
                code = ("IGO" + (sp.organisation or "")) if sp.country == "IGO" else sp.country + "".join(sectors[:1])
                return [Actor(h.text, start, end, code, sp.country, sectors, None, None, sp.organisation, "speaker")]
            return []
        if low in _IT and ctx.countries:
            return []
        return []
