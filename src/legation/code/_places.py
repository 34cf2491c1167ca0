"""Where an event takes place: prepositional places, the places of visits and hosts, datelines and the
story's place, and places that stand for the target of an act aimed at no one named."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional

from legation.code._helpers import _Candidate, _Stage, _overlaps, _recent, _soon
from legation.code._words import ATTACK_ROOTS, GATHERING_NOUNS, JOURNEY_LEMMAS, NARRATIVE_PLACE_ROOTS, SETTLEMENT_NOUNS, _GATHERING, _REPORT_LEMMAS
from legation.ingest._text import find_dateline
from legation.records import Actor, Event, Place, Sentence
from legation.resolve._actors import DocContext
from legation.resolve._dates import CALENDAR_WORDS
from legation.resolve._fold import fold


class PlaceRules(_Stage):
    """The extractor's rules for places (mixed into EventExtractor)."""

    def _narrative_place(self, events: list[Event], ctx: DocContext) -> list[Event]:
        """A visit's place is where the talks, agreements and cooperation between the visitor and the
        host that the story then tells of took place, when they name no place of their own and their
        dates can be the visit's ("arrived in Addis Ababa ... The two leaders signed ...")."""
        out: list[Event] = []
        for ev in events:
            visit = ctx.narrative_visit
            if (ev.location is None and visit is not None and ev.cameo[:2] in NARRATIVE_PLACE_ROOTS
                    and ev.modality == visit[2] and ev.target is not None
                    and {ev.source.country, ev.target.country} <= visit[1] and ev.source.country != ev.target.country
                    and _overlaps(ev.date, visit[3])):
                ev = replace(ev, location=visit[0])
            out.append(ev)
        line = ctx.dateline
        if (line is not None and not ctx.dateline_gathering and any(ev.location is None and _GATHERING.search(ev.sentence) for ev in out)
                and all(ev.location is None or ev.location.country == line.country for ev in out)):
            # "LUSAKA, May 3 (Wire) - X told leaders at the regional summit ...", "... on the
            # sidelines of the forum": a gathering the story places nowhere else met where the
            # story was filed, and the talks held there are there whoever met
            ctx.dateline_gathering = True
        if line is not None:
            # "BRASILIA, Nov 20 (Reuters) - X and Lula signed ...": talks, agreements and cooperation
            # of the dateline's country that name no place, happened in the days the story reports,
            # took place where the story was filed; filed from an organisation's seat ("UNITED
            # NATIONS, Sept 25 -"), the story's meetings are there whoever met
            out = [replace(ev, location=line) if (
                ev.location is None and ev.cameo[:2] in NARRATIVE_PLACE_ROOTS and not ev.cameo.startswith("041")
                and ev.modality == "occurred" and (ctx.dateline_seat or ctx.dateline_gathering or line.country in {ev.source.country, ev.target.country if ev.target else None})
                and _recent(ev.date, ctx.date)) else ev for ev in out]
            # "SEOUL, Nov 12 (Wire) - ... X is also scheduled to meet Prime Minister Y on Wednesday":
            # a meeting planned in the coming days with the dateline's country, by a party foreign to
            # it, that names no place of its own, is planned where the story was filed
            out = [replace(ev, location=line) if (
                ev.location is None and ev.modality == "planned" and ev.cameo[:2] == "04"
                and not ev.cameo.startswith(("041", "042", "043")) and ev.target is not None
                and line.country in {ev.source.country, ev.target.country}
                and None not in (ev.source.country, ev.target.country) and ev.source.country != ev.target.country
                and _soon(ev.date, ctx.date)) else ev for ev in out]
        for ev in out:
            if ev.cameo[:3] in ("042", "043") and ev.location is not None and ev.target is not None:
                parties = {c for c in (ev.source.country, ev.target.country) if c and c != "IGO"}
                ctx.narrative_visit = (ev.location, parties, ev.modality, ev.date)
                guest, host = (ev.source, ev.target) if ev.cameo[:3] == "042" else (ev.target, ev.source)
                if guest.country and host.country and guest.country not in (host.country, "IGO"):
                    same = ctx.visitor is not None and ctx.visitor.country == guest.country and ctx.visitor.name
                    ctx.visitor = ctx.visitor if same and not guest.name else guest
                    ctx.host = host.country
        return out

    def _dateline(self, text: str) -> Optional[Place]:
        """The city of a wire story's dateline ("NAIROBI, March 3 (Reuters) -", "GAZA CITY,
        Palestinian Territories:"), when the gazetteer knows it."""
        found = find_dateline(text)
        if found is None:
            return None
        name, region, start = found
        iso = None
        if region:
            for _, _, entries in self.k.gazetteer.find(region.split()):
                iso = next((en.key for en in entries if en.kind == "country"), None)
                if iso:
                    break
        city = self.k.city(name.title(), iso) or self.k.city(name, iso)
        if city is None and not region:
            # "UNITED NATIONS, Sept 25 (Wire) -": an organisation filed from is its seat
            seat = self._seat(name)
            if seat is not None:
                return Place(text[start:start + len(name)], seat[0], seat[1], start=start, end=start + len(name))
        if city is None or (iso and city.country != iso):
            return None
        return Place(text[start:start + len(name)], city.name, city.country, city.admin1, city.lat, city.lon, start,
                     start + len(name))

    def _seat(self, name: str) -> Optional[tuple[str, str]]:
        """The seat city and its country of the organisation a whole name names ("UNITED NATIONS"
        -> New York, USA)."""
        words = name.split()
        for s, e, entries in self.k.gazetteer.find(words):
            if s != 0 or e != len(words):
                continue
            for en in entries:
                igo = self.k.igos.get(en.key) if en.kind == "igo" else None
                if igo is not None and igo.seat_city and igo.seat_country:
                    return igo.seat_city, igo.seat_country
        return None

    def _place_target(self, tok: Any, res: Any) -> list[Actor]:
        """A protest, a restriction or an attack aimed at no one named falls on the country where it
        happens: "imposed a curfew in <capital>", "rebels shelled villages in <country>"."""
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        # "blew up power lines leading into <city>": the participle placing the object
        heads += [a for h in heads[1:] for a in h.children if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")]
        for c in (c for h in heads for c in h.children):
            if c.dep_ != "prep" or c.lower_ not in ("in", "into", "inside", "throughout", "across"):
                continue
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN":
                continue
            acts = [a for a in res(obj) if a.country and a.country != "IGO" and a.name is None and a.role is None]
            if len(acts) == 1:
                a = acts[0]
                return [replace(a, code=a.country, sectors=())]
        return []

    def _scene_country(self, tok: Any, light: Optional[Any], sent: Sentence, res: Any) -> Optional[str]:
        """The country of the place an attack struck: a place "in", "near", "outside" or "at" it,
        on the trigger, its light verb, the weapon or act that is its subject or agent, or the
        attack noun it happened "in" ("killed in a blast in <city>"); "the town of <X>" is X."""
        heads = [tok] + ([light] if light is not None else [])
        for h in list(heads):
            for c in h.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and not self._animate(c):
                    heads.append(c)
                elif c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in"):
                    heads.extend(x for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN" and not self._animate(x))
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "near", "outside", "at", "inside"):
                    continue
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is None:
                    obj = self._prep_object(c, "of")  # "outside of the city"
                if obj is not None and obj.lemma_.lower() in SETTLEMENT_NOUNS:
                    # "near the town of <X>"; "outside the <demonym> city of <X>": the demonym says whose
                    owner = next((a.country for m in obj.children if m.dep_ in ("amod", "compound")
                                  for a in res(m) if a.country and a.country != "IGO"), None)
                    if owner is not None:
                        return owner
                    obj = self._prep_object(obj, "of") or obj
                place = self._place(obj, sent) if obj is not None else None
                if place is not None and place.country and place.country != "IGO":
                    return place.country
                if place is None and obj is not None and obj.pos_ == "PROPN":
                    # "in western <city>": the name without the quarter's adjective
                    name = " ".join(t.text for t in obj.subtree if t.i <= obj.i and (t.i == obj.i or t.dep_ == "compound"))
                    city = self.k.city(name)
                    if city is not None and city.country:
                        return city.country
        return None

    def _occasion_place(self, tok: Any, res: Any, sent: Sentence) -> list[Actor]:
        """Sympathy or mourning over an occasion that names no one is offered to the country where it
        happened: "sent condolences over the floods in <country>", "mourned the victims of the
        bombing in <city>" (the country of the city)."""
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and not res(c):
                obj: Optional[Any] = c
            elif c.dep_ == "prep" and c.lower_ in ("for", "over", "after", "to"):
                obj = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"), None)
            else:
                continue
            if obj is None or res(obj):
                continue
            of = next((x for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for x in p.children if x.dep_ == "pobj" and x.pos_ == "NOUN"), None)
            for occasion in (obj, of):
                if occasion is None:
                    continue
                if found := self._place_target(occasion, res):
                    return found
                # a province or city no actor table lists ("the floods in <state>")
                where = next((x for p in occasion.children if p.dep_ == "prep" and p.lower_ in ("in", "across")
                              for x in p.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
                place = self._place(where, sent) if where is not None else None
                if place is not None and place.country and place.start is not None and place.end is not None:
                    return [Actor(place.text, place.start, place.end, place.country, place.country, (), None, None, None,
                                  "composition")]
        return []

    def _location(self, cand: _Candidate, pairs: list[tuple[Actor, Optional[Actor]]], sent: Sentence) -> Optional[Place]:
        tok = cand.trigger
        heads = [tok] + ([cand.light] if cand.light is not None else []) + cand.chain[1:]
        # coordinated verbs share a place: "attend X and hold meetings in the US"
        for h in list(heads):
            heads.extend(c for c in h.children if c.dep_ == "conj")
            if h.dep_ == "conj":
                heads.append(h.head)
        topic_verb = cand.entry.pos == "verb" and "dobj" not in cand.entry.target
        # an attack "near" or "outside" a town struck that town's country ("raided a convoy near X")
        attack = cand.code[:2] in ATTACK_ROOTS
        for h in list(heads):
            for c in h.children:
                if c.dep_ == "dobj" and not (topic_verb and h is tok):
                    # (the object of "discussed the war in X" is a topic: X is not where they met)
                    obj = self._prep_object_deep(c, ("in", "at", "near", "outside") if attack else ("in", "at"))
                    place = self._place(obj, sent) if obj is not None else None
                    if place is not None and cand.code[:2] in NARRATIVE_PLACE_ROOTS and self._topic_country(obj, c, place):
                        place = None
                    if place is not None:
                        return place
        preps = ("in", "at", "inside", "near", "outside") if attack else ("in", "at", "inside")
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                    if obj is not None:
                        place = self._place(obj, sent) or self._gathering_place(obj, sent)
                        if place is not None:
                            return place
        if tok.pos_ == "NOUN" and cand.code[:2] == "04":
            place = self._gathering_place(tok, sent)  # "the Hanoi summit failed"
            if place is not None:
                return place
        for c in (c for h in heads[:2] for c in h.children if c.dep_ == "prep"):
            # "met for the first time at the Singapore summit": the gathering hangs on another phrase
            for g in (g for x in c.children if x.dep_ == "pobj" for g in x.children if g.dep_ == "prep" and g.lower_ == "at"):
                obj = next((x for x in g.children if x.dep_ == "pobj"), None)
                place = self._gathering_place(obj, sent) if obj is not None else None
                if place is not None:
                    return place
        # "On Monday in Nairobi, X signed ...": the place is parsed onto the date's preposition
        for h in heads[:2]:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "on" and c.i < tok.i:
                    when = next((x for x in c.children if x.dep_ == "pobj"), None)
                    for p in [x for x in c.children if x.dep_ == "prep" and x.lower_ in ("in", "at")] + (
                            [x for x in when.children if x.dep_ == "prep" and x.lower_ in ("in", "at")] if when is not None else []):
                        obj = next((x for x in p.children if x.dep_ == "pobj"), None)
                        place = self._place(obj, sent) if obj is not None else None
                        if place is not None:
                            return place
        code = cand.code
        # a visit takes place where the visited party is, a hosted visit where the host is
        if code.startswith("042") and pairs and pairs[0][1] is not None and pairs[0][1].country not in (None, "IGO"):
            return self._actor_place(pairs[0][1])
        if code.startswith("043") and pairs and pairs[0][0].country not in (None, "IGO"):
            return self._actor_place(pairs[0][0])
        if cand.entry.pos == "verb" and (code.startswith("042") or (code[:2] == "04" and tok.lemma_.lower() in JOURNEY_LEMMAS)):
            # "visited Darfur", "travelled to Crimea": a destination that is a place but no actor
            # ("flies on to Lima for talks with X": the talks are where the journey goes)
            for c in tok.children:
                obj = c if c.dep_ == "dobj" else next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in ("to", "into") else None
                place = self._place(obj, sent) if obj is not None else None
                if place is not None:
                    return place
        # "the border town of X, where rebels attacked a convoy": a clause of "where" happened in
        # the place it describes
        for h in heads[:2]:
            if h.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in h.children):
                named = self._prep_object_deep(h.head, ("of",))  # "the town of X, where ..."
                place = self._place(h.head, sent) or (self._place(named, sent) if named is not None else None)
                if place is not None:
                    return place
        # "fired at targets in X", "set fire to offices in X": a place inside the object of a preposition
        for h in [tok] + ([cand.light] if cand.light is not None else []) + cand.chain[1:]:
            for c in h.children:
                if c.dep_ == "prep":
                    pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                    obj = self._prep_object_deep(pobj, ("in", "inside")) if pobj is not None else None
                    place = self._place(obj, sent) if obj is not None else None
                    if place is not None and code[:2] in NARRATIVE_PLACE_ROOTS and self._topic_country(obj, c, place):
                        place = None
                    if place is not None:
                        return place
        return None

    def _gathering_place(self, obj: Any, sent: Sentence) -> Optional[Place]:
        """The town or country a gathering is named after: "at the Singapore summit", "the Geneva
        talks" (a place name set before the meeting noun)."""
        if obj.lemma_.lower() not in GATHERING_NOUNS | {"talk", "talks", "negotiation"}:
            return None
        for c in obj.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < obj.i and c.text[:1].isupper():
                place = self._place(c, sent)
                if place is not None:
                    return place
        return None

    def _place_of_act(self, cand: _Candidate, sent: Sentence, preps: tuple[str, ...]) -> Optional[Place]:
        """Where an act is to happen or is sent: a place after in/at/to/into on the trigger, its
        light verb, the verbs that govern it (not a verb of saying: "said in X" is where the speaker
        was), the act it embeds ("agreed to set up a centre in X") or their objects ("opened an
        office in X"), or a place inside that phrase ("aid to refugees in X")."""
        tok = cand.trigger
        own = [tok] + ([cand.light] if cand.light is not None else [])
        embedded = [c for h in own for c in h.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX", "ADJ")]
        embedded += [c for h in embedded for c in h.children if c.dep_ == "xcomp"]
        near = own + embedded
        heads = near + [h for h in cand.chain[1:3] if h.lemma_.lower() not in _REPORT_LEMMAS and h not in own]
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "nsubj" and tok.head.head.pos_ == "VERB":
            # "a ship carrying aid docked in X": the carrier's arrival is where what it carries goes
            heads.append(tok.head.head)
        for h in heads:
            kids = list(h.children) + [g for c in h.children if c.dep_ == "dobj" for g in c.children]
            for c in kids:
                if c.dep_ != "prep":
                    continue
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is None:
                    continue
                place = self._place(obj, sent) if c.lower_ in preps else None
                if place is None and h in near:
                    # "a truce with militias in X", "aid to refugees in X", "a ceasefire in X"
                    # (not through the verbs that govern the act: "thanked them for their trust in X")
                    deep = self._prep_object_deep(obj, ("in", "inside"))
                    place = self._place(deep, sent) if deep is not None else None
                if place is not None:
                    return place
        return None

    def _actor_place(self, actor: Actor) -> Place:
        """The place an actor stands for: its city when the mention names one of the actor's country's
        cities ("visit Washington", "Hanoi hosted ..."), else its country."""
        iso = actor.country or ""
        if fold(actor.text) in self.k.capitals or fold(actor.text) not in self.k.country_places:
            city = self.k.city(actor.text, iso)
            if city is not None and city.country == iso and actor.text[:1].isupper():
                return Place(actor.text, city.name, city.country, city.admin1, city.lat, city.lon, actor.start, actor.end)
        name = self.k.countries[iso].name if iso in self.k.countries else iso
        return Place(actor.text, name, iso, start=actor.start, end=actor.end)

    def _place(self, obj: Any, sent: Sentence) -> Optional[Place]:
        toks = [t for t in obj.subtree if t.dep_ not in ("prep",) and not (t.dep_ == "det")]
        toks = [t for t in toks if t.i <= obj.i or t.dep_ in ("compound", "flat")]
        text = " ".join(t.text for t in toks if t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper())
        if not text:
            return None
        f = fold(text)
        if f in CALENDAR_WORDS or obj.ent_type_ in ("DATE", "TIME"):
            return None  # "in March", "on Sunday": a time, not the town of March or a place
        start = sent.start + toks[0].idx
        end = sent.start + toks[-1].idx + len(toks[-1].text)
        iso = self.k.country_places.get(f)
        if iso is None:
            for s, e, entries in self.k.gazetteer.find([t.text for t in toks]):
                for en in entries:
                    if en.kind == "country" and en.form in ("name", "acronym"):
                        iso = en.key
                        break
                if iso:
                    break
        if iso and f not in self.k.capitals:
            return Place(text, self.k.countries[iso].name if iso in self.k.countries else iso, iso, start=start, end=end)
        city = self.k.city(text)
        if city is not None and toks[0].text[:1].isupper():
            return Place(text, city.name, city.country, city.admin1, city.lat, city.lon, start, end)
        return None
