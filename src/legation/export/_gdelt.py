"""GDELT 2.0 event table (61 columns) and mentions table (16 columns), tab-separated like GDELT.

Column names and order follow the GDELT 2.0 Event Database codebook. We fill what our records hold
and leave everything else EMPTY (tone, ethnicity, religion, actor geography, FIPS ADM codes,
feature ids): an empty GDELT field means "not known", never zero. See ``docs/exports.md``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from typing import Iterable, Optional, Union

from legation.export._common import (
    ExportResult,
    PathLike,
    as_merged,
    country_name,
    delimited_writer,
    dir_output,
    earliest_report,
    fips_of,
    first_url,
    fmt,
    outlet_of,
)
from legation.records import Actor, Event, EventMention, MergedEvent, Place

__all__ = ["GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "gdelt_event_id", "write_gdelt"]


def _actor_columns(n: int) -> list[str]:
    return [
        f"Actor{n}Code",
        f"Actor{n}Name",
        f"Actor{n}CountryCode",
        f"Actor{n}KnownGroupCode",
        f"Actor{n}EthnicCode",
        f"Actor{n}Religion1Code",
        f"Actor{n}Religion2Code",
        f"Actor{n}Type1Code",
        f"Actor{n}Type2Code",
        f"Actor{n}Type3Code",
    ]


def _geo_columns(prefix: str) -> list[str]:
    return [
        f"{prefix}_Type",
        f"{prefix}_FullName",
        f"{prefix}_CountryCode",
        f"{prefix}_ADM1Code",
        f"{prefix}_ADM2Code",
        f"{prefix}_Lat",
        f"{prefix}_Long",
        f"{prefix}_FeatureID",
    ]


GDELT_EVENT_COLUMNS: tuple[str, ...] = tuple(
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + _actor_columns(1)
    + _actor_columns(2)
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale"]
    + ["NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + _geo_columns("Actor1Geo")
    + _geo_columns("Actor2Geo")
    + _geo_columns("ActionGeo")
    + ["DATEADDED", "SOURCEURL"]
)

GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
)

_DATEADDED = GDELT_EVENT_COLUMNS.index("DATEADDED")

EVENTS_FILE = "events.tsv"
MENTIONS_FILE = "mentions.tsv"

# GDELT geo types: 1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE
_GEO_COUNTRY, _GEO_USSTATE, _GEO_USCITY, _GEO_WORLDCITY, _GEO_WORLDSTATE = 1, 2, 3, 4, 5


def gdelt_event_id(merged_id: str) -> int:
    """GLOBALEVENTID for a merged-event id: the id itself when it is an integer, else a stable 63-bit hash.

    The hash is ``int.from_bytes(blake2b(id, digest_size=8)) >> 1``, so a GDELT row can always be joined
    back to the store by recomputing it; the mentions file uses the same number.
    """
    text = str(merged_id)
    if text.isdigit() and len(text) <= 18:
        return int(text)
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def _stamp(day: Optional[_dt.date]) -> Optional[str]:
    """GDELT 2.0 YYYYMMDDHHMMSS; we hold only the day, so the time of day is 000000."""
    return f"{day:%Y%m%d}000000" if day else None


def _fraction(day: _dt.date) -> str:
    """FractionDate: YYYY.FFFF, FFFF the share of the year completed before that day."""
    days = 366 if (day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)) else 365
    return f"{day.year + (day.timetuple().tm_yday - 1) / days:.4f}"


def _actor(actor: Optional[Actor]) -> list[object]:
    if actor is None:
        return [None] * 10
    igo = (actor.country or "").upper() == "IGO"
    sectors = list(actor.sectors[:3]) + [None] * (3 - len(actor.sectors[:3]))
    return [
        actor.code or None,
        actor.name or actor.text or None,
        None if igo else actor.country,
        actor.organisation,
        None,  # EthnicCode: not coded
        None,  # Religion1Code: not coded
        None,  # Religion2Code: not coded
        *sectors,
    ]


def _action_geo(place: Optional[Place]) -> list[object]:
    if place is None:
        return [None] * 8
    country = (place.country or "").upper() or None
    has_point = place.lat is not None and place.lon is not None
    if has_point:
        geo_type = _GEO_USCITY if country == "USA" else _GEO_WORLDCITY
    elif place.admin1:
        geo_type = _GEO_USSTATE if country == "USA" else _GEO_WORLDSTATE
    elif country:
        geo_type = _GEO_COUNTRY
    else:
        geo_type = None
    parts = [place.name] if place.name else []
    cname = country_name(country)
    if cname and cname not in parts:
        parts.append(cname)
    return [
        geo_type,
        ", ".join(parts) or None,
        fips_of(country),  # FIPS 10-4, never the ISO code
        None,  # ADM1Code: GDELT wants FIPS admin codes; ours are GeoNames codes
        None,  # ADM2Code
        place.lat if has_point else None,
        place.lon if has_point else None,
        None,  # FeatureID: no GNS/GNIS feature id
    ]


def _event_row(m: MergedEvent) -> list[object]:
    ev = m.event
    day = ev.date.start if ev.date.precision == "day" else None
    month = ev.date.start if ev.date.precision in ("day", "month") else None
    year = ev.date.start if ev.date.precision in ("day", "month", "year") else None
    root = any(x.sentence_index == 0 for x in m.mentions) if m.mentions else ev.sentence_index == 0
    cameo = ev.cameo or ""
    return [
        gdelt_event_id(m.id),
        f"{day:%Y%m%d}" if day else None,
        f"{month:%Y%m}" if month else None,
        f"{year:%Y}" if year else None,
        _fraction(day) if day else None,
        *_actor(ev.source),
        *_actor(ev.target),
        1 if root else 0,
        cameo or None,
        cameo[:3] or None,
        ev.cameo_root or cameo[:2] or None,
        ev.quad_class,
        ev.goldstein,
        m.num_mentions,
        m.num_sources,
        m.num_articles,
        None,  # AvgTone: no tone analysis
        *([None] * 8),  # Actor1Geo_*: we locate the action, not the actors
        *([None] * 8),  # Actor2Geo_*
        *_action_geo(ev.location),
        _stamp(earliest_report(m)),
        first_url(m),
    ]


def _raw_text(actor: Optional[Actor]) -> bool:
    return actor is None or actor.resolved_by in ("composition", "dictionary")


def _mention_row(m: MergedEvent, x: EventMention, event_time: Optional[str]) -> list[object]:
    ev = m.event
    own = x.mention_id == ev.event_id
    return [
        gdelt_event_id(m.id),
        event_time,
        _stamp(x.doc_date),
        1 if x.url else None,  # MentionType 1 = WEB; unknown otherwise
        outlet_of(x),
        x.url or x.doc_id,
        x.sentence_index + 1,  # GDELT counts sentences from 1
        ev.source.start if own else None,
        ev.target.start if own and ev.target is not None else None,
        x.trigger.start,
        (1 if _raw_text(ev.source) and _raw_text(ev.target) else 0) if own else None,
        int(round(max(0.0, min(1.0, x.confidence)) * 100)),
        None,  # MentionDocLen: document length not held
        None,  # MentionDocTone
        None,  # MentionDocTranslationInfo: English source text
        None,  # Extras
    ]


def write_gdelt(
    events: Iterable[Union[MergedEvent, Event]],
    output: PathLike,
    *,
    header: bool = False,
) -> ExportResult:
    """Write ``events.tsv`` (61 GDELT 2.0 event columns) and ``mentions.tsv`` (16 columns) into ``output``.

    Streams row by row. Like GDELT the files have no header unless ``header=True``.
    """
    out = dir_output(output)
    ev_path, mn_path = out / EVENTS_FILE, out / MENTIONS_FILE
    result = ExportResult("gdelt", (ev_path, mn_path))
    with open(ev_path, "w", encoding="utf-8", newline="") as fe, open(mn_path, "w", encoding="utf-8", newline="") as fm:
        we, wm = delimited_writer(fe, "\t"), delimited_writer(fm, "\t")
        if header:
            we.writerow(GDELT_EVENT_COLUMNS)
            wm.writerow(GDELT_MENTION_COLUMNS)
        for item in events:
            m = as_merged(item)
            row = _event_row(m)
            we.writerow([fmt(v) for v in row])
            result.events += 1
            event_time = row[_DATEADDED]
            for x in m.mentions:
                wm.writerow([fmt(v) for v in _mention_row(m, x, event_time)])  # type: ignore[arg-type]
                result.mentions += 1
    return result
