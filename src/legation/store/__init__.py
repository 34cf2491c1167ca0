"""store: coded documents in, merged events out — SQLite by default, PostgreSQL when shared.

    from legation.store import open_store, EventFilter
    with open_store("legation.db") as store:                 # or "postgresql://user:pw@host/db"
        summary = store.ingest(coder.code(read_documents(paths)))   # CodedDocument | Failure stream
        for ev in store.iter_merged_events(EventFilter(actor="VNM", cameo="04")):
            print(ev.id, ev.event.cameo, ev.num_mentions, [m.merge_reason for m in ev.mentions])
        store.dyads("month"), store.actors(), store.failures(), store.get_event(ev.id)

``open_store(None)`` uses ``$LEGATION_DB`` or ``./legation.db``. Each document is written in one
transaction (document, sentences, mentions, merge decisions), re-ingesting the same text is a no-op,
and reports of the same real event across documents merge into one :class:`MergedEvent` whose
mentions say why they merged (rules in ``docs/store.md``).
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Iterator, Optional, Protocol, runtime_checkable

from legation._errors import StoreError
from legation.records import Document, MergedEvent
from legation.store._ingest import ingest_documents, read_feed
from legation.store._merge import actor_key
from legation.store._query import (
    PERIODS,
    SORTS,
    ActorRow,
    DyadRow,
    EventFilter,
    FailureRow,
    IngestSummary,
    StoreStats,
)
from legation.store._schema import LATEST_VERSION
from legation.store._store import SQLStore, content_hash, merged_event_to_dict

__all__ = [
    "DEFAULT_DB",
    "LATEST_VERSION",
    "PERIODS",
    "SORTS",
    "ActorRow",
    "DyadRow",
    "EventFilter",
    "FailureRow",
    "IngestSummary",
    "SQLStore",
    "Store",
    "StoreStats",
    "actor_key",
    "content_hash",
    "ingest_documents",
    "merged_event_to_dict",
    "open_store",
    "read_feed",
    "resolve_db",
]

DEFAULT_DB = "legation.db"


@runtime_checkable
class Store(Protocol):
    """What every store backend offers (SQLite and PostgreSQL behave identically)."""

    dialect: str
    location: str

    def ingest(self, results: Iterable[Any], *, on_result: Any = None) -> IngestSummary: ...

    def has_content(self, text_or_hash: str, *, is_hash: bool = False) -> bool: ...

    def iter_merged_events(
        self,
        filters: Optional[EventFilter] = None,
        *,
        sort: str = "date",
        reverse: bool = False,
        limit: Optional[int] = None,
    ) -> Iterator[MergedEvent]: ...

    def count_events(self, filters: Optional[EventFilter] = None) -> int: ...

    def get_event(self, event_id: str) -> MergedEvent: ...

    def get_document(self, doc_id: str) -> Optional[Document]: ...

    def dyads(self, period: str = "month", filters: Optional[EventFilter] = None, *, level: str = "country") -> list[DyadRow]: ...

    def actors(
        self,
        *,
        actor: Optional[str] = None,
        person: Optional[str] = None,
        people_only: bool = False,
        sort: str = "mentions",
        limit: Optional[int] = None,
    ) -> list[ActorRow]: ...

    def failures(self, *, code: Optional[str] = None, limit: Optional[int] = None) -> list[FailureRow]: ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc: object) -> None: ...


def resolve_db(db: Optional[str] = None) -> str:
    """The store location: ``db``, else ``$LEGATION_DB``, else ``./legation.db``."""
    return db or os.environ.get("LEGATION_DB") or DEFAULT_DB


def is_postgres_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://")) or db.startswith("postgresql+psycopg://")


def open_store(db: Optional[str] = None, *, create: bool = True) -> SQLStore:
    """Open (and create or migrate) a store: a SQLite path or a ``postgresql://`` URL.

    ``create=False`` refuses to create a new SQLite file (``LG030``), for read-only commands.
    Raises :class:`~legation.StoreError`: ``LG030`` cannot open, ``LG031`` schema newer than this
    legation, ``LG032`` driver missing."""
    location = resolve_db(db)
    if is_postgres_url(location):
        from legation.store._postgres import PostgresBackend

        url = location.replace("postgresql+psycopg://", "postgresql://", 1)
        return SQLStore(PostgresBackend(url))
    if location.startswith("sqlite:///"):
        location = location[len("sqlite:///") :]
    if "://" in location:
        raise StoreError("LG030", f"{location}: use a file path or a postgresql:// URL")
    from legation.store._sqlite import SQLiteBackend

    return SQLStore(SQLiteBackend(location, create=create))

