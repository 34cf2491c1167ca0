"""Query records and filters: :class:`EventFilter` -> SQL that SQLite and PostgreSQL answer alike."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Optional

from legation._errors import ConfigError

__all__ = [
    "ActorRow",
    "DyadRow",
    "EventFilter",
    "FailureRow",
    "IngestSummary",
    "PERIODS",
    "SORTS",
    "StoreStats",
    "period_keys",
    "search_key",
]

PERIODS = ("day", "week", "month", "year")
SORTS = ("date", "goldstein", "mentions")


@dataclass(frozen=True)
class EventFilter:
    """Which merged events a query returns; every field is optional and they combine with AND.

    - ``actor`` / ``source`` / ``target``: an ISO-3 country (``VNM``), an actor key such as
      ``IGOUNO``, or a full CAMEO actor code (``VNMGOV``); ``actor`` matches either side.
    - ``partner``: with ``actor``, the other side (``actor=VNM, partner=USA``: VNM->USA or USA->VNM);
      alone, like ``actor``.
    - ``person``: part of a person's canonical name on either side (case-insensitive).
    - ``cameo``: a code or a root prefix (``04`` matches ``040``..``046``).
    - ``plover``: PLOVER event category (``CONSULT``); ``modality``: occurred, planned, negated, hypothetical.
    - ``since`` / ``until``: inclusive bounds on the event day (its start date, else the
      publication date of its first report).
    - ``location``: ISO-3 country where the event took place.
    - ``text``: words that appear in the sentence of any report (case-insensitive substring).
    - ``min_mentions``: only events reported at least this many times.
    - ``doc_id``: only events with a report in this document.
    """

    actor: Optional[str] = None
    partner: Optional[str] = None
    source: Optional[str] = None
    target: Optional[str] = None
    person: Optional[str] = None
    cameo: Optional[str] = None
    plover: Optional[str] = None
    modality: Optional[str] = None
    since: Optional[_dt.date] = None
    until: Optional[_dt.date] = None
    location: Optional[str] = None
    text: Optional[str] = None
    min_mentions: int = 0
    doc_id: Optional[str] = None

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """The SQL condition (``?`` placeholders) and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        a = alias + "."

        def side(prefix: str, value: str) -> str:
            v = value.strip().upper()
            params.extend([v, v, v])
            return f"({a}{prefix}_country = ? OR {a}{prefix}_key = ? OR {a}{prefix}_code = ?)"

        if self.actor and self.partner:
            a_src, p_tgt = side("source", self.actor), side("target", self.partner)
            p_src, a_tgt = side("source", self.partner), side("target", self.actor)
            conds.append(f"(({a_src} AND {p_tgt}) OR ({p_src} AND {a_tgt}))")
        elif self.actor or self.partner:
            one = self.actor or self.partner or ""
            conds.append(f"({side('source', one)} OR {side('target', one)})")
        if self.source:
            conds.append(side("source", self.source))
        if self.target:
            conds.append(side("target", self.target))
        if self.person:
            conds.append(f"{a}names_key LIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(search_key(self.person)) + "%")
        if self.cameo:
            code = self.cameo.strip()
            if not code.isdigit():
                raise ConfigError("LG003", f"--cameo {self.cameo!r}: give a CAMEO code or root such as 04 or 042")
            conds.append(f"{a}cameo LIKE ?")
            params.append(code + "%")
        if self.plover:
            conds.append(f"UPPER({a}plover_event) = ?")
            params.append(self.plover.strip().upper())
        if self.modality:
            conds.append(f"{a}modality = ?")
            params.append(self.modality.strip().lower())
        if self.since:
            conds.append(f"{a}period_day >= ?")
            params.append(_iso(self.since))
        if self.until:
            conds.append(f"{a}period_day <= ?")
            params.append(_iso(self.until))
        if self.location:
            conds.append(f"{a}location_country = ?")
            params.append(self.location.strip().upper())
        if self.text:
            conds.append(
                f"EXISTS (SELECT 1 FROM event_mentions tm WHERE tm.event_id = {a}id AND tm.search_text LIKE ? ESCAPE '\\')"
            )
            params.append("%" + _like_escape(search_key(self.text)) + "%")
        if self.min_mentions and self.min_mentions > 1:
            conds.append(f"{a}num_mentions >= ?")
            params.append(int(self.min_mentions))
        if self.doc_id:
            conds.append(f"EXISTS (SELECT 1 FROM event_mentions dm WHERE dm.event_id = {a}id AND dm.doc_id = ?)")
            params.append(self.doc_id)
        return (" AND ".join(conds) if conds else "1 = 1"), params


def _iso(d: Any) -> str:
    return d.isoformat() if hasattr(d, "isoformat") else str(d)


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_key(text: Optional[str]) -> str:
    """Case- and accent-insensitive form used for ``--text`` and ``--person`` (computed in Python so
    SQLite and PostgreSQL compare the same strings)."""
    import unicodedata

    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def period_keys(day: Optional[_dt.date]) -> dict[str, Optional[str]]:
    """Bucket labels of a day: ``2024-09-25``, ``2024-W39`` (ISO week), ``2024-09``, ``2024``."""
    if day is None:
        return {"day": None, "week": None, "month": None, "year": None}
    iso = day.isocalendar()
    return {
        "day": day.isoformat(),
        "week": f"{iso[0]:04d}-W{iso[1]:02d}",
        "month": f"{day.year:04d}-{day.month:02d}",
        "year": f"{day.year:04d}",
    }


def order_by(sort: str, reverse: bool = False, alias: str = "e") -> str:
    """ORDER BY for ``--sort`` (portable NULL placement; the id breaks ties)."""
    a = alias + "."
    if sort not in SORTS:
        raise ConfigError("LG003", f"--sort {sort!r}: choose one of {', '.join(SORTS)}")
    if sort == "date":
        direction = "DESC" if reverse else "ASC"
        return f"CASE WHEN {a}period_day IS NULL THEN 1 ELSE 0 END, {a}period_day {direction}, {a}id {direction}"
    if sort == "goldstein":
        direction = "DESC" if reverse else "ASC"
        return f"CASE WHEN {a}goldstein IS NULL THEN 1 ELSE 0 END, {a}goldstein {direction}, {a}id {direction}"
    direction = "ASC" if reverse else "DESC"
    return f"{a}num_mentions {direction}, CASE WHEN {a}period_day IS NULL THEN 1 ELSE 0 END, {a}period_day ASC, {a}id ASC"


@dataclass(frozen=True)
class DyadRow:
    """Events per source-target pair per period (``period`` is None for undated events)."""

    period: Optional[str]
    source: str
    target: str
    events: int
    mentions: int
    mean_goldstein: Optional[float]
    quad1: int
    quad2: int
    quad3: int
    quad4: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ActorRow:
    """A distinct actor (code + person name) with how often it appears."""

    code: str
    name: Optional[str]
    country: Optional[str]
    sectors: tuple[str, ...]
    role: Optional[str]
    events: int
    as_source: int
    as_target: int
    first_date: Optional[str]
    last_date: Optional[str]

    @property
    def mentions(self) -> int:
        return self.as_source + self.as_target

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["sectors"] = list(self.sectors)
        d["mentions"] = self.mentions
        return d


@dataclass(frozen=True)
class FailureRow:
    """A quarantined document: its coded reason, where it was read and when (``seen`` times)."""

    doc_id: str
    code: str
    message: str
    path: Optional[str]
    line: Optional[int]
    at: str
    seen: int = 1

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class IngestSummary:
    """What one ingest run did."""

    documents_new: int = 0
    documents_skipped: int = 0
    documents_failed: int = 0
    documents_renamed: int = 0
    mentions: int = 0
    events_new: int = 0
    merged: int = 0
    seconds: float = 0.0
    failures: list[Any] = field(default_factory=list)  # the first Failure records of this run
    failure_codes: dict[str, int] = field(default_factory=dict)

    MAX_KEPT_FAILURES = 100

    @property
    def documents_seen(self) -> int:
        return self.documents_new + self.documents_skipped + self.documents_failed

    def add_failure(self, failure: Any) -> None:
        self.documents_failed += 1
        self.failure_codes[failure.code] = self.failure_codes.get(failure.code, 0) + 1
        if len(self.failures) < self.MAX_KEPT_FAILURES:
            self.failures.append(failure)

    def add(self, other: "IngestSummary") -> None:
        for name in ("documents_new", "documents_skipped", "documents_renamed", "mentions", "events_new", "merged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for f in other.failures:
            if len(self.failures) < self.MAX_KEPT_FAILURES:
                self.failures.append(f)
        self.documents_failed += other.documents_failed
        for code, n in other.failure_codes.items():
            self.failure_codes[code] = self.failure_codes.get(code, 0) + n

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_new": self.documents_new,
            "documents_skipped": self.documents_skipped,
            "documents_failed": self.documents_failed,
            "documents_renamed": self.documents_renamed,
            "mentions": self.mentions,
            "events_new": self.events_new,
            "merged": self.merged,
            "seconds": round(self.seconds, 3),
            "failure_codes": dict(sorted(self.failure_codes.items())),
        }

    def __str__(self) -> str:
        rate = f" in {self.seconds:.1f} s ({self.documents_seen / self.seconds:.1f} docs/s)" if self.seconds > 0 else ""
        failed = ""
        if self.documents_failed:
            codes = ", ".join(f"{c} x{n}" for c, n in sorted(self.failure_codes.items()))
            failed = f" ({codes}; see `legation failures`)"
        return (
            f"documents: {self.documents_new} new, skipped {self.documents_skipped} already stored, "
            f"{self.documents_failed} failed{failed}{rate}\n"
            f"events: {self.mentions} coded, {self.events_new} new events, {self.merged} merged into existing events"
        )


@dataclass(frozen=True)
class StoreStats:
    documents: int
    sentences: int
    events: int
    mentions: int
    actors: int
    failures: int
    schema_version: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)
