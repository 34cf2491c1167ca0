"""Hand-built records for the export and plot tests (no spaCy, no store).

``make_event`` / ``make_merged`` build one record with sensible defaults and keyword overrides;
``sample_merged`` is a small, varied data set (people, IGOs, a target-less event, an event without
place or date, a CAMEO 01 statement with no PLOVER category, several mentions of one event);
``timeline_events`` is a year of USA->CHN events for the charts.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any, Optional

from legation.records import Actor, Event, EventDate, EventMention, MergedEvent, Mention, Place, Plover

# (cameo, root, name, goldstein, quad, plover event, plover mode)
CODES: dict[str, tuple[str, str, float, int, Optional[str], Optional[str]]] = {
    "010": ("01", "Make statement", 0.0, 1, None, None),
    "036": ("03", "Express intent to meet or negotiate", 4.0, 1, "AGREE", "meet"),
    "042": ("04", "Make a visit", 1.9, 1, "CONSULT", "visit"),
    "043": ("04", "Host a visit", 2.8, 1, "CONSULT", "host"),
    "046": ("04", "Engage in negotiation", 7.0, 1, "CONSULT", "negotiate"),
    "057": ("05", "Sign formal agreement", 8.0, 1, "AGREE", "sign"),
    "061": ("06", "Cooperate economically", 6.4, 2, "COOPERATE", None),
    "071": ("07", "Provide economic aid", 7.4, 2, "AID", "economic"),
    "112": ("11", "Accuse", -2.0, 3, "ACCUSE", None),
    "130": ("13", "Threaten", -4.4, 3, "THREATEN", None),
    "163": ("16", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION", "embargo"),
    "190": ("19", "Use conventional military force", -10.0, 4, "ASSAULT", None),
}


def actor(code: str = "USAGOV", country: Optional[str] = "USA", text: str = "Washington", **kw: Any) -> Actor:
    sectors = kw.pop("sectors", tuple(code[i : i + 3] for i in range(3, len(code), 3)))
    start = kw.pop("start", 0)
    return Actor(text=text, start=start, end=start + len(text), code=code, country=country, sectors=tuple(sectors), **kw)


def make_event(
    event_id: str = "d1-0-0",
    *,
    cameo: str = "042",
    source: Optional[Actor] = None,
    target: Any = "default",
    day: Optional[dt.date] = dt.date(2021, 9, 17),
    date: Optional[EventDate] = None,
    location: Any = "default",
    doc_id: str = "d1",
    doc_date: Optional[dt.date] = dt.date(2021, 9, 18),
    sentence_index: int = 0,
    modality: str = "occurred",
    confidence: float = 0.9,
    plover: Optional[Plover] = None,
    **kw: Any,
) -> Event:
    root, name, goldstein, quad, pl_event, pl_mode = CODES[cameo]
    src = source or actor("USAGOV", "USA", "The United States", start=0)
    tgt = actor("VNMGOV", "VNM", "Vietnam", start=30) if target == "default" else target
    if date is None:
        date = EventDate(day, day, "on Friday", "day", "text") if day else EventDate(None, None, None, "unknown", "unknown")
    if location == "default":
        location = Place(text="Hanoi", name="Hanoi", country="VNM", admin1="44", lat=21.0245, lon=105.84117, start=50, end=55)
    sentence = kw.pop("sentence", "The United States visited Vietnam in Hanoi on Friday.")
    return Event(
        event_id=event_id,
        doc_id=doc_id,
        sentence_index=sentence_index,
        sentence=sentence,
        sentence_start=kw.pop("sentence_start", 0),
        sentence_end=kw.pop("sentence_end", len(sentence)),
        trigger=kw.pop("trigger", Mention("visited", 18, 25)),
        cameo=cameo,
        cameo_root=root,
        cameo_name=name,
        goldstein=goldstein,
        quad_class=quad,
        plover=plover or Plover(pl_event, pl_mode, kw.pop("context", ())),
        source=src,
        target=tgt,
        date=date,
        modality=modality,
        location=location,
        confidence=confidence,
        doc_date=doc_date,
        rule=kw.pop("rule", "test-rule"),
        **kw,
    )


def mention_of(ev: Event, *, url: Optional[str] = "https://example.org/news/1", outlet: Optional[str] = "Example News", **kw: Any) -> EventMention:
    return EventMention(
        mention_id=kw.pop("mention_id", ev.event_id),
        doc_id=kw.pop("doc_id", ev.doc_id),
        sentence_index=kw.pop("sentence_index", ev.sentence_index),
        sentence=kw.pop("sentence", ev.sentence),
        trigger=kw.pop("trigger", ev.trigger),
        doc_date=kw.pop("doc_date", ev.doc_date),
        url=url,
        outlet=outlet,
        confidence=kw.pop("confidence", ev.confidence),
        merge_reason=kw.pop("merge_reason", "first mention"),
    )


def make_merged(merged_id: str = "m1", event: Optional[Event] = None, mentions: Optional[list[EventMention]] = None, **kw: Any) -> MergedEvent:
    ev = event or make_event(**kw)
    return MergedEvent(id=merged_id, event=ev, mentions=tuple(mentions) if mentions is not None else (mention_of(ev),))


def sample_merged() -> list[MergedEvent]:
    """Six varied merged events."""
    visit = make_event("d1-0-0", context=("economic",))
    visit_again = mention_of(
        visit,
        mention_id="d2-3-0",
        doc_id="d2",
        sentence_index=3,
        sentence="Officials said the US delegation visited Vietnam.",
        trigger=Mention("visited", 420, 427),
        doc_date=dt.date(2021, 9, 19),
        url="https://www.other.example/story",
        outlet=None,
        confidence=0.7,
        merge_reason="same dyad, code and day",
    )
    m1 = make_merged("m1", visit, [mention_of(visit), visit_again])

    # a person with a role, an IGO target, month precision, no location
    guterres = actor("IGOUNO", "IGO", "UN chief", organisation="UNO", sectors=(), start=40)
    biden = actor("USAGOV", "USA", "Biden", name="Joe Biden", role="President", start=0, resolved_by="dictionary")
    m2 = make_merged(
        "m2",
        make_event(
            "d3-1-0",
            cameo="046",
            source=biden,
            target=guterres,
            date=EventDate(dt.date(2021, 9, 1), dt.date(2021, 9, 30), "in September", "month", "text"),
            location=None,
            doc_id="d3",
            sentence_index=1,
        ),
        None,
    )

    # no target, no place, no date at all, no URL, no outlet, negated
    lonely = make_event(
        "d4-2-0",
        cameo="130",
        source=actor("RUSMIL", "RUS", "Russian forces", start=0, resolved_by="coreference"),
        target=None,
        day=None,
        location=None,
        doc_id="d4",
        doc_date=None,
        sentence_index=2,
        modality="negated",
    )
    m3 = make_merged("m3", lonely, [mention_of(lonely, url=None, outlet=None)])

    # CAMEO 01 statement: no PLOVER category
    m4 = make_merged("m4", make_event("d5-0-0", cameo="010", doc_id="d5"))

    # country-only place in a country without a FIPS code (Palestine) and a US city
    m5 = make_merged(
        "m5",
        make_event(
            "d6-0-0",
            cameo="112",
            source=actor("PSEGOV", "PSE", "Palestinian officials"),
            target=actor("ISRMIL", "ISR", "Israeli troops", start=30),
            location=Place(text="the West Bank", name="Palestine", country="PSE"),
            doc_id="d6",
        ),
    )
    m6 = make_merged(
        "12345",
        make_event(
            "d7-0-0",
            cameo="057",
            source=actor("CHNGOV", "CHN", "Beijing"),
            target=actor("USABUS", "USA", "American firms", start=30),
            location=Place(text="New York", name="New York City", country="USA", admin1="NY", lat=40.71427, lon=-74.00597),
            doc_id="d7",
            sentence='China signed a "historic" deal\twith American firms.',
        ),
    )
    return [m1, m2, m3, m4, m5, m6]


def timeline_events(n: int = 160, seed: int = 7) -> list[MergedEvent]:
    """A year of USA<->CHN events (and some with other partners) with a drift from cooperation to conflict."""
    rng = random.Random(seed)
    coop = ["036", "042", "043", "046", "057", "061", "071"]
    conf = ["112", "130", "163", "190"]
    partners = [("CHN", "Beijing"), ("JPN", "Tokyo"), ("VNM", "Hanoi"), ("DEU", "Berlin"), ("IGO", "NATO"), ("RUS", "Moscow"), ("GBR", "London")]
    out: list[MergedEvent] = []
    start = dt.date(2021, 1, 1)
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(365))
        p_conf = 0.15 + 0.6 * (day - start).days / 365
        cameo = rng.choice(conf if rng.random() < p_conf else coop)
        iso, text = partners[0] if rng.random() < 0.55 else rng.choice(partners[1:])
        other = actor(f"{iso}GOV" if iso != "IGO" else "IGONAT", iso, text, organisation="NAT" if iso == "IGO" else None, start=30)
        us = actor("USAGOV", "USA", "Washington", start=0)
        src, tgt = (us, other) if rng.random() < 0.7 else (other, us)
        ev = make_event(f"t{i}", cameo=cameo, source=src, target=tgt, day=day, doc_id=f"t{i}", doc_date=day)
        out.append(make_merged(f"t{i}", ev))
    return out
