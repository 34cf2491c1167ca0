"""The flat table: one row per merged event (CSV, Parquet) and one row per mention (Parquet).

Column names, types and meaning are defined once here (:data:`FLAT_COLUMNS`,
:data:`MENTION_COLUMNS`) and documented in ``docs/exports.md``. Multi-valued fields (sectors,
PLOVER contexts) are joined with ``;`` in CSV and are lists in Parquet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from legation.export._common import (
    ExportResult,
    PathLike,
    as_merged,
    delimited_writer,
    dir_output,
    earliest_report,
    file_output,
    first_mention,
    first_url,
    fmt,
    outlet_of,
)
from legation.records import Actor, Event, EventMention, MergedEvent

__all__ = ["FLAT_COLUMNS", "MENTION_COLUMNS", "Column", "write_csv", "write_parquet"]


@dataclass(frozen=True)
class Column:
    """One documented column: name, logical type (str, int, float, bool, date, list) and its getter."""

    name: str
    type: str
    get: Callable[[Any], Any]
    doc: str


def _actor_cols(prefix: str, pick: Callable[[Event], Optional[Actor]], what: str) -> list[Column]:
    def g(attr: str) -> Callable[[MergedEvent], Any]:
        def getter(m: MergedEvent) -> Any:
            a = pick(m.event)
            if a is None:
                return None
            value = getattr(a, attr)
            if attr == "sectors":
                return list(value)
            return value if value != "" else None

        return getter

    return [
        Column(f"{prefix}_code", "str", g("code"), f"CAMEO actor code of the {what} (e.g. USAGOV)"),
        Column(f"{prefix}_country", "str", g("country"), f"ISO-3 country of the {what}, or IGO"),
        Column(f"{prefix}_sectors", "list", g("sectors"), f"CAMEO sector/type codes of the {what}"),
        Column(f"{prefix}_name", "str", g("name"), f"canonical name of the {what} (people)"),
        Column(f"{prefix}_role", "str", g("role"), f"role the {what} held on the event date"),
        Column(f"{prefix}_organisation", "str", g("organisation"), f"organisation code of an IGO {what}"),
        Column(f"{prefix}_text", "str", g("text"), f"the {what}'s words in the document"),
        Column(f"{prefix}_resolved_by", "str", g("resolved_by"), f"how the {what} was resolved"),
    ]


def _loc(attr: str) -> Callable[[MergedEvent], Any]:
    def getter(m: MergedEvent) -> Any:
        p = m.event.location
        if p is None:
            return None
        value = getattr(p, attr)
        return value if value != "" else None

    return getter


def _rep(attr: str) -> Callable[[MergedEvent], Any]:
    def getter(m: MergedEvent) -> Any:
        x = first_mention(m)
        return getattr(x, attr) if x is not None else None

    return getter


def _e(attr: str) -> Callable[[MergedEvent], Any]:
    def getter(m: MergedEvent) -> Any:
        value = getattr(m.event, attr)
        return value if value != "" else None

    return getter


FLAT_COLUMNS: tuple[Column, ...] = tuple(
    [
        Column("id", "str", lambda m: m.id, "merged-event id (store)"),
        Column("event_id", "str", lambda m: m.event.event_id, "coder's id of the representative coding"),
        Column("date_start", "date", lambda m: m.event.date.start, "first day of the event's date range"),
        Column("date_end", "date", lambda m: m.event.date.end, "last day of the event's date range"),
        Column("date_precision", "str", lambda m: m.event.date.precision, "day, month, year or unknown"),
        Column("date_text", "str", lambda m: m.event.date.text, "the words the date came from (empty when inherited)"),
        Column("date_basis", "str", lambda m: m.event.date.basis, "text, narrative, publication or unknown"),
    ]
    + _actor_cols("source", lambda e: e.source, "source")
    + _actor_cols("target", lambda e: e.target, "target")
    + [
        Column("cameo", "str", _e("cameo"), "CAMEO event code (leading zeros kept)"),
        Column("cameo_root", "str", _e("cameo_root"), "CAMEO root code (2 digits)"),
        Column("cameo_name", "str", _e("cameo_name"), "CAMEO code name"),
        Column("quad_class", "int", lambda m: m.event.quad_class, "CAMEO quad class 1-4"),
        Column("goldstein", "float", lambda m: m.event.goldstein, "Goldstein scale of the CAMEO code"),
        Column("plover_event", "str", lambda m: m.event.plover.event, "PLOVER category (empty for CAMEO 01/02)"),
        Column("plover_mode", "str", lambda m: m.event.plover.mode, "PLOVER mode"),
        Column("plover_context", "list", lambda m: list(m.event.plover.context), "PLOVER contexts"),
        Column("modality", "str", lambda m: m.event.modality, "occurred, planned, negated or hypothetical"),
        Column("confidence", "float", lambda m: m.event.confidence, "coder confidence 0-1"),
        Column("reciprocal", "bool", lambda m: m.event.reciprocal, "coded from a mutual verb (met, agreed)"),
        Column("in_question", "bool", lambda m: m.event.in_question, "coded from a question sentence"),
        Column("location_name", "str", _loc("name"), "place name"),
        Column("location_text", "str", _loc("text"), "the place's words in the document"),
        Column("location_country", "str", _loc("country"), "ISO-3 country of the place"),
        Column("location_admin1", "str", _loc("admin1"), "GeoNames admin1 code of the place"),
        Column("location_lat", "float", _loc("lat"), "latitude (named cities only)"),
        Column("location_lon", "float", _loc("lon"), "longitude (named cities only)"),
        Column("num_mentions", "int", lambda m: m.num_mentions, "reports merged into this event"),
        Column("num_articles", "int", lambda m: m.num_articles, "distinct documents reporting it"),
        Column("num_sources", "int", lambda m: m.num_sources, "distinct outlets reporting it"),
        Column("first_reported", "date", earliest_report, "earliest publication date among the mentions"),
        Column("doc_id", "str", _e("doc_id"), "document of the representative coding"),
        Column("doc_date", "date", lambda m: m.event.doc_date, "its publication date"),
        Column("url", "str", first_url, "URL of the representative (else first) mention"),
        Column("outlet", "str", lambda m: outlet_of(first_mention(m)), "outlet of the representative mention"),
        Column("sentence_index", "int", lambda m: m.event.sentence_index, "sentence number in the document (from 0)"),
        Column("sentence", "str", _e("sentence"), "the sentence coded"),
        Column("trigger_text", "str", lambda m: m.event.trigger.text, "the event's trigger words"),
        Column("trigger_start", "int", lambda m: m.event.trigger.start, "trigger start offset in the document"),
        Column("trigger_end", "int", lambda m: m.event.trigger.end, "trigger end offset in the document"),
        Column("rule", "str", _e("rule"), "coder rule that produced the coding"),
    ]
)


def _mget(attr: str) -> Callable[[tuple[MergedEvent, EventMention]], Any]:
    def getter(pair: tuple[MergedEvent, EventMention]) -> Any:
        value = getattr(pair[1], attr)
        return value if value != "" else None

    return getter


MENTION_COLUMNS: tuple[Column, ...] = (
    Column("event_id", "str", lambda p: p[0].id, "merged-event id (joins FLAT id)"),
    Column("mention_id", "str", _mget("mention_id"), "coder's event id of this report"),
    Column("is_representative", "bool", lambda p: p[1].mention_id == p[0].event.event_id, "this report is the event's coding"),
    Column("doc_id", "str", _mget("doc_id"), "document id"),
    Column("doc_date", "date", _mget("doc_date"), "publication date"),
    Column("url", "str", _mget("url"), "document URL"),
    Column("outlet", "str", lambda p: outlet_of(p[1]), "outlet (Document.source, else the URL host)"),
    Column("sentence_index", "int", _mget("sentence_index"), "sentence number (from 0)"),
    Column("sentence", "str", _mget("sentence"), "the sentence"),
    Column("trigger_text", "str", lambda p: p[1].trigger.text, "trigger words"),
    Column("trigger_start", "int", lambda p: p[1].trigger.start, "trigger start offset"),
    Column("trigger_end", "int", lambda p: p[1].trigger.end, "trigger end offset"),
    Column("confidence", "float", _mget("confidence"), "coder confidence of this report"),
    Column("merge_reason", "str", _mget("merge_reason"), "why this report merged into the event"),
)


def _csv_value(value: Any) -> str:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return fmt(value)


def write_csv(events: Iterable[Union[MergedEvent, Event]], output: PathLike) -> ExportResult:
    """Write the flat table as CSV with a header row, one merged event per row, streaming."""
    path = file_output(output)
    result = ExportResult("csv", (path,))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = delimited_writer(fh, ",")
        w.writerow([c.name for c in FLAT_COLUMNS])
        for item in events:
            m = as_merged(item)
            w.writerow([_csv_value(c.get(m)) for c in FLAT_COLUMNS])
            result.events += 1
    return result


EVENTS_FILE = "events.parquet"
MENTIONS_FILE = "mentions.parquet"


def _arrow_schema(columns: tuple[Column, ...]) -> Any:
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "list": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(c.name, types[c.type]) for c in columns])


class _BatchWriter:
    """Buffers rows column-wise and writes a record batch every ``batch_size`` rows."""

    def __init__(self, path: Any, columns: tuple[Column, ...], batch_size: int) -> None:
        import pyarrow.parquet as pq

        self.columns = columns
        self.schema = _arrow_schema(columns)
        self.batch_size = batch_size
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.buf: list[list[Any]] = [[] for _ in columns]
        self.rows = 0

    def add(self, record: Any) -> None:
        for i, c in enumerate(self.columns):
            self.buf[i].append(c.get(record))
        self.rows += 1
        if len(self.buf[0]) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if not self.buf[0]:
            return
        arrays = [pa.array(col, type=f.type) for col, f in zip(self.buf, self.schema)]
        self.writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self.buf = [[] for _ in self.columns]

    def close(self) -> None:
        self.flush()
        self.writer.close()  # an empty export still writes a valid file with the schema


def write_parquet(
    events: Iterable[Union[MergedEvent, Event]],
    output: PathLike,
    *,
    batch_size: int = 10_000,
) -> ExportResult:
    """Write ``events.parquet`` (the flat table) and ``mentions.parquet`` into the directory ``output``.

    Rows are written in record batches of ``batch_size``, so memory stays flat for any store size.
    """
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:  # pragma: no cover - pyarrow is in the store extra
        from legation._errors import ResourceError

        raise ResourceError("LG032", f"Parquet export needs pyarrow ({exc})") from exc
    out = dir_output(output)
    ev_path, mn_path = out / EVENTS_FILE, out / MENTIONS_FILE
    result = ExportResult("parquet", (ev_path, mn_path))
    ev_writer = _BatchWriter(ev_path, FLAT_COLUMNS, batch_size)
    mn_writer = _BatchWriter(mn_path, MENTION_COLUMNS, batch_size)
    try:
        for item in events:
            m = as_merged(item)
            ev_writer.add(m)
            for x in m.mentions:
                mn_writer.add((m, x))
    finally:
        ev_writer.close()
        mn_writer.close()
    result.events, result.mentions = ev_writer.rows, mn_writer.rows
    return result


def iter_rows(events: Iterable[Union[MergedEvent, Event]]) -> Iterator[dict[str, Any]]:
    """The flat table as dicts (for callers building their own frames)."""
    for item in events:
        m = as_merged(item)
        yield {c.name: c.get(m) for c in FLAT_COLUMNS}

