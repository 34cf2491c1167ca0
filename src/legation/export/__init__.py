"""Export merged events to other event-data formats: GDELT 2.0, POLECAT, PLOVER JSONL, CSV, Parquet.

Every writer is a pure, streaming function of an iterable of :class:`legation.records.MergedEvent`
(bare :class:`~legation.records.Event` objects are accepted as one-mention events)::

    from legation.export import export, filter_events
    export(store.iter_merged_events(...), "gdelt", "out/gdelt", header=True)

Fields a format defines but our records do not hold are left empty, never guessed;
``docs/exports.md`` lists every column and where it comes from.
"""

from __future__ import annotations

from typing import Any, Iterable, Union

from legation._errors import ConfigError
from legation.export._common import ExportResult, PathLike, actor_matches, filter_events
from legation.export._flat import FLAT_COLUMNS, MENTION_COLUMNS, Column, write_csv, write_parquet
from legation.export._gdelt import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdelt_event_id, write_gdelt
from legation.export._plover import PLOVER_KEYS, PLOVER_REQUIRED_KEYS, plover_record, write_plover
from legation.export._polecat import POLECAT_COLUMNS, write_polecat
from legation.records import Event, MergedEvent

__all__ = [
    "FLAT_COLUMNS",
    "FORMATS",
    "GDELT_EVENT_COLUMNS",
    "GDELT_MENTION_COLUMNS",
    "MENTION_COLUMNS",
    "PLOVER_KEYS",
    "PLOVER_REQUIRED_KEYS",
    "POLECAT_COLUMNS",
    "Column",
    "ExportResult",
    "actor_matches",
    "export",
    "filter_events",
    "gdelt_event_id",
    "plover_record",
    "write_csv",
    "write_gdelt",
    "write_parquet",
    "write_plover",
    "write_polecat",
]

# format -> (writer, writes a directory?)
FORMATS: dict[str, tuple[Any, bool]] = {
    "gdelt": (write_gdelt, True),
    "polecat": (write_polecat, False),
    "plover": (write_plover, False),
    "csv": (write_csv, False),
    "parquet": (write_parquet, True),
}


def export(
    events: Iterable[Union[MergedEvent, Event]],
    format: str,
    output: PathLike,
    **options: Any,
) -> ExportResult:
    """Write ``events`` in ``format`` to ``output`` (a file, or a directory for gdelt and parquet).

    Options: ``header`` (gdelt), ``keep_unmapped`` (polecat, plover), ``batch_size`` (parquet);
    an option the format does not take is ignored.
    """
    key = (format or "").lower()
    if key not in FORMATS:
        raise ConfigError("LG003", f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    writer, _ = FORMATS[key]
    accepted = {
        "gdelt": {"header"},
        "polecat": {"keep_unmapped"},
        "plover": {"keep_unmapped"},
        "csv": set(),
        "parquet": {"batch_size"},
    }[key]
    return writer(events, output, **{k: v for k, v in options.items() if k in accepted})
