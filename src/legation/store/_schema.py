"""The store schema as an ordered list of migrations, shared by SQLite and PostgreSQL.

Every migration is a list of DDL statements written in the SQL both databases accept; the only
differences are spelled as placeholders: ``{serial}`` (an auto-increment integer primary key) and
``{real}`` (a 64-bit float). Applied migrations are recorded in ``schema_migrations`` (version,
name, applied_at); opening an older store applies the missing ones, a newer store is refused
(``LG031``). Dates are ISO ``YYYY-MM-DD`` text in both databases so that comparisons, sorting and
answers are identical.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration", "render"]


class Migration(NamedTuple):
    version: int
    name: str
    statements: tuple[str, ...]


_V1 = (
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        url TEXT,
        outlet TEXT,
        pub_date TEXT,
        date_source TEXT,
        path TEXT,
        ingested_at TEXT NOT NULL,
        text TEXT NOT NULL,
        num_sentences INTEGER NOT NULL DEFAULT 0,
        num_events INTEGER NOT NULL DEFAULT 0,
        warnings TEXT
    )""",
    """CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents(id),
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        is_question INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (doc_id, idx)
    )""",
    # one row per real-world event (after cross-document coreference); the coding columns are the
    # representative (first) mention's, the match_* columns what the merge rules compare against
    """CREATE TABLE events (
        id TEXT PRIMARY KEY,
        first_mention_seq INTEGER,
        first_doc_id TEXT NOT NULL REFERENCES documents(id),
        cameo TEXT NOT NULL,
        cameo_root TEXT NOT NULL,
        cameo_name TEXT,
        goldstein {real},
        quad_class INTEGER,
        plover_event TEXT,
        plover_mode TEXT,
        modality TEXT NOT NULL,
        reciprocal INTEGER NOT NULL DEFAULT 0,
        source_code TEXT,
        source_country TEXT,
        source_key TEXT,
        source_sectors TEXT,
        source_name TEXT,
        target_code TEXT,
        target_country TEXT,
        target_key TEXT,
        target_sectors TEXT,
        target_name TEXT,
        names_key TEXT,
        pair_key TEXT,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        doc_date TEXT,
        period_day TEXT,
        period_week TEXT,
        period_month TEXT,
        period_year TEXT,
        location_country TEXT,
        location_name TEXT,
        match_cameo TEXT NOT NULL,
        match_start TEXT,
        match_end TEXT,
        match_precision TEXT,
        match_place TEXT,
        num_mentions INTEGER NOT NULL DEFAULT 0,
        num_articles INTEGER NOT NULL DEFAULT 0,
        num_sources INTEGER NOT NULL DEFAULT 0,
        confidence {real},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # one row per coded Event (a report of a real event); event_json is Event.to_dict()
    """CREATE TABLE event_mentions (
        seq {serial},
        event_id TEXT NOT NULL REFERENCES events(id),
        doc_id TEXT NOT NULL REFERENCES documents(id),
        idx_in_doc INTEGER NOT NULL,
        mention_id TEXT NOT NULL,
        sentence_index INTEGER,
        sentence_start INTEGER,
        sentence_end INTEGER,
        trigger_text TEXT,
        trigger_start INTEGER,
        trigger_end INTEGER,
        cameo TEXT,
        cameo_root TEXT,
        goldstein {real},
        source_code TEXT,
        source_country TEXT,
        source_name TEXT,
        target_code TEXT,
        target_country TEXT,
        target_name TEXT,
        modality TEXT,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        location_country TEXT,
        doc_date TEXT,
        outlet TEXT,
        confidence {real},
        merge_reason TEXT NOT NULL,
        search_text TEXT,
        event_json TEXT NOT NULL,
        UNIQUE (doc_id, idx_in_doc)
    )""",
    """CREATE TABLE actors (
        code TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        country TEXT,
        sectors TEXT,
        role TEXT,
        events INTEGER NOT NULL DEFAULT 0,
        as_source INTEGER NOT NULL DEFAULT 0,
        as_target INTEGER NOT NULL DEFAULT 0,
        first_date TEXT,
        last_date TEXT,
        PRIMARY KEY (code, name)
    )""",
    """CREATE TABLE failures (
        seq {serial},
        doc_id TEXT NOT NULL,
        path TEXT NOT NULL DEFAULT '',
        line INTEGER NOT NULL DEFAULT 0,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL,
        seen INTEGER NOT NULL DEFAULT 1,
        UNIQUE (doc_id, path, line, code)
    )""",
    "CREATE INDEX IF NOT EXISTS ix_events_merge ON events (pair_key, cameo_root, modality)",
    "CREATE INDEX IF NOT EXISTS ix_mentions_event ON event_mentions (event_id, seq)",
)

_V2 = (
    "CREATE INDEX IF NOT EXISTS ix_events_day ON events (period_day)",
    "CREATE INDEX IF NOT EXISTS ix_events_source ON events (source_country, source_code)",
    "CREATE INDEX IF NOT EXISTS ix_events_target ON events (target_country, target_code)",
    "CREATE INDEX IF NOT EXISTS ix_events_cameo ON events (cameo)",
    "CREATE INDEX IF NOT EXISTS ix_mentions_doc ON event_mentions (doc_id)",
    "CREATE INDEX IF NOT EXISTS ix_documents_pub_date ON documents (pub_date)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: documents, sentences, events, event_mentions, actors, failures", _V1),
    Migration(2, "query indexes: event date, actors, cameo; mentions by document", _V2),
)

LATEST_VERSION = MIGRATIONS[-1].version

_TYPES = {
    "sqlite": {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "real": "REAL"},
    "postgresql": {"serial": "BIGSERIAL PRIMARY KEY", "real": "DOUBLE PRECISION"},
}


def render(statement: str, dialect: str) -> str:
    """Fill the dialect placeholders of one DDL statement."""
    return statement.format(**_TYPES[dialect])
