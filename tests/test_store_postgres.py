"""The same corpus in SQLite and in a real PostgreSQL server answers every query identically.

Needs ``LEGATION_TEST_POSTGRES_URL`` (``eval "$(bash .ci/start-postgres.sh | tail -n 1)"``);
skipped without it. Each test works in a throw-away schema of that database.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from store_factories import (
    PostgresSchema,
    coded,
    corpus_failures,
    make_doc,
    make_event,
    meeting_corpus,
    postgres_url,
    snapshot,
)

from legation import StoreError
from legation.store import LATEST_VERSION, EventFilter, SQLStore, merged_event_to_dict, open_store

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url():
    base = postgres_url()
    if not base:
        pytest.skip("LEGATION_TEST_POSTGRES_URL is not set")
    schema = PostgresSchema(base)
    yield schema.url
    schema.drop()


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """(sqlite store, postgres store) holding the same corpus, ingested the same way."""
    base = postgres_url()
    if not base:
        pytest.skip("LEGATION_TEST_POSTGRES_URL is not set")
    schema = PostgresSchema(base)
    lite, pg = open_store(str(tmp_path_factory.mktemp("pair") / "same.db")), open_store(schema.url)
    extra = [
        coded(make_doc(f"x{i}", f"Extra {i}.", date=f"2023-{1 + i % 12:02d}-10", source=["AP", "AFP", None][i % 3]),
              [make_event(f"x{i}", j, source=["CHNGOV", "USAGOV", "RUS", "IGOUNO"][(i + j) % 4],
                          target=["VNMGOV", "PHLMIL", None, "UKR"][(i * j) % 4],
                          cameo=["042", "190", "111", "0311", "173", "057"][(i + 2 * j) % 6],
                          date=f"2023-{1 + i % 12:02d}-{1 + j:02d}", person="Xi Jinping" if j == 1 else None,
                          sentence=f"Sentence {i}.{j} with Ünïcode Đà Nẵng and 100% coverage_x.")
               for j in range(3)])
        for i in range(30)
    ]  # fmt: skip
    corpus = meeting_corpus() + corpus_failures() + extra
    summaries = [s.ingest(corpus) for s in (lite, pg)]
    assert summaries[0].to_dict() | {"seconds": 0} == summaries[1].to_dict() | {"seconds": 0}
    yield lite, pg
    lite.close()
    pg.close()
    schema.drop()


def test_postgres_store_basics(pg_url):
    with open_store(pg_url) as s:
        assert s.dialect == "postgresql"
        assert [m[0] for m in s.migrations()] == list(range(1, LATEST_VERSION + 1))
        assert "legation-test" not in s.location  # the password is not shown


def test_same_tables(pair):
    lite, pg = pair
    a, b = snapshot(lite), snapshot(pg)
    for table in a:
        assert a[table] == b[table], table


FILTERS = [
    EventFilter(),
    EventFilter(actor="VNM"),
    EventFilter(actor="VNM", partner="usa"),
    EventFilter(source="usagov"),
    EventFilter(target="VNM", cameo="04"),
    EventFilter(actor="IGOUNO"),
    EventFilter(person="xi"),
    EventFilter(person="Tô Lâm"),
    EventFilter(cameo="19"),
    EventFilter(cameo="0311"),
    EventFilter(plover="assault"),
    EventFilter(modality="planned"),
    EventFilter(since=dt.date(2023, 6, 1), until=dt.date(2023, 8, 31)),
    EventFilter(location="USA"),
    EventFilter(text="đà nẵng"),
    EventFilter(text="100% COVERAGE_X"),
    EventFilter(text="100%_coverage"),
    EventFilter(min_mentions=2),
    EventFilter(doc_id="vnx-1"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=[f"filter{i}" for i in range(len(FILTERS))])
@pytest.mark.parametrize("sort", ["date", "goldstein", "mentions"])
def test_same_events(pair, flt, sort):
    lite, pg = pair
    for reverse in (False, True):
        a = [merged_event_to_dict(e) for e in lite.iter_merged_events(flt, sort=sort, reverse=reverse)]
        b = [merged_event_to_dict(e) for e in pg.iter_merged_events(flt, sort=sort, reverse=reverse, batch=7)]
        assert a == b
        assert lite.count_events(flt) == pg.count_events(flt) == len(a)
    assert [e.id for e in lite.iter_merged_events(flt, sort=sort, limit=5)] == [
        e.id for e in pg.iter_merged_events(flt, sort=sort, limit=5)
    ]


def test_filters_are_not_vacuous(pair):
    lite, _ = pair
    counts = {repr(f): lite.count_events(f) for f in FILTERS}
    assert sum(1 for n in counts.values() if n > 0) >= len(FILTERS) - 2, counts


@pytest.mark.parametrize("period", ["day", "week", "month", "year"])
@pytest.mark.parametrize("level", ["country", "code"])
def test_same_dyads(pair, period, level):
    lite, pg = pair
    for flt in (None, EventFilter(actor="VNM"), EventFilter(cameo="1")):
        assert lite.dyads(period, flt, level=level) == pg.dyads(period, flt, level=level)


def test_same_actors_failures_and_events(pair):
    lite, pg = pair
    for kw in ({}, {"actor": "VNM"}, {"person": "xi"}, {"people_only": True}, {"sort": "events"}, {"sort": "name", "limit": 4}):
        assert lite.actors(**kw) == pg.actors(**kw)
    fa = [f.to_dict() | {"at": None} for f in lite.failures()]
    fb = [f.to_dict() | {"at": None} for f in pg.failures()]
    assert fa == fb and len(fa) == 2
    for e in lite.iter_merged_events(limit=10):
        assert pg.get_event(e.id) == e
        assert pg.get_event(e.id[:9]) == lite.get_event(e.id[:9])
    assert lite.get_document("vna-1") == pg.get_document("vna-1")
    assert lite.stats().to_dict() == pg.stats().to_dict()
    with pytest.raises(StoreError):
        pg.get_event("ev_missing")


def test_postgres_reingest_is_a_noop(pg_url):
    with open_store(pg_url) as pg:
        pg.ingest(meeting_corpus())
        before = snapshot(pg)
        s = pg.ingest(meeting_corpus())
        assert s.documents_skipped == 9 and s.documents_new == 0
        assert snapshot(pg) == before


def test_postgres_migrates_an_older_store_and_refuses_a_newer(pg_url):
    from legation.store._postgres import PostgresBackend

    with SQLStore(PostgresBackend(pg_url), migrate=False) as old:
        assert old.migrate(target=1) == [1]
        old.ingest(meeting_corpus()[:2])
    with open_store(pg_url) as s:
        assert s.schema_version() == LATEST_VERSION and s.stats().documents == 2
        s._b.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')")
    with pytest.raises(StoreError) as exc:
        open_store(pg_url)
    assert exc.value.code == "LG031"


def test_postgres_data_errors_quarantine_one_document(pg_url):
    with open_store(pg_url) as s:
        ok = coded(make_doc("ok", "Fine."), [make_event("ok", 0)])
        nul = coded(make_doc("nul", "NUL \x00 inside."), [make_event("nul", 0, sentence="A \x00 B.")])
        summary = s.ingest([nul, ok])
        assert summary.documents_new == 2 and summary.documents_failed == 0


def test_concurrent_writers_do_not_duplicate_events(pg_url):
    """Two processes' worth of writers ingesting overlapping reports: the advisory lock serialises the
    merge look-ups, so the shared meeting is one event, not two."""
    docs_a = [coded(make_doc(f"a{i}", f"A {i}.", source="A"), [make_event(f"a{i}", 0, date="2024-09-25")]) for i in range(15)]
    docs_b = [coded(make_doc(f"b{i}", f"B {i}.", source="B"), [make_event(f"b{i}", 0, date="2024-09-25")]) for i in range(15)]
    open_store(pg_url).close()
    errors: list[BaseException] = []

    def work(docs):
        try:
            with open_store(pg_url) as s:
                s.ingest(docs)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d,)) for d in (docs_a, docs_b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(pg_url) as s:
        evs = list(s.iter_merged_events())
        assert len(evs) == 1 and evs[0].num_mentions == 30 and evs[0].num_sources == 2
