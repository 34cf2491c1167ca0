"""The shared backend: PostgreSQL through psycopg 3, behind the same interface as SQLite.

Statements are written with ``?`` placeholders and translated to psycopg's ``%s``. Writers take a
transaction-scoped advisory lock so that concurrent ingests into one database serialise their
merge look-ups (two writers can never both create the same event).
"""

from __future__ import annotations

import contextlib
from typing import Any, Iterator, Sequence

from legation._errors import StoreError

__all__ = ["PostgresBackend"]

_WRITE_LOCK = 0x4C4547_01  # "LEG" + 1: one writer at a time per database
_MIGRATE_LOCK = 0x4C4547_02


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreError("LG032", "psycopg 3 is needed for postgresql:// stores") from None
    return psycopg


class PostgresBackend:
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        psycopg = _psycopg()
        self._psycopg = psycopg
        self.location = _redact(url)
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=15)
        except psycopg.Error as exc:
            raise StoreError("LG030", f"{self.location}: {str(exc).strip()}") from None
        self._depth = 0
        self._cursors = 0

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def is_data_error(self, exc: BaseException) -> bool:
        e = self._psycopg.errors
        return isinstance(exc, (e.DataError, e.IntegrityError, ValueError, OverflowError)) and not isinstance(
            exc, self._psycopg.OperationalError
        )

    def is_db_error(self, exc: BaseException) -> bool:
        return isinstance(exc, self._psycopg.Error)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), _clean(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._sql(sql), [_clean(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(self._sql(sql), _clean(params)).fetchall()

    def iter_query(self, sql: str, params: Sequence[Any] = (), batch: int = 500) -> Iterator[list[tuple[Any, ...]]]:
        """Stream rows through a server-side cursor (inside its own read transaction)."""
        self._cursors += 1
        name = f"legation_cur_{id(self)}_{self._cursors}"
        with contextlib.ExitStack() as stack:
            if self._depth == 0 and self.conn.info.transaction_status == self._psycopg.pq.TransactionStatus.IDLE:
                stack.enter_context(self.conn.transaction())
            cur = stack.enter_context(self.conn.cursor(name=name))
            cur.execute(self._sql(sql), _clean(params))
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    return
                yield rows

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
                yield
        finally:
            self._depth = 0

    @contextlib.contextmanager
    def migration_lock(self) -> Iterator[None]:
        with self.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
            yield

    def table_exists(self, name: str) -> bool:
        row = self.conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()
        return row is not None and row[0] is not None

    def close(self) -> None:
        try:
            self.conn.close()
        except self._psycopg.Error:
            pass


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(url)
        if parts.password:
            netloc = parts.netloc.replace(":" + parts.password + "@", ":***@")
            return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        pass
    return url


def _clean(params: Sequence[Any]) -> tuple[Any, ...]:
    """NUL characters cannot be stored in PostgreSQL text: every string parameter has them replaced
    by U+FFFD (same length, so offsets stay valid), in both backends so both store the same text."""
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p for p in params)
