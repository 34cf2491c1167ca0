"""POLECAT weekly-release layout: 40 tab-separated columns with a header row.

Column names and order follow the POLECAT weekly files on Harvard Dataverse (doi:10.7910/DVN/AJGVIT).
POLECAT codes PLOVER, so the rows carry our PLOVER view; fields POLECAT fills from resources we do
not have (Event Intensity, COW codes, Wikipedia ids, GeoNames ids, story entity lists) stay EMPTY.
"""

from __future__ import annotations

from typing import Iterable, Optional, Union

from legation.export._common import (
    ExportResult,
    PathLike,
    as_merged,
    coder_version,
    delimited_writer,
    file_output,
    first_mention,
    fmt,
    iso_reduced,
    outlet_of,
    plover_quad,
)
from legation.records import Actor, Event, MergedEvent, Place

__all__ = ["POLECAT_COLUMNS", "write_polecat"]


def _party(role: str) -> list[str]:
    return [
        f"{role} Name",
        f"{role} Country",
        f"{role} COW",
        f"Primary {role} Sector",
        f"{role} Sectors",
        f"{role} Title",
        f"{role} Name Raw",
        f"Wikipedia {role} ID",
    ]


POLECAT_COLUMNS: tuple[str, ...] = tuple(
    ["Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts"]
    + _party("Actor")
    + _party("Recipient")
    + [
        "Placename",
        "City",
        "District",
        "Province",
        "Country",
        "Latitude",
        "Longitude",
        "GeoNames ID",
        "Raw Placename",
        "Feature Type",
        "Source",
        "Publication Date",
        "Story People",
        "Story Organizations",
        "Story Locations",
        "Language",
        "Version",
    ]
)

MULTI = "; "  # separator of multi-valued POLECAT fields (Contexts, Sectors)


def _party_values(actor: Optional[Actor]) -> list[object]:
    if actor is None:
        return [None] * 8
    country = actor.country if (actor.country or "").upper() != "IGO" else None
    return [
        actor.name,
        country,
        None,  # COW: no Correlates of War code table
        actor.sectors[0] if actor.sectors else None,
        MULTI.join(actor.sectors) or None,
        actor.role,
        actor.text or None,
        None,  # Wikipedia id: not resolved
    ]


def _place_values(place: Optional[Place]) -> list[object]:
    if place is None:
        return [None] * 10
    has_point = place.lat is not None and place.lon is not None
    return [
        place.name or None,
        place.name if has_point else None,  # a place with coordinates is a named city
        None,  # District (admin2): not resolved
        None,  # Province: we hold a GeoNames admin1 code, POLECAT wants the name
        place.country,
        place.lat if has_point else None,
        place.lon if has_point else None,
        None,  # GeoNames ID
        place.text or None,
        None,  # Feature Type
    ]


def _row(m: MergedEvent) -> list[object]:
    ev = m.event
    rep = first_mention(m)
    category = ev.plover.event
    return [
        m.id,
        iso_reduced(ev.date),
        category,
        ev.plover.mode,
        None,  # Event Intensity: POLECAT's own PLOVER intensity scale; Goldstein is a different scale
        plover_quad(category),
        MULTI.join(ev.plover.context) or None,
        *_party_values(ev.source),
        *_party_values(ev.target),
        *_place_values(ev.location),
        outlet_of(rep),
        (rep.doc_date if rep is not None and rep.doc_date else ev.doc_date),
        None,  # Story People
        None,  # Story Organizations
        None,  # Story Locations
        "en",  # legation codes English text only
        coder_version(),
    ]


def write_polecat(
    events: Iterable[Union[MergedEvent, Event]],
    output: PathLike,
    *,
    keep_unmapped: bool = False,
) -> ExportResult:
    """Write one POLECAT-layout TSV (header row + one row per merged event), streaming.

    Events whose CAMEO code has no PLOVER category (CAMEO 01/02 statements and appeals) are not
    POLECAT events and are skipped unless ``keep_unmapped`` (then ``Event Type`` stays empty).
    """
    path = file_output(output)
    result = ExportResult("polecat", (path,))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = delimited_writer(fh, "\t")
        w.writerow(POLECAT_COLUMNS)
        for item in events:
            m = as_merged(item)
            if not m.event.plover.event and not keep_unmapped:
                result.skipped += 1
                continue
            w.writerow([fmt(v) for v in _row(m)])
            result.events += 1
    if result.skipped:
        result.notes.append(f"{result.skipped} event{'' if result.skipped == 1 else 's'} without a PLOVER category skipped (--keep-unmapped keeps them)")
    return result
