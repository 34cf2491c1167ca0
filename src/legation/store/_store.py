"""The event store: one class over a SQLite or PostgreSQL backend.

One write path: :meth:`SQLStore.ingest` writes each coded document in ONE transaction — the
document, its sentences, its event mentions, the merge decisions for them and the actor counts — so
a reader (or a re-run after a kill) never sees half a document.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from legation._errors import ConfigError, LegationError, StoreError
from legation.records import Actor, Document, Event, EventMention, Failure, MergedEvent, Mention
from legation.store import _merge
from legation.store._query import (
    PERIODS,
    ActorRow,
    DyadRow,
    EventFilter,
    FailureRow,
    IngestSummary,
    StoreStats,
    order_by,
    period_keys,
    search_key,
)
from legation.store._schema import LATEST_VERSION, MIGRATIONS, render

__all__ = ["SQLStore", "content_hash", "merged_event_to_dict"]

log = logging.getLogger("legation.store")

# what ingest reports per item: ("new" | "skipped", Document) or ("failed", Failure)
ResultCallback = Callable[[str, Any], None]


def content_hash(text: str) -> str:
    """sha256 of the text with whitespace runs collapsed: the identity used to skip re-ingests."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _clean(s: Optional[str]) -> Optional[str]:
    """NUL characters are not storable in PostgreSQL text; replace them (same length) everywhere."""
    return s.replace("\x00", "\ufffd") if s and "\x00" in s else s


def _iso(d: Optional[_dt.date]) -> Optional[str]:
    return d.isoformat() if d else None


def _date(s: Optional[str]) -> Optional[_dt.date]:
    return _dt.date.fromisoformat(s) if s else None


def _sectors(s: Optional[str]) -> tuple[str, ...]:
    return tuple(x for x in (s or "").split("+") if x)


def _event_id(doc_id: str, mention_id: str, index: int) -> str:
    digest = hashlib.sha1(f"{doc_id}\x1f{mention_id}\x1f{index}".encode("utf-8")).hexdigest()
    return "ev_" + digest[:16]


def merged_event_to_dict(me: MergedEvent) -> dict[str, Any]:
    """The JSON form of a merged event (``legation events --format json``)."""
    return {
        "id": me.id,
        "num_mentions": me.num_mentions,
        "num_articles": me.num_articles,
        "num_sources": me.num_sources,
        "event": me.event.to_dict(),
        "mentions": [m.to_dict() for m in me.mentions],
    }


_EVENT_MATCH_COLS = (
    "id, source_key, source_sectors, target_key, target_sectors, reciprocal, match_cameo, cameo_root, "
    "modality, match_start, match_end, match_precision, doc_date, match_place, first_mention_seq"
)

_MENTION_COLS = (
    "m.event_id, m.seq, m.mention_id, m.doc_id, m.sentence_index, m.trigger_text, m.trigger_start, "
    "m.trigger_end, m.doc_date, d.url, m.outlet, m.confidence, m.merge_reason, m.event_json"
)


class SQLStore:
    """The store API (see :class:`legation.store.Store`); use :func:`legation.store.open_store`."""

    def __init__(self, backend: Any, *, migrate: bool = True) -> None:
        self._b = backend
        self.dialect: str = backend.dialect
        self.location: str = backend.location
        if migrate:
            try:
                self.migrate()
            except BaseException:
                backend.close()
                raise

    # lifecycle --------------------------------------------------------------------------------
    def __enter__(self) -> "SQLStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._b.close()

    def __repr__(self) -> str:
        return f"<SQLStore {self.dialect} {self.location}>"

    # schema -----------------------------------------------------------------------------------
    def schema_version(self) -> int:
        if not self._b.table_exists("schema_migrations"):
            return 0
        row = self._b.query("SELECT MAX(version) FROM schema_migrations")
        return int(row[0][0] or 0)

    def migrate(self, target: Optional[int] = None) -> list[int]:
        """Apply the missing migrations (up to ``target``, default the latest); returns those applied.
        A store written by a newer legation is refused with ``LG031``."""
        target = LATEST_VERSION if target is None else target
        applied: list[int] = []
        try:
            with self._b.migration_lock():
                self._b.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                current = self.schema_version()
                if current > LATEST_VERSION:
                    raise StoreError(
                        "LG031",
                        f"{self.location} has schema version {current}; this legation knows up to {LATEST_VERSION}",
                    )
                for mig in MIGRATIONS:
                    if current < mig.version <= target:
                        for stmt in mig.statements:
                            self._b.execute(render(stmt, self.dialect))
                        self._b.execute(
                            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                            (mig.version, mig.name, _now()),
                        )
                        applied.append(mig.version)
        except LegationError:
            raise
        except Exception as exc:
            if self._b.is_db_error(exc):
                raise StoreError("LG030", f"{self.location}: cannot create or migrate the schema: {exc}") from None
            raise
        return applied

    def migrations(self) -> list[tuple[int, str, str]]:
        """(version, name, applied_at) of every applied migration."""
        return [tuple(r) for r in self._b.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")]  # type: ignore[misc]

    # writing ----------------------------------------------------------------------------------
    def has_content(self, text_or_hash: str, *, is_hash: bool = False) -> bool:
        """Whether a document with this text (or content hash) is already stored."""
        h = text_or_hash if is_hash else content_hash(text_or_hash)
        return bool(self._b.query("SELECT 1 FROM documents WHERE content_hash = ?", (h,)))

    def ingest(
        self,
        results: Iterable[Any],
        *,
        on_result: Optional[ResultCallback] = None,
    ) -> IngestSummary:
        """Store a stream of :class:`~legation.CodedDocument` and :class:`~legation.Failure` records.

        Each document is one transaction; documents whose text is already stored are skipped;
        failures land in the ``failures`` table. A document the database rejects becomes an
        ``LG035`` failure and the run goes on; a store that cannot be written raises ``LG036``.
        """
        import time

        summary = IngestSummary()
        t0 = time.perf_counter()
        try:
            for item in results:
                if isinstance(item, Failure):
                    self.record_failure(item)
                    summary.add_failure(item)
                    if on_result:
                        on_result("failed", item)
                    continue
                outcome, what = self._write_one(item, summary)
                if on_result:
                    on_result(outcome, what)
        finally:
            summary.seconds = time.perf_counter() - t0
        return summary

    def write_document(self, coded: Any, summary: Optional[IngestSummary] = None) -> str:
        """Write one coded document atomically: ``"new"``, ``"skipped"`` or ``"failed"``."""
        return self._write_one(coded, summary if summary is not None else IngestSummary())[0]

    def _write_one(self, coded: Any, summary: IngestSummary) -> tuple[str, Any]:
        """(outcome, the Document or, when it failed, its Failure)."""
        doc: Document = coded.document
        part = IngestSummary()
        try:
            with self._b.transaction():
                outcome = self._write_document(coded, part)
        except LegationError:
            raise
        except Exception as exc:
            # the database rejected this document's data, or the record itself is malformed (a
            # coder bug): quarantine the document, the run goes on; a broken store stops it
            if self._b.is_data_error(exc) or not self._b.is_db_error(exc):
                log.debug("storing %s failed", doc.id, exc_info=exc)
                failure = Failure(
                    doc_id=doc.id,
                    code="LG035",
                    message=str(StoreError("LG035", f"{doc.id}: {type(exc).__name__}: {exc}")),
                    path=doc.path,
                )
                self.record_failure(failure)
                summary.add_failure(failure)
                return "failed", failure
            raise StoreError("LG036", f"{self.location} while writing {doc.id}: {exc}") from None
        summary.add(part)
        return outcome, doc

    def record_failure(self, failure: Failure) -> None:
        """Quarantine one failed document (the same failure seen again only bumps ``seen``)."""
        try:
            with self._b.transaction():
                self._b.execute(
                    "INSERT INTO failures (doc_id, path, line, code, message, at, seen) VALUES (?, ?, ?, ?, ?, ?, 1) "
                    "ON CONFLICT (doc_id, path, line, code) DO UPDATE SET "
                    "seen = failures.seen + 1, at = excluded.at, message = excluded.message",
                    (
                        _clean(failure.doc_id) or "",
                        _clean(failure.path) or "",
                        int(failure.line or 0),
                        failure.code,
                        _clean(failure.message) or "",
                        _now(),
                    ),
                )
        except LegationError:
            raise
        except Exception as exc:
            if self._b.is_db_error(exc):
                raise StoreError("LG036", f"{self.location} while recording a failure: {exc}") from None
            raise

    def _write_document(self, coded: Any, summary: IngestSummary) -> str:
        b = self._b
        doc: Document = coded.document
        h = content_hash(doc.text)
        if b.query("SELECT 1 FROM documents WHERE content_hash = ?", (h,)):
            summary.documents_skipped += 1
            return "skipped"
        doc_id = doc.id
        if b.query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)):
            doc_id = f"{doc.id}~{h[:12]}"  # same id, different text: keep both, the later one renamed
            summary.documents_renamed += 1
        now = _now()
        events: Sequence[Event] = coded.events
        b.execute(
            "INSERT INTO documents (id, content_hash, title, url, outlet, pub_date, date_source, path, ingested_at, "
            "text, num_sentences, num_events, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _clean(doc_id),
                h,
                _clean(doc.title),
                _clean(doc.url),
                _clean(doc.source) or None,
                _iso(doc.date),
                doc.date_source,
                _clean(doc.path),
                now,
                _clean(doc.text),
                len(coded.sentences),
                len(events),
                json.dumps(list(doc.warnings)) if doc.warnings else None,
            ),
        )
        if coded.sentences:
            b.executemany(
                "INSERT INTO sentences (doc_id, idx, start_char, end_char, text, is_question) VALUES (?, ?, ?, ?, ?, ?)",
                [(doc_id, s.index, s.start, s.end, _clean(s.text), int(bool(s.is_question))) for s in coded.sentences],
            )
        touched: set[str] = set()
        for index, event in enumerate(events):
            self._write_event(doc, doc_id, index, event, touched, now, summary)
        summary.documents_new += 1
        return "new"

    def _candidates(self, view: _merge.MergeView, touched: set[str]) -> list[_merge.Candidate]:
        bounds = _merge.candidate_bounds(view)
        ors: list[str] = []
        params: list[Any] = [view.pair_key, view.root, view.modality]
        if bounds["win_lo"] is not None:
            ors.append("(match_start IS NOT NULL AND match_start <= ? AND match_end >= ?)")
            params += [bounds["win_hi"], bounds["win_lo"]]
        if bounds["doc_lo"] is not None:
            ors.append("(doc_date IS NOT NULL AND doc_date >= ? AND doc_date <= ?)")
            params += [bounds["doc_lo"], bounds["doc_hi"]]
        if not ors:
            return []
        rows = self._b.query(
            f"SELECT {_EVENT_MATCH_COLS} FROM events WHERE pair_key = ? AND cameo_root = ? AND modality = ? "
            f"AND ({' OR '.join(ors)}) ORDER BY first_mention_seq",
            params,
        )
        out = []
        for r in rows:
            v = _merge.MergeView(
                source_key=r[1],
                source_sectors=_sectors(r[2]),
                target_key=r[3],
                target_sectors=_sectors(r[4]),
                reciprocal=bool(r[5]),
                cameo=r[6],
                root=r[7],
                modality=r[8],
                start=_date(r[9]),
                end=_date(r[10]),
                precision=r[11] or "unknown",
                doc_date=_date(r[12]),
                place=r[13],
            )
            out.append(_merge.Candidate(event_id=r[0], view=v, same_document=r[0] in touched, order=int(r[14] or 0)))
        return out

    def _write_event(
        self,
        doc: Document,
        doc_id: str,
        index: int,
        event: Event,
        touched: set[str],
        now: str,
        summary: IngestSummary,
    ) -> None:
        b = self._b
        doc_date = event.doc_date or doc.date
        view = _merge.view_of(event)
        if view.doc_date is None and doc_date is not None:
            view = replace(view, doc_date=doc_date)
        decision = None
        candidates: list[_merge.Candidate] = []
        if view.mergeable:
            candidates = self._candidates(view, touched)
            decision = _merge.choose(view, candidates)
        src, tgt = event.source, event.target
        day = event.date.start or doc_date
        if decision is None:
            event_id = _event_id(doc_id, event.event_id, index)
            reason = "first mention"
            periods = period_keys(day)
            names = " | ".join(search_key(n) for n in (src.name, tgt.name if tgt else None) if n)
            b.execute(
                "INSERT INTO events (id, first_mention_seq, first_doc_id, cameo, cameo_root, cameo_name, goldstein, "
                "quad_class, plover_event, plover_mode, modality, reciprocal, source_code, source_country, source_key, "
                "source_sectors, source_name, target_code, target_country, target_key, target_sectors, target_name, "
                "names_key, pair_key, date_start, date_end, date_precision, doc_date, period_day, period_week, "
                "period_month, period_year, location_country, location_name, match_cameo, match_start, match_end, "
                "match_precision, match_place, num_mentions, num_articles, num_sources, confidence, created_at, "
                "updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)",
                (
                    event_id,
                    doc_id,
                    event.cameo,
                    view.root,
                    _clean(event.cameo_name),
                    float(event.goldstein),
                    int(event.quad_class),
                    event.plover.event,
                    event.plover.mode,
                    event.modality,
                    int(bool(event.reciprocal)),
                    src.code or None,
                    src.country,
                    view.source_key,
                    "+".join(view.source_sectors),
                    _clean(src.name),
                    tgt.code if tgt else None,
                    tgt.country if tgt else None,
                    view.target_key,
                    "+".join(view.target_sectors) if tgt else None,
                    _clean(tgt.name) if tgt else None,
                    names or None,
                    view.pair_key,
                    _iso(event.date.start),
                    _iso(event.date.end),
                    event.date.precision,
                    _iso(doc_date),
                    periods["day"],
                    periods["week"],
                    periods["month"],
                    periods["year"],
                    event.location.country if event.location else None,
                    _clean(event.location.name) if event.location else None,
                    view.cameo,
                    _iso(view.window[0]) if view.window else None,
                    _iso(view.window[1]) if view.window else None,
                    view.precision if view.window else "unknown",
                    view.place,
                    float(event.confidence),
                    now,
                    now,
                ),
            )
            summary.events_new += 1
        else:
            event_id, reason = decision.event_id, decision.reason
            summary.merged += 1
        stored = event.to_dict()
        stored["doc_id"] = doc_id
        if stored.get("doc_date") is None and doc_date is not None:
            stored["doc_date"] = doc_date.isoformat()
        b.execute(
            "INSERT INTO event_mentions (event_id, doc_id, idx_in_doc, mention_id, sentence_index, sentence_start, "
            "sentence_end, trigger_text, trigger_start, trigger_end, cameo, cameo_root, goldstein, source_code, "
            "source_country, source_name, target_code, target_country, target_name, modality, date_start, date_end, "
            "date_precision, location_country, doc_date, outlet, confidence, merge_reason, search_text, event_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event_id,
                doc_id,
                index,
                _clean(event.event_id),
                event.sentence_index,
                event.sentence_start,
                event.sentence_end,
                _clean(event.trigger.text),
                event.trigger.start,
                event.trigger.end,
                event.cameo,
                view.root,
                float(event.goldstein),
                src.code or None,
                src.country,
                _clean(src.name),
                tgt.code if tgt else None,
                tgt.country if tgt else None,
                _clean(tgt.name) if tgt else None,
                event.modality,
                _iso(event.date.start),
                _iso(event.date.end),
                event.date.precision,
                event.location.country if event.location else None,
                _iso(doc_date),
                _clean(doc.source) or None,
                float(event.confidence),
                reason,
                search_key(event.sentence),
                json.dumps(stored, ensure_ascii=False, sort_keys=True),
            ),
        )
        counts = (
            # one report = one (document, sentence, trigger): a reciprocal trigger coded both ways
            # (A->B and B->A) is one mention, though both codings are kept in event_mentions
            "num_mentions = (SELECT COUNT(DISTINCT doc_id || ':' || sentence_index || ':' || trigger_start) "
            "FROM event_mentions WHERE event_id = ?), "
            "num_articles = (SELECT COUNT(DISTINCT doc_id) FROM event_mentions WHERE event_id = ?), "
            "num_sources = (SELECT COUNT(DISTINCT COALESCE(outlet, doc_id)) FROM event_mentions WHERE event_id = ?)"
        )
        if decision is None:
            b.execute(
                f"UPDATE events SET first_mention_seq = (SELECT MIN(seq) FROM event_mentions WHERE event_id = ?), "
                f"{counts} WHERE id = ?",
                (event_id, event_id, event_id, event_id, event_id),
            )
        else:
            old = next(c.view for c in candidates if c.event_id == event_id)
            new = _merge.fold(old, view)
            b.execute(
                f"UPDATE events SET {counts}, match_cameo = ?, match_start = ?, match_end = ?, match_precision = ?, "
                f"match_place = ?, updated_at = ? WHERE id = ?",
                (
                    event_id,
                    event_id,
                    event_id,
                    new.cameo,
                    _iso(new.window[0]) if new.window else None,
                    _iso(new.window[1]) if new.window else None,
                    new.precision if new.window else "unknown",
                    new.place,
                    now,
                    event_id,
                ),
            )
        touched.add(event_id)
        summary.mentions += 1
        self._count_actor(src, "source", day, decision is None)
        if tgt is not None:
            self._count_actor(tgt, "target", day, decision is None)

    def _count_actor(self, actor: Actor, role: str, day: Optional[_dt.date], new_event: bool) -> None:
        if not actor.code:
            return
        self._b.execute(
            "INSERT INTO actors (code, name, country, sectors, role, events, as_source, as_target, first_date, last_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code, name) DO UPDATE SET "
            "events = actors.events + excluded.events, "
            "as_source = actors.as_source + excluded.as_source, "
            "as_target = actors.as_target + excluded.as_target, "
            "country = COALESCE(actors.country, excluded.country), "
            "sectors = COALESCE(actors.sectors, excluded.sectors), "
            "role = COALESCE(actors.role, excluded.role), "
            "first_date = CASE WHEN actors.first_date IS NULL OR (excluded.first_date IS NOT NULL "
            "AND excluded.first_date < actors.first_date) THEN excluded.first_date ELSE actors.first_date END, "
            "last_date = CASE WHEN actors.last_date IS NULL OR (excluded.last_date IS NOT NULL "
            "AND excluded.last_date > actors.last_date) THEN excluded.last_date ELSE actors.last_date END",
            (
                _clean(actor.code),
                _clean(actor.name) or "",
                actor.country,
                "+".join(actor.sectors) or None,
                _clean(actor.role),
                1 if new_event else 0,
                1 if role == "source" else 0,
                1 if role == "target" else 0,
                _iso(day),
                _iso(day),
            ),
        )

    # reading ----------------------------------------------------------------------------------
    def count_events(self, filters: Optional[EventFilter] = None) -> int:
        where, params = (filters or EventFilter()).where("e")
        return int(self._b.query(f"SELECT COUNT(*) FROM events e WHERE {where}", params)[0][0])

    def iter_merged_events(
        self,
        filters: Optional[EventFilter] = None,
        *,
        sort: str = "date",
        reverse: bool = False,
        limit: Optional[int] = None,
        batch: int = 500,
    ) -> Iterator[MergedEvent]:
        """Stream merged events matching ``filters`` (streamed in batches, never all in memory)."""
        where, params = (filters or EventFilter()).where("e")
        sql = f"SELECT e.id FROM events e WHERE {where} ORDER BY {order_by(sort, reverse)}"
        if limit is not None:
            if limit < 0:
                raise ConfigError("LG003", f"--limit {limit}: give 0 or more")
            sql += " LIMIT ?"
            params = params + [int(limit)]
        for rows in self._b.iter_query(sql, params, batch):
            ids = [r[0] for r in rows]
            loaded = self._load(ids)
            for event_id in ids:
                yield loaded[event_id]

    def _load(self, ids: Sequence[str]) -> dict[str, MergedEvent]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self._b.query(
            f"SELECT {_MENTION_COLS} FROM event_mentions m JOIN documents d ON d.id = m.doc_id "
            f"WHERE m.event_id IN ({marks}) ORDER BY m.event_id, m.seq",
            list(ids),
        )
        grouped: dict[str, list[tuple[Any, ...]]] = {}
        for r in rows:
            grouped.setdefault(r[0], []).append(r)
        out: dict[str, MergedEvent] = {}
        for event_id in ids:
            mrows = grouped.get(event_id, [])
            if not mrows:
                continue
            first = Event.from_dict(json.loads(mrows[0][13]))
            mentions = []
            reports: set[tuple[Any, ...]] = set()
            for r in mrows:
                report = (r[3], r[4], r[6])  # document, sentence, trigger start
                if report in reports:
                    continue  # the mirror coding of a reciprocal report: the same mention
                reports.add(report)
                d = json.loads(r[13])
                mentions.append(
                    EventMention(
                        mention_id=r[2],
                        doc_id=r[3],
                        sentence_index=int(r[4]) if r[4] is not None else -1,
                        sentence=d.get("sentence") or "",
                        trigger=Mention(r[5] or "", int(r[6] or 0), int(r[7] or 0)),
                        doc_date=_date(r[8]),
                        url=r[9],
                        outlet=r[10],
                        confidence=float(r[11] or 0.0),
                        merge_reason=r[12],
                    )
                )
            out[event_id] = MergedEvent(id=event_id, event=first, mentions=tuple(mentions))
        return out

    def get_event(self, event_id: str) -> MergedEvent:
        """One merged event by id (or by an unambiguous id prefix of 6+ characters); ``LG033`` if none."""
        key = event_id.strip()
        rows = self._b.query("SELECT id FROM events WHERE id = ?", (key,))
        if not rows and len(key) >= 6:
            rows = self._b.query("SELECT id FROM events WHERE id LIKE ? ORDER BY id LIMIT 3", (key + "%",))
            if len(rows) > 1:
                raise StoreError("LG033", f"{key!r} is ambiguous ({', '.join(r[0] for r in rows)}, ...)")
        if not rows:
            raise StoreError("LG033", f"no event {key!r} in {self.location}")
        return self._load([rows[0][0]])[rows[0][0]]

    def events_of_mention(self, mention_id: str) -> list[str]:
        """Ids of the merged events holding a coder event id (``Event.event_id``)."""
        return [r[0] for r in self._b.query("SELECT DISTINCT event_id FROM event_mentions WHERE mention_id = ? ORDER BY event_id", (mention_id,))]

    def get_document(self, doc_id: str) -> Optional[Document]:
        """A stored document (text and metadata) or ``None``."""
        rows = self._b.query(
            "SELECT id, text, pub_date, date_source, title, url, outlet, path FROM documents WHERE id = ?", (doc_id,)
        )
        if not rows:
            return None
        r = rows[0]
        return Document(
            id=r[0], text=r[1], date=_date(r[2]), date_source=r[3], title=r[4], url=r[5], source=r[6], path=r[7]
        )

    def dyads(
        self,
        period: str = "month",
        filters: Optional[EventFilter] = None,
        *,
        level: str = "country",
    ) -> list[DyadRow]:
        """Merged events per source-target pair per period: counts, mean Goldstein, QuadClass 1-4.

        ``level="country"`` groups by country (or IGO) keys, ``"code"`` by full actor codes. Events
        without a target are left out; undated events form the period ``None``."""
        if period not in PERIODS:
            raise ConfigError("LG003", f"--period {period!r}: choose one of {', '.join(PERIODS)}")
        if level not in ("country", "code"):
            raise ConfigError("LG003", f"--level {level!r}: choose country or code")
        where, params = (filters or EventFilter()).where("e")
        p = f"e.period_{period}"
        s, t = ("e.source_key", "e.target_key") if level == "country" else ("e.source_code", "e.target_code")
        quads = ", ".join(f"SUM(CASE WHEN e.quad_class = {q} THEN 1 ELSE 0 END)" for q in (1, 2, 3, 4))
        rows = self._b.query(
            f"SELECT {p}, {s}, {t}, COUNT(*), SUM(e.num_mentions), AVG(e.goldstein), {quads} FROM events e "
            f"WHERE {where} AND {t} IS NOT NULL AND {s} IS NOT NULL GROUP BY {p}, {s}, {t} "
            f"ORDER BY CASE WHEN {p} IS NULL THEN 1 ELSE 0 END, {p}, {s}, {t}",
            params,
        )
        return [
            DyadRow(
                period=r[0],
                source=r[1],
                target=r[2],
                events=int(r[3]),
                mentions=int(r[4] or 0),
                mean_goldstein=round(float(r[5]), 4) if r[5] is not None else None,
                quad1=int(r[6] or 0),
                quad2=int(r[7] or 0),
                quad3=int(r[8] or 0),
                quad4=int(r[9] or 0),
            )
            for r in rows
        ]

    def actors(
        self,
        *,
        actor: Optional[str] = None,
        person: Optional[str] = None,
        people_only: bool = False,
        sort: str = "mentions",
        limit: Optional[int] = None,
    ) -> list[ActorRow]:
        """Distinct actors (code + person name) with event and mention counts.

        ``actor`` is a country or code prefix (``VNM``, ``VNMGOV``); ``person`` a part of a name."""
        conds, params = [], []  # type: ignore[var-annotated]
        if actor:
            conds.append("(country = ? OR code LIKE ?)")
            params += [actor.strip().upper(), actor.strip().upper() + "%"]
        if people_only:
            conds.append("name <> ''")
        where = " AND ".join(conds) if conds else "1 = 1"
        orders = {
            "mentions": "(as_source + as_target) DESC, events DESC, code, name",
            "events": "events DESC, (as_source + as_target) DESC, code, name",
            "code": "code, name",
            "name": "CASE WHEN name = '' THEN 1 ELSE 0 END, name, code",
        }
        if sort not in orders:
            raise ConfigError("LG003", f"--sort {sort!r}: choose one of {', '.join(orders)}")
        sql = (
            "SELECT code, name, country, sectors, role, events, as_source, as_target, first_date, last_date "
            f"FROM actors WHERE {where} ORDER BY {orders[sort]}"
        )
        rows = self._b.query(sql, params)
        out = [
            ActorRow(
                code=r[0],
                name=r[1] or None,
                country=r[2],
                sectors=_sectors(r[3]),
                role=r[4],
                events=int(r[5]),
                as_source=int(r[6]),
                as_target=int(r[7]),
                first_date=r[8],
                last_date=r[9],
            )
            for r in rows
        ]
        if person:
            key = search_key(person)
            out = [a for a in out if a.name and key in search_key(a.name)]
        return out[:limit] if limit is not None else out

    def failures(self, *, code: Optional[str] = None, limit: Optional[int] = None) -> list[FailureRow]:
        """Quarantined documents, oldest first (``code`` filters by catalogue code)."""
        where, params = ("WHERE code = ?", [code.strip().upper()]) if code else ("", [])
        sql = f"SELECT doc_id, code, message, path, line, at, seen FROM failures {where} ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [
            FailureRow(doc_id=r[0], code=r[1], message=r[2], path=r[3] or None, line=int(r[4]) or None, at=r[5], seen=int(r[6]))
            for r in self._b.query(sql, params)
        ]

    def stats(self) -> StoreStats:
        n = {}
        for table in ("documents", "sentences", "events", "event_mentions", "actors", "failures"):
            n[table] = int(self._b.query(f"SELECT COUNT(*) FROM {table}")[0][0])
        return StoreStats(
            documents=n["documents"],
            sentences=n["sentences"],
            events=n["events"],
            mentions=n["event_mentions"],
            actors=n["actors"],
            failures=n["failures"],
            schema_version=self.schema_version(),
        )

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Raw read-only query (tests and diagnostics)."""
        return self._b.query(sql, params)

