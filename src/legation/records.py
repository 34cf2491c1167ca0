"""Typed records shared by every stage, the store, the API and every export.

One definition each: :class:`Document` (what ingest produces), :class:`Sentence`, :class:`Mention`,
:class:`Actor`, :class:`EventDate`, :class:`Place`, :class:`Plover`, :class:`Event` (what the coder
produces) and :class:`Failure` (a quarantined document). ``Event.to_dict()`` is the output contract
of ``legation code --format jsonl`` (see ``docs/output.md``); ``Event.from_dict()`` reads it back.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Optional

__all__ = [
    "Actor",
    "Document",
    "Event",
    "EventDate",
    "EventMention",
    "MergedEvent",
    "Failure",
    "Mention",
    "Modality",
    "MODALITIES",
    "Place",
    "Plover",
    "Precision",
    "Sentence",
]

Modality = Literal["occurred", "planned", "negated", "hypothetical"]
MODALITIES: tuple[str, ...] = ("occurred", "planned", "negated", "hypothetical")
Precision = Literal["day", "month", "year", "unknown"]


@dataclass(frozen=True)
class Document:
    """One input document. ``date`` is the publication date when known (metadata, text or --date)."""

    id: str
    text: str
    date: Optional[_dt.date] = None
    date_source: Optional[str] = None  # "metadata", "text", "option" or None
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    path: Optional[str] = None
    # character ranges of page debris (bylines, captions, "Source: URL", "Comment (0)", a leading
    # "date 2021-09-17" marker) that keep their place in ``text`` but never yield events
    skip_spans: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        d["skip_spans"] = [list(s) for s in self.skip_spans]
        d["warnings"] = list(self.warnings)
        return d


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document with character offsets into ``Document.text``."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    is_question: bool = False


@dataclass(frozen=True)
class Mention:
    """A span of document text with document character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """One side of an event.

    ``code`` is CAMEO style (``VNMGOV``, ``IGOUNO``, ``USABUS``); ``country`` is ISO-3, or ``IGO``
    for international organisations (then ``organisation`` holds the organisation's own code).
    People carry a canonical ``name`` and the ``role`` they held on the event's date.
    """

    text: str
    start: int
    end: int
    code: str
    country: Optional[str]
    sectors: tuple[str, ...] = ()
    name: Optional[str] = None
    role: Optional[str] = None
    organisation: Optional[str] = None
    resolved_by: str = "composition"  # composition | dictionary | coreference | speaker

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "name": self.name,
            "role": self.role,
            "organisation": self.organisation,
            "resolved_by": self.resolved_by,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Actor":
        return cls(
            text=d.get("text") or "",
            start=int(d.get("start") or 0),
            end=int(d.get("end") or 0),
            code=d.get("code") or "",
            country=d.get("country"),
            sectors=tuple(d.get("sectors") or ()),
            name=d.get("name"),
            role=d.get("role"),
            organisation=d.get("organisation"),
            resolved_by=d.get("resolved_by") or "composition",
        )


@dataclass(frozen=True)
class EventDate:
    """When an event happens: an inclusive day range with its precision and the words it came from.

    ``text`` is None when the date was not stated but inherited (publication date or narrative time);
    ``basis`` says which: ``text``, ``narrative``, ``publication`` or ``unknown``.
    """

    start: Optional[_dt.date]
    end: Optional[_dt.date]
    text: Optional[str]
    precision: Precision
    basis: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "text": self.text,
            "precision": self.precision,
            "basis": self.basis,
        }

    @classmethod
    def from_dict(cls, d: Optional[dict[str, Any]]) -> "EventDate":
        d = d or {}
        return cls(
            start=_dt.date.fromisoformat(d["start"]) if d.get("start") else None,
            end=_dt.date.fromisoformat(d["end"]) if d.get("end") else None,
            text=d.get("text"),
            precision=d.get("precision") or "unknown",
            basis=d.get("basis") or "unknown",
        )


@dataclass(frozen=True)
class Place:
    """Where an event takes place. ``country`` is ISO-3; city and coordinates when a city is named."""

    text: str
    name: str
    country: Optional[str]
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    start: Optional[int] = None
    end: Optional[int] = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Optional[dict[str, Any]]) -> Optional["Place"]:
        if not d:
            return None
        return cls(**{k: d.get(k) for k in ("text", "name", "country", "admin1", "lat", "lon", "start", "end")})


@dataclass(frozen=True)
class Plover:
    """PLOVER view of the same coding. ``event`` is None where CAMEO has no PLOVER category."""

    event: Optional[str]
    mode: Optional[str]
    context: tuple[str, ...] = ()
    note: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "mode": self.mode, "context": list(self.context), "note": self.note}

    @classmethod
    def from_dict(cls, d: Optional[dict[str, Any]]) -> "Plover":
        d = d or {}
        return cls(d.get("event"), d.get("mode"), tuple(d.get("context") or ()), d.get("note"))


@dataclass(frozen=True)
class Event:
    """One coded event with full provenance (document, sentence, trigger offsets)."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: Mention
    cameo: str
    cameo_root: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover: Plover
    source: Actor
    target: Optional[Actor]
    date: EventDate
    modality: str
    location: Optional[Place]
    confidence: float
    doc_date: Optional[_dt.date] = None
    rule: str = ""
    reciprocal: bool = False
    in_question: bool = False
    extras: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "doc_date": self.doc_date.isoformat() if self.doc_date else None,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "trigger": asdict(self.trigger),
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": self.plover.to_dict(),
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "date": self.date.to_dict(),
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "reciprocal": self.reciprocal,
            "in_question": self.in_question,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            event_id=d["event_id"],
            doc_id=str(d["doc_id"]),
            sentence_index=int(d["sentence_index"]),
            sentence=d["sentence"],
            sentence_start=int(d["sentence_start"]),
            sentence_end=int(d["sentence_end"]),
            trigger=Mention(**d["trigger"]),
            cameo=d["cameo"],
            cameo_root=d["cameo_root"],
            cameo_name=d["cameo_name"],
            goldstein=float(d["goldstein"]),
            quad_class=int(d["quad_class"]),
            plover=Plover.from_dict(d.get("plover")),
            source=Actor.from_dict(d["source"]),
            target=Actor.from_dict(d["target"]) if d.get("target") else None,
            date=EventDate.from_dict(d.get("date")),
            modality=d["modality"],
            location=Place.from_dict(d.get("location")),
            confidence=float(d["confidence"]),
            doc_date=_dt.date.fromisoformat(d["doc_date"]) if d.get("doc_date") else None,
            rule=d.get("rule") or "",
            reciprocal=bool(d.get("reciprocal")),
            in_question=bool(d.get("in_question")),
        )


@dataclass(frozen=True)
class Failure:
    """A document that could not be coded: quarantined with its coded reason, never fatal."""

    doc_id: str
    code: str
    message: str
    path: Optional[str] = None
    line: Optional[int] = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        # the message usually comes from a LegationError and already reads "[LGxxx] Title: detail. Fix";
        # say the code once, and the location only where the message does not already name it
        body = self.message.removeprefix(f"[{self.code}] ")
        where = self.path or ""
        if self.line is not None:
            where += f":{self.line}"
        if where and where not in body:
            body = f"{where}: {body}"
        return f"[{self.code}] {body}"


@dataclass(frozen=True)
class EventMention:
    """One report of a (possibly merged) event: which document and sentence said it, and why it merged."""

    mention_id: str  # the coder's Event.event_id for this report
    doc_id: str
    sentence_index: int
    sentence: str
    trigger: Mention
    doc_date: Optional[_dt.date] = None
    url: Optional[str] = None
    outlet: Optional[str] = None  # Document.source (publisher / site)
    confidence: float = 0.0
    merge_reason: str = "first mention"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["doc_date"] = self.doc_date.isoformat() if self.doc_date else None
        return d


@dataclass(frozen=True)
class MergedEvent:
    """A real-world event after cross-document coreference: one coding, many mentions.

    ``event`` is the representative coding (its first mention); ``mentions`` lists every report.
    """

    id: str
    event: Event
    mentions: tuple[EventMention, ...]

    @property
    def num_mentions(self) -> int:
        return len(self.mentions)

    @property
    def num_articles(self) -> int:
        return len({m.doc_id for m in self.mentions})

    @property
    def num_sources(self) -> int:
        return len({m.outlet or m.doc_id for m in self.mentions})
