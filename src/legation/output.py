"""Writers for ``legation code --format jsonl|json|csv|table``: views of :class:`Event` records."""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable, Iterator

from legation.records import Event

__all__ = ["CSV_COLUMNS", "FORMATS", "flat_row", "write_events"]

FORMATS = ("jsonl", "json", "csv", "table")

CSV_COLUMNS = [
    "event_id", "doc_id", "doc_date", "sentence_index", "sentence_start", "sentence_end", "trigger_text",
    "trigger_start", "trigger_end", "cameo", "cameo_root", "cameo_name", "goldstein", "quad_class",
    "plover_event", "plover_mode", "plover_context", "source_text", "source_code", "source_country",
    "source_sectors", "source_name", "source_role", "target_text", "target_code", "target_country",
    "target_sectors", "target_name", "target_role", "date_start", "date_end", "date_text", "date_precision",
    "date_basis", "modality", "location_name", "location_country", "location_lat", "location_lon",
    "confidence", "reciprocal", "in_question", "sentence",
]


def flat_row(ev: Event) -> dict[str, object]:
    """One flat row per event (CSV, Parquet and the store's query columns use this view)."""
    s, t, d, loc = ev.source, ev.target, ev.date, ev.location
    return {
        "event_id": ev.event_id,
        "doc_id": ev.doc_id,
        "doc_date": ev.doc_date.isoformat() if ev.doc_date else "",
        "sentence_index": ev.sentence_index,
        "sentence_start": ev.sentence_start,
        "sentence_end": ev.sentence_end,
        "trigger_text": ev.trigger.text,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "cameo": ev.cameo,
        "cameo_root": ev.cameo_root,
        "cameo_name": ev.cameo_name,
        "goldstein": ev.goldstein,
        "quad_class": ev.quad_class,
        "plover_event": ev.plover.event or "",
        "plover_mode": ev.plover.mode or "",
        "plover_context": "|".join(ev.plover.context),
        "source_text": s.text,
        "source_code": s.code,
        "source_country": s.country or "",
        "source_sectors": "|".join(s.sectors),
        "source_name": s.name or "",
        "source_role": s.role or "",
        "target_text": t.text if t else "",
        "target_code": t.code if t else "",
        "target_country": (t.country or "") if t else "",
        "target_sectors": "|".join(t.sectors) if t else "",
        "target_name": (t.name or "") if t else "",
        "target_role": (t.role or "") if t else "",
        "date_start": d.start.isoformat() if d.start else "",
        "date_end": d.end.isoformat() if d.end else "",
        "date_text": d.text or "",
        "date_precision": d.precision,
        "date_basis": d.basis,
        "modality": ev.modality,
        "location_name": loc.name if loc else "",
        "location_country": (loc.country or "") if loc else "",
        "location_lat": loc.lat if loc and loc.lat is not None else "",
        "location_lon": loc.lon if loc and loc.lon is not None else "",
        "confidence": ev.confidence,
        "reciprocal": ev.reciprocal,
        "in_question": ev.in_question,
        "sentence": ev.sentence,
    }


def _table_rows(events: Iterable[Event]) -> Iterator[list[str]]:
    for ev in events:
        d = ev.date
        when = d.start.isoformat() if d.start else "?"
        if d.end and d.start and d.end != d.start:
            when += ".." + d.end.isoformat()[5:] if d.end.year == d.start.year else ".." + d.end.isoformat()
        src = ev.source.code + (f" ({ev.source.name})" if ev.source.name else "")
        tgt = (ev.target.code + (f" ({ev.target.name})" if ev.target.name else "")) if ev.target else "-"
        yield [ev.doc_id[:12], str(ev.sentence_index), ev.cameo, ev.cameo_name[:28], src[:30], tgt[:30], when, ev.modality,
               (ev.location.country or "") if ev.location else "", ev.trigger.text[:16]]


def write_events(events: Iterable[Event], fmt: str, out: IO[str]) -> int:
    """Write events in ``fmt``; returns the count. jsonl, csv and table stream row by row."""
    n = 0
    if fmt == "jsonl":
        for ev in events:
            out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for ev in events:
            out.write(("," if n else "") + "\n  " + json.dumps(ev.to_dict(), ensure_ascii=False))
            n += 1
        out.write("\n]\n")
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        w.writeheader()
        for ev in events:
            w.writerow(flat_row(ev))
            n += 1
    elif fmt == "table":
        header = ["doc", "sent", "cameo", "event", "source", "target", "date", "modality", "place", "trigger"]
        widths = [12, 4, 5, 28, 30, 30, 17, 10, 5, 16]
        line = "  ".join(h.ljust(w) for h, w in zip(header, widths))
        out.write(line.rstrip() + "\n" + "  ".join("-" * w for w in widths) + "\n")
        for row in _table_rows(events):
            out.write("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
            n += 1
    else:
        raise ValueError(fmt)
    return n
