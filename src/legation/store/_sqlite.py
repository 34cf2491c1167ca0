"""The embedded backend: one SQLite file in WAL mode (readers never block the writer)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any, Iterator, Sequence

from legation._errors import StoreError

__all__ = ["SQLiteBackend"]

_BUSY_TIMEOUT_MS = 60_000


class SQLiteBackend:
    """A thin connection wrapper: ``?`` placeholders, explicit ``BEGIN IMMEDIATE`` transactions."""

    dialect = "sqlite"

    def __init__(self, path: str, *, create: bool = True) -> None:
        self.location = str(path)
        memory = str(path) == ":memory:"  # a private in-memory store (notebooks, tests): no WAL
        p = Path(path)
        if not memory and not create and not p.exists():
            raise StoreError("LG030", f"no store at {path}; create one with `legation ingest --db {path} ...`")
        if p.exists() and p.is_dir():
            raise StoreError("LG030", f"{path} is a directory")
        if not p.parent.exists():
            raise StoreError("LG030", f"directory {p.parent} does not exist")
        try:
            self.conn = sqlite3.connect(str(p), isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
            self.conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError("LG030", f"{path}: {exc}") from None
        if not memory and (mode is None or str(mode[0]).lower() != "wal"):
            raise StoreError("LG030", f"{path}: cannot switch to WAL mode (got {mode[0] if mode else None})")
        self._depth = 0

    # errors -----------------------------------------------------------------------------------
    @staticmethod
    def is_data_error(exc: BaseException) -> bool:
        """An error caused by one document's data (the run goes on), not by the store itself."""
        return isinstance(exc, (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError, OverflowError))

    @staticmethod
    def is_db_error(exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.Error)

    # statements -------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, _clean(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, [_clean(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, _clean(params)).fetchall()

    def iter_query(self, sql: str, params: Sequence[Any] = (), batch: int = 500) -> Iterator[list[tuple[Any, ...]]]:
        cur = self.conn.cursor()
        try:
            cur.execute(sql, _clean(params))
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    return
                yield rows
        finally:
            cur.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction (``BEGIN IMMEDIATE`` takes the write lock up front, so concurrent
        ingests serialise instead of failing half-way). Nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def migration_lock(self) -> Iterator[None]:
        with self.transaction():
            yield

    def table_exists(self, name: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        return row is not None

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass


def _clean(params: Sequence[Any]) -> tuple[Any, ...]:
    """NUL characters cannot be stored in PostgreSQL text: every string parameter has them replaced
    by U+FFFD (same length, so offsets stay valid), in both backends so both store the same text."""
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p for p in params)
