"""Store commands: ``ingest``, ``events``, ``dyads``, ``actors``, ``show``, ``failures``.

Thin: parse options, call :mod:`legation.store`, print. Exit statuses: 0 ok; 1 some documents
failed (they are in ``legation failures``); 2 bad usage; 4 store error. Heavy modules (the coder,
feedparser, tqdm, psycopg) are imported only inside the commands that need them.
"""

from __future__ import annotations

import calendar
import csv
import datetime as _dt
import json
import sys
from typing import Any, Callable, Iterable, Optional, Sequence

import click

from legation._errors import LegationError

__all__ = ["register"]

FORMATS = ("table", "json", "jsonl", "csv")
TABLE_LIMIT = 100


# helpers --------------------------------------------------------------------------------------


def _fail(err: LegationError) -> None:
    click.echo(str(err), err=True)
    sys.exit(err.exit_status)


def _parse_day(value: Optional[str], *, end: bool) -> Optional[_dt.date]:
    """``2024``, ``2024-09`` or ``2024-09-25``; a year or month is its first (or last) day."""
    if value is None:
        return None
    v = value.strip()
    try:
        if len(v) == 4 and v.isdigit():
            return _dt.date(int(v), 12, 31) if end else _dt.date(int(v), 1, 1)
        if len(v) == 7 and v[4] == "-":
            y, m = int(v[:4]), int(v[5:])
            return _dt.date(y, m, calendar.monthrange(y, m)[1] if end else 1)
        return _dt.date.fromisoformat(v)
    except ValueError:
        raise click.BadParameter(f"[LG003] {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        envvar="LEGATION_DB",
        default="legation.db",
        show_default=True,
        help="SQLite file or postgresql:// URL (env LEGATION_DB).",
    )(f)


def _format_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")(f)


_FILTER_OPTIONS = (
    click.option("--actor", help="Country (VNM), IGO key (IGOUNO) or full actor code (VNMGOV) on either side."),
    click.option("--partner", help="With --actor: the other side, in either direction (--actor VNM --partner USA)."),
    click.option("--source", help="Source actor: country, IGO key or full code."),
    click.option("--target", help="Target actor: country, IGO key or full code."),
    click.option("--person", help="Part of a person's name on either side (case- and accent-insensitive)."),
    click.option("--cameo", help="CAMEO code or root prefix (04 = all consultations)."),
    click.option("--plover", help="PLOVER event category (CONSULT, AGREE, ...)."),
    click.option("--modality", type=click.Choice(["occurred", "planned", "negated", "hypothetical"])),
    click.option("--since", help="Events on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)."),
    click.option("--until", help="Events on or before this day (YYYY, YYYY-MM or YYYY-MM-DD)."),
    click.option("--location", help="Country (ISO-3) where the event took place."),
    click.option("--text", help="Words in the sentence of any report (case-insensitive)."),
    click.option("--min-mentions", type=click.IntRange(0), default=0, help="Only events reported at least this often."),
)


def _filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed(_FILTER_OPTIONS):
        f = opt(f)
    return f


def _make_filter(kw: dict[str, Any]) -> Any:
    from legation.store import EventFilter

    return EventFilter(
        actor=kw.pop("actor"),
        partner=kw.pop("partner"),
        source=kw.pop("source"),
        target=kw.pop("target"),
        person=kw.pop("person"),
        cameo=kw.pop("cameo"),
        plover=kw.pop("plover"),
        modality=kw.pop("modality"),
        since=_parse_day(kw.pop("since"), end=False),
        until=_parse_day(kw.pop("until"), end=True),
        location=kw.pop("location"),
        text=kw.pop("text"),
        min_mentions=kw.pop("min_mentions"),
    )


def _open(db: str, *, create: bool = False) -> Any:
    from legation.store import open_store

    return open_store(db, create=create)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.1f}"
    if isinstance(v, (list, tuple)):
        return "+".join(str(x) for x in v)
    return " ".join(str(v).split())


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Optional[dict[int, int]] = None,
    keep_end: Sequence[int] = (),
) -> None:
    """Print an aligned text table (``widths`` caps some columns, cutting with an ellipsis at the
    end, or at the start for the ``keep_end`` columns such as paths)."""
    cells = [[_cell(v) for v in row] for row in rows]
    caps = widths or {}
    for row in cells:
        for i, c in caps.items():
            if i < len(row) and len(row[i]) > c:
                row[i] = "…" + row[i][-(c - 1) :] if i in keep_end else row[i][: c - 1] + "…"
    if not cells:
        click.echo("(none)")
        return
    w = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    click.echo("  ".join(h.ljust(w[i]) for i, h in enumerate(headers)).rstrip())
    for r in cells:
        click.echo("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())


def _write_dicts(fmt: str, dicts: Iterable[dict[str, Any]], csv_fields: Sequence[str]) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for d in dicts:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write("[")
        for i, d in enumerate(dicts):
            out.write(("," if i else "") + "\n  " + json.dumps(d, ensure_ascii=False))
        out.write("\n]\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(csv_fields), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for d in dicts:
            writer.writerow({k: _csv_value(d.get(k)) for k in csv_fields})


def _csv_value(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return "+".join(str(x) for x in v)
    return "" if v is None else v


def _side(actor: Any) -> str:
    if actor is None:
        return "-"
    return actor.code + (f" ({actor.name})" if actor.name else "")


def _day(me: Any) -> str:
    """The event's start date, else its first report's publication date in parentheses."""
    e = me.event
    if e.date.start:
        return e.date.start.isoformat()
    return f"({e.doc_date.isoformat()})" if e.doc_date else ""


def _event_row(me: Any) -> dict[str, Any]:
    e = me.event
    return {
        "id": me.id,
        "date_start": e.date.start.isoformat() if e.date.start else None,
        "date_end": e.date.end.isoformat() if e.date.end else None,
        "date_precision": e.date.precision,
        "cameo": e.cameo,
        "cameo_name": e.cameo_name,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "plover_event": e.plover.event,
        "plover_mode": e.plover.mode,
        "modality": e.modality,
        "source_code": e.source.code,
        "source_country": e.source.country,
        "source_name": e.source.name,
        "target_code": e.target.code if e.target else None,
        "target_country": e.target.country if e.target else None,
        "target_name": e.target.name if e.target else None,
        "location_country": e.location.country if e.location else None,
        "location_name": e.location.name if e.location else None,
        "num_mentions": me.num_mentions,
        "num_articles": me.num_articles,
        "num_sources": me.num_sources,
        "doc_id": e.doc_id,
        "doc_date": e.doc_date.isoformat() if e.doc_date else None,
        "sentence": e.sentence,
    }


_EVENT_CSV = (
    "id", "date_start", "date_end", "date_precision", "cameo", "cameo_name", "quad_class", "goldstein",
    "plover_event", "plover_mode", "modality", "source_code", "source_country", "source_name", "target_code",
    "target_country", "target_name", "location_country", "location_name", "num_mentions", "num_articles",
    "num_sources", "doc_id", "doc_date", "sentence",
)  # fmt: skip


# commands -------------------------------------------------------------------------------------


@click.command("ingest")
@click.argument("paths", nargs=-1)
@click.option("--feed", "feeds", multiple=True, metavar="FILE_OR_URL", help="An RSS/Atom feed to ingest (repeatable).")
@_db_option
@click.option("--date", "date", help="Publication date for documents that carry none (YYYY-MM-DD).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True)
@click.option("--n-process", type=click.IntRange(0, 64), default=0, show_default=True,
              help="Coder processes (each runs the whole pipeline on chunks of documents); 0 = one per CPU.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: only on a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Only failures and errors on stderr, no summary.")
def ingest_cmd(paths: tuple[str, ...], feeds: tuple[str, ...], db: str, date: Optional[str], min_confidence: float,
               batch_size: int, n_process: int, progress: Optional[bool], quiet: bool) -> None:  # fmt: skip
    """Code PATHS and --feed feeds and store their events in the store (--db).

    Re-ingesting stored text is a no-op ("skipped N already stored"); a killed run is finished by
    running it again. Failed documents go to `legation failures`; exit status 1 when any failed."""
    from itertools import chain

    from legation.options import Options

    if not paths and not feeds:
        raise click.UsageError("give PATHS and/or --feed FILE_OR_URL")
    day = _parse_day(date, end=False) if date else None
    options = Options(default_date=day, min_confidence=min_confidence, batch_size=batch_size, n_process=n_process)
    try:
        store = _open(db, create=True)
    except LegationError as err:
        _fail(err)
    with store:
        try:
            from legation.ingest import read_documents
            from legation.store import ingest_documents, read_feed

            sources = [read_documents(list(paths), options)] if paths else []
            sources += [read_feed(f, options) for f in feeds]

            def on_result(outcome: str, item: Any) -> None:
                if outcome == "failed":
                    click.echo(str(item), err=True)

            summary = ingest_documents(
                store,
                chain.from_iterable(sources),
                coder_factory=lambda: _make_coder(options),
                progress=progress,
                on_result=on_result,
            )
        except KeyboardInterrupt:
            click.echo("interrupted: finished documents are stored; run the same command again to finish", err=True)
            sys.exit(130)
        except LegationError as err:
            _fail(err)
        if not quiet:
            click.echo(str(summary), err=True)
            click.echo(f"store: {store.location}", err=True)
    sys.exit(1 if summary.documents_failed else 0)


def _make_coder(options: Any) -> Any:
    """The real coder (tests replace this function with a fake one)."""
    from legation.pipeline import Coder

    return Coder(options)


@click.command("events")
@_db_option
@_filter_options
@click.option("--sort", type=click.Choice(["date", "goldstein", "mentions"]), default="date", show_default=True,
              help="date: oldest first; goldstein: most conflictual first; mentions: most reported first.")  # fmt: skip
@click.option("--reverse", is_flag=True, help="Reverse the sort order.")
@click.option("--limit", type=click.IntRange(0), default=None, help=f"At most N events (default {TABLE_LIMIT} for table, all otherwise).")
@_format_option
def events_cmd(db: str, sort: str, reverse: bool, limit: Optional[int], fmt: str, **filters: Any) -> None:
    """List merged events matching the filters."""
    from legation.store import merged_event_to_dict

    try:
        flt = _make_filter(filters)
        with _open(db) as store:
            if limit is None and fmt == "table":
                limit = TABLE_LIMIT
            stream = store.iter_merged_events(flt, sort=sort, reverse=reverse, limit=limit)
            if fmt == "table":
                rows = [
                    (
                        me.id,
                        _day(me),
                        me.event.cameo,
                        _side(me.event.source),
                        _side(me.event.target),
                        me.event.modality,
                        me.event.goldstein,
                        me.num_mentions,
                        me.num_sources,
                        me.event.sentence,
                    )
                    for me in stream
                ]
                _table(
                    ("ID", "DATE", "CAMEO", "SOURCE", "TARGET", "MODALITY", "GS", "MENTIONS", "SOURCES", "SENTENCE"),
                    rows,
                    {3: 28, 4: 28, 9: 70},
                )
                total = store.count_events(flt)
                if total > len(rows):
                    click.echo(f"({len(rows)} of {total} events; use --limit or --format jsonl for more)", err=True)
            elif fmt == "csv":
                _write_dicts(fmt, (_event_row(me) for me in stream), _EVENT_CSV)
            else:
                _write_dicts(fmt, (merged_event_to_dict(me) for me in stream), ())
    except LegationError as err:
        _fail(err)


@click.command("dyads")
@_db_option
@click.option("--period", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@click.option("--level", type=click.Choice(["country", "code"]), default="country", show_default=True,
              help="Pair countries (VNM, IGOUNO) or full actor codes (VNMGOV).")  # fmt: skip
@_filter_options
@_format_option
def dyads_cmd(db: str, period: str, level: str, fmt: str, **filters: Any) -> None:
    """Events per source-target pair per period: count, mentions, mean Goldstein, QuadClass 1-4."""
    try:
        flt = _make_filter(filters)
        with _open(db) as store:
            rows = store.dyads(period, flt, level=level)
    except LegationError as err:
        _fail(err)
    fields = ("period", "source", "target", "events", "mentions", "mean_goldstein", "quad1", "quad2", "quad3", "quad4")
    if fmt == "table":
        _table(
            ("PERIOD", "SOURCE", "TARGET", "EVENTS", "MENTIONS", "MEAN_GS", "Q1", "Q2", "Q3", "Q4"),
            [
                (r.period or "undated", r.source, r.target, r.events, r.mentions,
                 f"{r.mean_goldstein:.2f}" if r.mean_goldstein is not None else "", r.quad1, r.quad2, r.quad3, r.quad4)  # fmt: skip
                for r in rows
            ],
        )
    else:
        _write_dicts(fmt, (r.to_dict() for r in rows), fields)


@click.command("actors")
@_db_option
@click.option("--actor", help="Country (VNM) or actor-code prefix (VNMGOV).")
@click.option("--person", help="Part of a person's name.")
@click.option("--people", is_flag=True, help="Only named people.")
@click.option("--sort", type=click.Choice(["mentions", "events", "code", "name"]), default="mentions", show_default=True)
@click.option("--limit", type=click.IntRange(0), default=None)
@_format_option
def actors_cmd(db: str, actor: Optional[str], person: Optional[str], people: bool, sort: str, limit: Optional[int], fmt: str) -> None:
    """Distinct actors (code + person) with event and mention counts."""
    try:
        with _open(db) as store:
            rows = store.actors(actor=actor, person=person, people_only=people, sort=sort, limit=limit)
    except LegationError as err:
        _fail(err)
    fields = ("code", "name", "country", "sectors", "role", "events", "mentions", "as_source", "as_target", "first_date", "last_date")
    if fmt == "table":
        _table(
            ("CODE", "NAME", "COUNTRY", "EVENTS", "MENTIONS", "AS_SOURCE", "AS_TARGET", "FIRST", "LAST"),
            [(a.code, a.name, a.country, a.events, a.mentions, a.as_source, a.as_target, a.first_date, a.last_date) for a in rows],
            {1: 30},
        )
    else:
        _write_dicts(fmt, (a.to_dict() for a in rows), fields)


@click.command("show")
@click.argument("event_id")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show_cmd(event_id: str, db: str, fmt: str) -> None:
    """Provenance of one merged event: every report, its document, sentence, trigger and why it merged."""
    from legation.store import merged_event_to_dict

    try:
        with _open(db) as store:
            me = store.get_event(event_id)
            docs = {m.doc_id: store.get_document(m.doc_id) for m in me.mentions}
    except LegationError as err:
        _fail(err)
    if fmt == "json":
        click.echo(json.dumps(merged_event_to_dict(me), ensure_ascii=False, indent=2))
        return
    e = me.event
    when = e.date.start.isoformat() if e.date.start else "no resolved date"
    if e.date.end and e.date.end != e.date.start:
        when += f"..{e.date.end.isoformat()}"
    click.echo(f"event {me.id}")
    click.echo(f"  {e.cameo} {e.cameo_name} | PLOVER {e.plover.event or '-'} {e.plover.mode or ''}".rstrip())
    click.echo(f"  {_side(e.source)} -> {_side(e.target)}  ({e.modality}{', reciprocal' if e.reciprocal else ''})")
    click.echo(f"  date {when} ({e.date.precision}); place {_place(e.location)}")
    click.echo(f"  Goldstein {e.goldstein:+.1f}, QuadClass {e.quad_class}")
    click.echo(f"  {me.num_mentions} mention(s) in {me.num_articles} article(s) from {me.num_sources} source(s)")
    for n, m in enumerate(me.mentions, start=1):
        doc = docs.get(m.doc_id)
        click.echo("")
        click.echo(f"mention {n}: {m.mention_id}")
        click.echo(f"  document  {m.doc_id}" + (f" — {doc.title}" if doc and doc.title else ""))
        meta = [x for x in (m.outlet, m.doc_date.isoformat() if m.doc_date else None, m.url) if x]
        if meta:
            click.echo(f"            {' | '.join(meta)}")
        click.echo(f"  sentence  {m.sentence_index}: {_highlight(m, doc)}")
        click.echo(f"  trigger   {m.trigger.text!r} at {m.trigger.start}-{m.trigger.end}")
        click.echo(f"  merged    {m.merge_reason}")


def _place(p: Any) -> str:
    if p is None:
        return "not stated"
    if p.name and p.country and p.name != p.country:
        return f"{p.name} ({p.country})"
    return p.name or p.country or "not stated"


def _highlight(m: Any, doc: Any) -> str:
    """The sentence with the trigger in [brackets] (offsets are document offsets)."""
    s = m.sentence
    if doc is not None and m.trigger.text and doc.text[m.trigger.start : m.trigger.end] == m.trigger.text:
        i = s.find(m.trigger.text)
        if i >= 0:
            return " ".join((s[:i] + "[" + m.trigger.text + "]" + s[i + len(m.trigger.text) :]).split())
    return " ".join(s.split())


@click.command("failures")
@_db_option
@click.option("--code", help="Only this catalogue code (LG012).")
@click.option("--limit", type=click.IntRange(0), default=None)
@_format_option
def failures_cmd(db: str, code: Optional[str], limit: Optional[int], fmt: str) -> None:
    """Documents that could not be ingested, with their coded reason."""
    try:
        with _open(db) as store:
            rows = store.failures(code=code, limit=limit)
    except LegationError as err:
        _fail(err)
    if fmt == "table":
        _table(
            ("CODE", "DOCUMENT", "WHERE", "SEEN", "AT", "MESSAGE"),
            [(f.code, f.doc_id, (f.path or "") + (f":{f.line}" if f.line else ""), f.seen, f.at, f.message) for f in rows],
            {1: 30, 2: 40, 5: 90},
            keep_end=(2,),
        )
    else:
        _write_dicts(fmt, (f.to_dict() for f in rows), ("code", "doc_id", "path", "line", "seen", "at", "message"))


COMMANDS = (ingest_cmd, events_cmd, dyads_cmd, actors_cmd, show_cmd, failures_cmd)


def register(group: click.Group) -> None:
    """Add the store commands to the main ``legation`` group."""
    for cmd in COMMANDS:
        group.add_command(cmd)
