"""The ``legation`` command line: a thin layer over the library.

Exit statuses (documented in docs/cli.md): 0 every document coded; 1 some documents failed and were
skipped (each printed as ``[LGxxx] …``); 2 bad usage or options; 3 a model or data file is missing;
4 store error; 5 evaluation gate failed.
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
import sys
import time
from collections import Counter
from importlib import resources
from typing import IO, Any, Iterator, Optional

import click

from legation._errors import ConfigError, LegationError
from legation.options import Options
from legation.output import FORMATS, write_events
from legation.records import Event, Failure

__all__ = ["cli", "main"]


def _parse_date_option(ctx: Any, param: Any, value: Optional[str]) -> Optional[_dt.date]:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"[LG003] {value!r} is not an ISO date (YYYY-MM-DD)") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="legation")
def cli() -> None:
    """legation: code news about diplomacy into dated, attributed CAMEO + PLOVER events."""


def _run_code(paths: list[str], options: Options, fmt: str, out: IO[str], quiet: bool, stdin: Any = None) -> int:
    from legation.ingest import read_documents
    from legation.pipeline import CodedDocument, Coder

    t0 = time.perf_counter()
    coder = Coder(options)
    failures: Counter[str] = Counter()
    counts = {"docs": 0, "events": 0, "sentences": 0}

    def events() -> Iterator[Event]:
        for r in coder.code(read_documents(paths, options, stdin=stdin)):
            if isinstance(r, Failure):
                failures[r.code] += 1
                click.echo(str(r), err=True)
                continue
            assert isinstance(r, CodedDocument)
            counts["docs"] += 1
            counts["sentences"] += len(r.sentences)
            for w in r.document.warnings:
                if not quiet:
                    click.echo(f"warning: {r.document.id}: {w}", err=True)
            counts["events"] += len(r.events)
            yield from r.events

    write_events(events(), fmt, out)
    out.flush()
    dt = time.perf_counter() - t0
    if not quiet:
        failed = sum(failures.values())
        detail = ", ".join(f"{c}: {n}" for c, n in sorted(failures.items()))
        click.echo(
            f"coded {counts['docs']} document(s), {counts['sentences']} sentence(s), {counts['events']} event(s) "
            f"in {dt:.1f} s; {failed} failed" + (f" ({detail})" if detail else ""),
            err=True,
        )
    return 1 if failures else 0


@cli.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")
@click.option("--date", "date", callback=_parse_date_option, help="Publication date for documents that carry none (YYYY-MM-DD).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of stdout.")
@click.option("--no-prefilter", is_flag=True, help="Parse every sentence (slower; for checking the pre-filter).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True)
@click.option("--n-process", type=click.IntRange(0, 64), default=0, show_default=True,
              help="Coder processes (each runs the whole pipeline on chunks of documents); 0 = one per CPU.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No warnings or summary on stderr.")
def code_cmd(paths: tuple[str, ...], fmt: str, date: Optional[_dt.date], output: IO[str], no_prefilter: bool,
             batch_size: int, n_process: int, min_confidence: float, quiet: bool) -> None:
    """Code PATHS (.txt, .jsonl, .json, .html, directories; '-' for stdin) into events."""
    options = Options(default_date=date, prefilter=not no_prefilter, batch_size=batch_size, n_process=n_process, min_confidence=min_confidence)
    try:
        status = _run_code(list(paths), options, fmt, output, quiet)
    except LegationError as err:
        click.echo(str(err), err=True)
        sys.exit(err.exit_status)
    sys.exit(status)


@cli.command("demo")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def demo_cmd(fmt: str) -> None:
    """Code the two bundled seed articles (Vietnam's presidential trips) and print their events."""
    demo = resources.files("legation") / "data" / "demo" / "seeds.jsonl"
    with resources.as_file(demo) as path:
        click.echo(f"Coding {path.name}: two interviews on Vietnam's presidential trips (2021, 2024)\n", err=True)
        try:
            status = _run_code([str(path)], Options(), fmt, sys.stdout, quiet=False)
        except LegationError as err:
            click.echo(str(err), err=True)
            sys.exit(err.exit_status)
    sys.exit(status)


def _register_optional() -> None:
    """Commands of the store, export and evaluation stages register themselves on the group."""
    for module in ("legation.store.cli", "legation.export.cli", "legation.evaluate.cli"):
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module).register(cli)


_register_optional()


def main() -> None:
    try:
        cli(standalone_mode=True)
    except ConfigError as err:  # pragma: no cover - click handles most usage errors itself
        click.echo(str(err), err=True)
        sys.exit(err.exit_status)


if __name__ == "__main__":
    main()
