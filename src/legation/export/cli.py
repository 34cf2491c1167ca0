"""``legation export`` and ``legation plot``: read merged events from the store, write files.

The main CLI calls :func:`register` on its click group. Both commands read the store given by
``--db`` (default ``./legation.db``, or ``$LEGATION_DB``) and never write to it.
"""

from __future__ import annotations

import datetime as _dt
import functools
import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Optional, Sequence

import click

from legation._errors import LegationError, StoreError
from legation.records import MODALITIES, MergedEvent

__all__ = ["register", "export_cmd", "plot_group"]

DB_HELP = "Event store: a SQLite path or a postgresql:// URL [env LEGATION_DB; default ./legation.db]."


def _date(ctx: Any, param: Any, value: Optional[str]) -> Optional[_dt.date]:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"[LG003] {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _reporting(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Print a LegationError as its one-line message and exit with its status (4 for the store)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except LegationError as err:
            click.echo(str(err), err=True)
            sys.exit(err.exit_status)

    return wrapper


@contextmanager
def store_events(
    db: Optional[str],
    *,
    source: Optional[str] = None,
    target: Optional[str] = None,
    actor: Optional[str] = None,
    since: Optional[_dt.date] = None,
    until: Optional[_dt.date] = None,
    cameo: Sequence[str] = (),
    modality: Sequence[str] = (),
) -> Iterator[Iterator[MergedEvent]]:
    """Open the store read-only and yield a stream of its merged events that pass the filters.

    Filters the store can apply in SQL go to its ``EventFilter``; several ``--cameo`` or
    ``--modality`` values are applied here, on the stream.
    """
    try:
        from legation.store import EventFilter, open_store
    except ImportError as exc:
        raise StoreError("LG030", f"the event store is not available in this installation ({exc})") from exc
    from legation.export._common import filter_events

    codes = [c for c in cameo if c]
    modes = [m for m in modality if m]
    flt = EventFilter(
        source=source,
        target=target,
        actor=actor,
        since=since,
        until=until,
        cameo=codes[0] if len(codes) == 1 else None,
        modality=modes[0] if len(modes) == 1 else None,
    )
    with open_store(db, create=False) as store:
        stream: Iterator[Any] = iter(store.iter_merged_events(flt))
        if len(codes) > 1 or len(modes) > 1:
            stream = filter_events(stream, cameo=codes if len(codes) > 1 else (), modality=modes if len(modes) > 1 else ())
        yield stream


def _db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", envvar="LEGATION_DB", default=None, metavar="PATH|URL", help=DB_HELP)(fn)


# --------------------------------------------------------------------------- export


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["gdelt", "polecat", "plover", "csv", "parquet"]),
    required=True,
    help="gdelt: events.tsv + mentions.tsv in a directory; polecat: one TSV; plover: JSONL; csv: one flat CSV; parquet: events.parquet + mentions.parquet in a directory.",
)
@click.option("--output", "-o", required=True, metavar="PATH", help="Output file (polecat, plover, csv) or directory (gdelt, parquet).")
@_db_option
@click.option("--source", metavar="ACTOR", help="Source actor: ISO-3 country, actor key (IGOUNO) or CAMEO code (VNMGOV).")
@click.option("--target", metavar="ACTOR", help="Target actor, as --source.")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="Events on or after this day.")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="Events on or before this day.")
@click.option("--cameo", multiple=True, metavar="CODE", help="CAMEO code or prefix (04 = all consults); repeatable.")
@click.option("--modality", multiple=True, type=click.Choice(MODALITIES), help="Keep only these modalities; repeatable.")
@click.option("--header", is_flag=True, help="gdelt: write a header row (GDELT files have none).")
@click.option("--keep-unmapped", is_flag=True, help="polecat/plover: keep events without a PLOVER category (CAMEO 01/02).")
@_reporting
def export_cmd(
    fmt: str,
    output: str,
    db: Optional[str],
    source: Optional[str],
    target: Optional[str],
    since: Optional[_dt.date],
    until: Optional[_dt.date],
    cameo: tuple[str, ...],
    modality: tuple[str, ...],
    header: bool,
    keep_unmapped: bool,
) -> None:
    """Export merged events from the store as GDELT 2.0, POLECAT, PLOVER JSONL, CSV or Parquet.

    Fields a format defines but legation does not code (tone, religion, COW codes...) are left
    empty; docs/exports.md lists every column.
    """
    from legation.export import export

    with store_events(db, source=source, target=target, since=since, until=until, cameo=cameo, modality=modality) as events:
        result = export(events, fmt, output, header=header, keep_unmapped=keep_unmapped)
    for note in result.notes:
        click.echo(note, err=True)
    click.echo(result.summary(), err=True)


# --------------------------------------------------------------------------- plot


@click.group("plot")
def plot_group() -> None:
    """Charts from the store: a dyad's timeline or a country's partner network (PNG or SVG)."""


@plot_group.command("dyad")
@click.argument("source")
@click.argument("target")
@click.option("--period", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month", show_default=True)
@click.option("--output", "-o", required=True, metavar="FILE.png|FILE.svg", help="Chart file; the extension picks PNG or SVG.")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD")
@click.option("--both-directions", is_flag=True, help="Count TARGET -> SOURCE events too.")
@_db_option
@_reporting
def plot_dyad_cmd(
    source: str,
    target: str,
    period: str,
    output: str,
    since: Optional[_dt.date],
    until: Optional[_dt.date],
    both_directions: bool,
    db: Optional[str],
) -> None:
    """Events from SOURCE to TARGET per period, stacked by quad class, with the mean Goldstein line."""
    from legation.plot import dyad_timeline

    flt: dict[str, Any] = {"since": since, "until": until}
    if both_directions:
        flt["actor"] = source
    else:
        flt.update(source=source, target=target)
    with store_events(db, **flt) as events:
        table = dyad_timeline(events, source, target, period=period, out=output, both_directions=both_directions, since=since, until=until)
    if table.empty:
        click.echo(f"no dated events from {source} to {target}; wrote an empty chart", err=True)
    click.echo(f"dyad {source}->{target}: {int(table['events'].sum()) if not table.empty else 0} events in {len(table)} {period}s -> {output}", err=True)


@plot_group.command("network")
@click.argument("country")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD")
@click.option("--output", "-o", required=True, metavar="FILE.png|FILE.svg", help="Chart file; the extension picks PNG or SVG.")
@click.option("--top", type=click.IntRange(1, 200), default=25, show_default=True, help="Partners drawn (most events first).")
@_db_option
@_reporting
def plot_network_cmd(
    country: str,
    since: Optional[_dt.date],
    until: Optional[_dt.date],
    output: str,
    top: int,
    db: Optional[str],
) -> None:
    """COUNTRY's partners: edge width = number of events, edge colour = mean Goldstein."""
    from legation.plot import partner_network

    with store_events(db, actor=country, since=since, until=until) as events:
        graph = partner_network(events, country, since, until, out=output, top=top)
    click.echo(f"network {country.upper()}: {graph.number_of_nodes() - 1} partners -> {output}", err=True)


def register(group: click.Group) -> None:
    """Add ``export`` and ``plot`` to the main command group."""
    group.add_command(export_cmd)
    group.add_command(plot_group)
