"""Parse helpers shared by the extractor's stage modules (clause tests, dates, ids), the candidate
record and the stage base class."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any, Optional

from legation.code._words import (
    CONDITION_MARKS, JOURNEY_PRESENT_LEMMAS, MONTH_LEADS, OPPONENT_SECTORS, OWNER_PARTICIPLES, STATE_SECTORS,
    _FORCE_SECTORS, _FUTURE_FRAMES, _MOVEMENT_LEMMAS, _ORDINAL_WORDS, _PEACEKEEPING, _RELIEF_HELPERS, _REPORT_LEMMAS, _SCHEDULE_LEMMAS,
    _WEEKDAYS,
)
from legation.options import Options
from legation.records import Actor, Event, EventDate, Plover
from legation.resolve._actors import UNCODED, ActorResolver
from legation.resolve._knowledge import Knowledge, TriggerEntry


@dataclass
class _Candidate:
    trigger: Any  # spaCy token
    entry: TriggerEntry
    sources: list[Actor]
    targets: list[Actor]
    pair: bool
    chain: list[Any]  # trigger and the verbs that govern it (for modality, dates and places)
    code: str
    rule: str
    light: Any = None
    modality: Optional[str] = None  # set where the coded event is a statement about the act (a threat, a promise)
    # a person or group in a target slot that no table codes: the target of last resort, taken only
    # where no coded target, place or protest target was found (code ---, no country)
    uncoded_targets: list[Actor] = field(default_factory=list)


def _existential(participle: Any) -> bool:
    """"There were five guards wounded in X": the participle on the noun of an existential "there
    is" tells the event itself, as a passive clause would ("five guards were wounded")."""
    noun = participle.head
    return (participle.dep_ == "acl" and noun.dep_ in ("attr", "nsubj") and noun.head.lemma_.lower() == "be"
            and any(c.dep_ == "expl" for c in noun.head.children))


def _scheduled_journey(t: Any) -> bool:
    """A journey told in the simple present, as wires tell a tour's next stop: "continues to Lima
    on Friday", "travels to Hanoi next": a plan, dated forwards."""
    return (t.tag_ in ("VBZ", "VBP") and t.lemma_.lower() in JOURNEY_PRESENT_LEMMAS and t.dep_ in ("ROOT", "conj")
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in t.children)
            and any(c.dep_ == "prep" and c.lower_ in ("to", "for", "onto") for c in t.children))


def _sentence_tense(sdoc: Any) -> Optional[str]:
    """"future", "past" or None: the direction in which the sentence's yearless and weekday dates
    resolve (read once per sentence, for its events and for the dates later sentences inherit)."""
    return "future" if _speaks_of_the_future(sdoc) else "past" if _speaks_of_the_past(sdoc) else None


def _speaks_of_the_future(sdoc: Any) -> bool:
    """Future tense or a scheduling frame anywhere in the sentence: yearless and weekday dates
    then resolve forwards ("is expected to travel on Friday" is the coming Friday)."""
    for t in sdoc:
        if t.lower_ in ("will", "'ll", "shall") and t.dep_ == "aux" and t.head.dep_ == "relcl" and any(
                r.dep_ == "ROOT" and r.tag_ == "VBD" for r in sdoc):
            continue  # "arrived on Wednesday on a tour that will take him to X": the tour's future, told in the past
        if (t.lower_ in ("will", "'ll", "shall") and t.dep_ == "aux" and t.head.dep_ == "ccomp" and t.sent.root.tag_ == "VBD"
                and any(_date_word(x) and x.i not in {y.i for y in t.head.subtree} for x in sdoc)):
            continue  # "on Monday X assured Y that it will help": a date outside the promise dates the past act
        if t.lower_ in ("will", "'ll", "shall", "upcoming", "forthcoming") or _scheduled_journey(t):
            return True
        # reported future: "the ministry said X would visit from March 4 to 6"
        if (t.lower_ == "would" and t.dep_ == "aux" and t.head.dep_ == "ccomp" and t.head.head.dep_ == "ROOT"
                and t.head.head.lemma_.lower() in _REPORT_LEMMAS
                and not any(c.lower_ in ("have", "not", "n't", "never") for c in t.head.children)
                and not _condition_or_outer_weekday(sdoc, t.head)):
            # (a weekday outside the reported clause is mostly when it was said, "said on Monday X
            # would visit"; one inside it is the plan's, "said X would visit on Monday"; a
            # condition makes no plan)
            return True
        if (t.lemma_.lower() in _SCHEDULE_LEMMAS and t.tag_ in ("VBN", "JJ") and t.i + 1 < len(sdoc)
                and sdoc[t.i + 1].lower_ == "for" and t.dep_ in ("acl", "amod", "ROOT", "relcl")):
            return True  # "a meeting scheduled for Thursday", "talks are set for Friday"
        if t.lemma_.lower() in _FUTURE_FRAMES and t.i + 2 < len(sdoc):
            nxt, verb = sdoc[t.i + 1], sdoc[t.i + 2]
            if nxt.lower_ == "to" and verb.tag_ == "VB" and (t.tag_ in ("VBN", "VBZ", "VBP", "JJ") or t.lower_ in ("going", "planning", "preparing")):
                return True
    return False


def _condition_or_outer_weekday(sdoc: Any, clause: Any) -> bool:
    """Whether the sentence holds a condition ("if", "unless") or a weekday or month outside ``clause``."""
    inside = {x.i for x in clause.subtree}
    return any(x.lower_ in CONDITION_MARKS or (_date_word(x) and x.i not in inside) for x in sdoc)


_MONTH_WORDS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def _date_word(x: Any) -> bool:
    """A weekday or a month name ("Friday", "Feb.", "March"; "may" only as a name)."""
    w = x.lower_.rstrip(".")
    return w in _WEEKDAYS or (w in _MONTH_WORDS and x.tag_ == "NNP")


def _not_deployments(events: list[Event], knowledge: Knowledge) -> list[Event]:
    """042 visits that are troops, police or fighters moving ("troops arrived in X") are not visits:
    CAMEO's visit is a diplomatic act by officials. Peacekeepers arriving are peacekeeping (074);
    other forces moving have no visit code and are dropped."""
    out = []
    for ev in events:
        lemma = (ev.rule or "").rsplit(":", 1)[-1]  # "verb:042:arrive"
        if ev.cameo == "042" and lemma in _MOVEMENT_LEMMAS and ev.source.name is None and ev.source.sectors:
            peacekeepers = _PEACEKEEPING.search(ev.source.text) is not None
            # doctors or rescuers of one country arriving in another bring humanitarian aid (073)
            relief = (not peacekeepers and _RELIEF_HELPERS.search(ev.source.text) is not None and ev.target is not None
                      and ev.source.country is not None and ev.target.country not in (None, ev.source.country))
            if not peacekeepers and not relief and not set(ev.source.sectors) <= _FORCE_SECTORS:
                out.append(ev)
                continue
            if not peacekeepers and not relief:
                continue
            info = knowledge.code_info("074" if peacekeepers else "073")
            ev = replace(ev, cameo=info.code, cameo_root="07", cameo_name=info.name, goldstein=info.goldstein,
                         quad_class=info.quad_class, plover=_plover(info))
        out.append(ev)
    return out


def _plover(info: Any) -> Plover:
    """The PLOVER event, mode and context of a CAMEO code (roots 01/02 have none: said, not dropped)."""
    return Plover(
        info.plover_event,
        info.plover_mode,
        tuple(x for x in (info.plover_context or "").replace(";", "|").split("|") if x),
        None if info.plover_event else f"CAMEO root {info.code[:2]} has no PLOVER category; kept, not dropped",
    )


def _ordinal(text: str) -> Optional[int]:
    """30th -> 30, "fiftieth" -> 50; None for anything else."""
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", text)
    if m:
        return int(m.group(1))
    return _ORDINAL_WORDS.get(text)


def _month_name(tok: Any) -> bool:
    """A capitalised "March" that is the month: next to a number ("March 3", "3 March", "March
    2024") or after a word of time ("in March", "last March", "mid-March")."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (prev is not None and (prev.lower_ in MONTH_LEADS or prev.like_num)) or (nxt is not None and nxt.like_num)


def _infinitive(tok: Any) -> bool:
    """A verb with its own "to" ("to visit"): a to-infinitive clause."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _owner_participle(tok: Any) -> bool:
    """A participle of holding or doing ("operated", "staged"), read from its lemma or its form
    (the lemmatizer gives "stag" for "staged")."""
    low = tok.lower_
    return bool({tok.lemma_.lower(), low[:-1], low[:-2]} & OWNER_PARTICIPLES)


def _recent(date: Optional[EventDate], published: Optional[_dt.date]) -> bool:
    """An event date within the week before (or the day of) publication; unknown dates count."""
    if date is None or date.start is None or published is None:
        return True
    return published - _dt.timedelta(days=7) <= date.start <= published


def _soon(date: Optional[EventDate], published: Optional[_dt.date]) -> bool:
    """A known event date on the day of publication or within the six days after it."""
    if date is None or date.start is None or published is None:
        return False
    return published <= date.start <= published + _dt.timedelta(days=6)


def _overlaps(a: Optional[EventDate], b: Optional[EventDate]) -> bool:
    """Whether two event dates can be the same days (unknown ends overlap anything)."""
    if a is None or b is None or a.start is None or b.start is None:
        return True
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _speaks_of_the_past(sdoc: Any) -> bool:
    """The main clause is in the past ("removed", "had met", "was jailed"): yearless months and
    weekdays then resolve backwards ("In April, the army removed him" in a November article)."""
    for t in sdoc:
        if t.dep_ == "ROOT":
            return t.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in t.children) or (
                t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children))
    return False


def _first_conjunct(tok: Any) -> Any:
    """The first of a row of conjuncts, which bears the relation the whole row has to its head:
    in "discussed the blockade and the raids" the raids are an object of "discussed" too."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _governs(head: Any, tok: Any) -> bool:
    """``tok`` is inside what ``head`` takes (its object, complement or their phrases), not a
    conjoined or adverbial act of its own ("kidnapped ... and bombed ...")."""
    t = tok
    for _ in range(8):
        if t.dep_ in ("conj", "advcl", "parataxis", "relcl") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def _event_id(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _state_and_opponent(a: Actor, b: Actor) -> bool:
    """Whether two actors of one country are its state and an opponent of it (GOV and REB)."""
    sa, sb = a.sectors[:1], b.sectors[:1]
    return bool(sa) and bool(sb) and ((sa[0] in STATE_SECTORS and sb[0] in OPPONENT_SECTORS)
                                      or (sb[0] in STATE_SECTORS and sa[0] in OPPONENT_SECTORS))


def _same_actor(a: Actor, b: Actor) -> bool:
    """One actor twice: the same code and name; two uncoded actors (code ``---``, no name) only
    when they are the same words."""
    if a.code != b.code or a.name != b.name:
        return False
    return a.code != UNCODED or a.name is not None or (a.start, a.end) == (b.start, b.end)


def _actor_key(a: Actor) -> str:
    """An actor's identity for merging events: its code, or, for an uncoded actor, its words."""
    return a.code if a.code != UNCODED or a.name is not None else f"{UNCODED}:{a.text.lower()}"


def _unfill(actors: list[Actor], others: list[Actor]) -> list[Actor]:
    """Undo a country taken from the context ("militants" in a sentence about Israel) when the
    other side is that country itself or the same kind of actor of it: a group acting on its own
    state as a whole is rare, a foreign one is the usual reading ("Israel struck militants",
    "President X met Chinese officials"); a domestic dyad has different sectors ("police arrested
    protesters")."""
    out = []
    for a in actors:
        if a.resolved_by == "context" and any(
                o.country == a.country and (not o.sectors or set(o.sectors) & set(a.sectors)) for o in others):
            a = replace(a, code="---" + a.code[3:], country=None, resolved_by="composition")
        out.append(a)
    return out


class _Stage:
    """What every part of the extractor reads: the knowledge tables, the actor resolver and the options
    (set by ``EventExtractor.__init__``)."""

    k: Knowledge
    actors: ActorResolver
    options: Options
