"""PLOVER JSON records, one per line (JSONL), as the OEDA PLOVER specification's "JSON Data Fields".

Standard fields (``id``, ``date``, ``enddate``, ``source``, ``recipient``, ``event``, ``mode``,
``context``, ``event_loc``, ``event_text``, ``quad_code``, ``event_scale``, ``text``, ``text_info``,
``cite_info``, ``coder``...) use the specification's names; the specification lets a provider add
named fields, and ours (``cameo``, ``goldstein``, ``modality``, ``confidence``, ``date_precision``,
``mentions``...) carry the rest of the coding. Every key is always present; unknown values are
``null`` (or ``[]`` for lists), never guessed.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Optional, Union

from legation.export._common import (
    ExportResult,
    PathLike,
    as_merged,
    coder_version,
    file_output,
    first_mention,
    first_url,
    iso2_of,
    outlet_of,
    plover_quad,
    unique,
)
from legation.records import Actor, Event, MergedEvent, Place

__all__ = ["PLOVER_REQUIRED_KEYS", "PLOVER_KEYS", "plover_record", "write_plover"]

# Required by the PLOVER specification ("PLOVER JSON" table).
PLOVER_REQUIRED_KEYS: tuple[str, ...] = ("id", "date", "source", "event")

PLOVER_KEYS: tuple[str, ...] = (
    # PLOVER standard fields
    "id",
    "date",
    "enddate",
    "source",
    "recipient",
    "event",
    "mode",
    "context",
    "event_loc",
    "event_text",
    "quad_code",
    "event_scale",
    "text",
    "text_info",
    "cite_info",
    "coder",
    # legation extensions
    "date_precision",
    "date_text",
    "date_basis",
    "cameo",
    "cameo_name",
    "quad_class",
    "goldstein",
    "modality",
    "confidence",
    "reciprocal",
    "num_mentions",
    "num_sources",
    "num_articles",
    "mentions",
)


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "code": actor.country or None,  # top-level code: ISO-3 country or IGO
        "sector": actor.sectors[0] if actor.sectors else None,
        "actor_text": actor.text or None,
        "identifier_id": None,  # no Wikidata id
        "identifier_text": actor.name,
        "office": actor.role,
        # legation extensions
        "cameo_code": actor.code or None,
        "sectors": list(actor.sectors),
        "organisation": actor.organisation,
        "start": actor.start,
        "end": actor.end,
        "resolved_by": actor.resolved_by,
    }


def _location(place: Optional[Place]) -> Optional[dict[str, Any]]:
    if place is None:
        return None
    return {
        # GeoNames field names, as the PLOVER location object requires
        "name": place.name or None,
        "latitude": place.lat,
        "longitude": place.lon,
        "country code": iso2_of(place.country),
        "cc3": place.country,
        "admin1 code": place.admin1,
        # legation extensions
        "place_text": place.text or None,
        "start": place.start,
        "end": place.end,
    }


def plover_record(item: Union[MergedEvent, Event]) -> dict[str, Any]:
    """The PLOVER JSON object of one merged event (key order = :data:`PLOVER_KEYS`)."""
    m = as_merged(item)
    ev = m.event
    rep = first_mention(m)
    start, end = ev.date.start, ev.date.end
    category = ev.plover.event
    rec: dict[str, Any] = {
        "id": m.id,
        "date": start.isoformat() if start else None,
        "enddate": end.isoformat() if end and end != start else None,
        "source": [_actor(ev.source)],
        "recipient": [_actor(ev.target)] if ev.target is not None else [],
        "event": [category] if category else [],
        "mode": [ev.plover.mode] if ev.plover.mode else [],
        "context": list(ev.plover.context),
        "event_loc": _location(ev.location),
        "event_text": unique([x.trigger.text for x in m.mentions] or [ev.trigger.text]),
        "quad_code": plover_quad(category),
        "event_scale": ev.goldstein,
        "text": ev.sentence or None,
        "text_info": {
            "doc_id": ev.doc_id,
            "sequence": ev.sentence_index,
            "start": ev.sentence_start,
            "end": ev.sentence_end,
        },
        "cite_info": {
            "url": first_url(m),
            "publication": outlet_of(rep),
            "language": "en",
            "coder": coder_version(),
        },
        "coder": coder_version(),
        "date_precision": ev.date.precision,
        "date_text": ev.date.text,
        "date_basis": ev.date.basis,
        "cameo": ev.cameo or None,
        "cameo_name": ev.cameo_name or None,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "modality": ev.modality,
        "confidence": ev.confidence,
        "reciprocal": ev.reciprocal,
        "num_mentions": m.num_mentions,
        "num_sources": m.num_sources,
        "num_articles": m.num_articles,
        "mentions": [x.to_dict() for x in m.mentions],
    }
    return rec


def write_plover(
    events: Iterable[Union[MergedEvent, Event]],
    output: PathLike,
    *,
    keep_unmapped: bool = False,
) -> ExportResult:
    """Write PLOVER JSONL (one record a line), streaming.

    Events with no PLOVER category (CAMEO 01/02) are skipped unless ``keep_unmapped``, in which case
    their ``event`` list is empty.
    """
    path = file_output(output)
    result = ExportResult("plover", (path,))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for item in events:
            m = as_merged(item)
            if not m.event.plover.event and not keep_unmapped:
                result.skipped += 1
                continue
            fh.write(json.dumps(plover_record(m), ensure_ascii=False) + "\n")
            result.events += 1
    if result.skipped:
        result.notes.append(f"{result.skipped} event{'' if result.skipped == 1 else 's'} without a PLOVER category skipped (--keep-unmapped keeps them)")
    return result
