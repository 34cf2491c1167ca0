"""Writing the store: idempotent, atomic per document, failures quarantined, schema migrations, feeds."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from store_factories import (
    FakeCoder,
    coded,
    corpus_failures,
    make_doc,
    make_event,
    meeting_corpus,
    snapshot,
)

from legation import Failure, StoreError
from legation._errors import ConfigError
from legation.store import LATEST_VERSION, SQLStore, content_hash, ingest_documents, open_store, read_feed
from legation.store._sqlite import SQLiteBackend


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "store.db")


@pytest.fixture
def store(db: str):
    with open_store(db) as s:
        yield s


def _strip_seen(snap):
    snap = dict(snap)
    snap["failures"] = [row[:-1] for row in snap["failures"]]
    return snap


def test_open_store_creates_wal_sqlite_with_schema(db):
    with open_store(db) as s:
        assert s.dialect == "sqlite"
        assert s._rows("PRAGMA journal_mode")[0][0] == "wal"
        assert [m[0] for m in s.migrations()] == list(range(1, LATEST_VERSION + 1))
        assert s.stats().documents == 0


def test_default_location_from_env(tmp_path, monkeypatch):
    monkeypatch.setenv("LEGATION_DB", str(tmp_path / "env.db"))
    with open_store() as s:
        assert s.location == str(tmp_path / "env.db")
    monkeypatch.delenv("LEGATION_DB")
    monkeypatch.chdir(tmp_path)
    with open_store() as s:
        assert s.location == "legation.db"
    assert (tmp_path / "legation.db").exists()


def test_ingesting_twice_gives_the_same_store(store):
    first = store.ingest(meeting_corpus() + corpus_failures())
    assert (first.documents_new, first.documents_skipped, first.documents_failed) == (9, 0, 2)
    assert (first.mentions, first.events_new, first.merged) == (15, 9, 6)
    snap = snapshot(store)
    again = store.ingest(meeting_corpus() + corpus_failures())
    assert (again.documents_new, again.documents_skipped, again.mentions) == (0, 9, 0)
    assert "skipped 9 already stored" in str(again)
    assert _strip_seen(snapshot(store)) == _strip_seen(snap)
    assert [f.seen for f in store.failures()] == [2, 2]


def test_ingest_order_does_not_change_counts_of_merged_meeting(tmp_path):
    docs = meeting_corpus()
    with open_store(str(tmp_path / "a.db")) as a, open_store(str(tmp_path / "b.db")) as b:
        a.ingest(docs)
        b.ingest(list(reversed(docs)))
        # the three-outlet meeting is one event in both orders
        for s in (a, b):
            big = max(s.iter_merged_events(), key=lambda m: m.num_articles)
            assert {"vna-1", "voa-1", "sggp-1"} <= {m.doc_id for m in big.mentions}


def test_three_articles_one_meeting_and_two_visits_stay_two(store):
    store.ingest(meeting_corpus())
    events = list(store.iter_merged_events())
    meeting = [e for e in events if {"vna-1", "voa-1", "sggp-1"} & {m.doc_id for m in e.mentions} and e.event.cameo_root == "04"]
    assert len(meeting) == 1
    m = meeting[0]
    assert {"vna-1", "voa-1", "sggp-1"} <= {x.doc_id for x in m.mentions}
    assert m.mentions[0].merge_reason == "first mention"
    assert all(x.merge_reason.startswith("same dyad VNM/GOV->USA/GOV, root 04") for x in m.mentions[1:])
    france = [e for e in events if e.event.target and e.event.target.country == "FRA"]
    assert sorted(str(e.event.date.start) for e in france) == ["2024-10-06", "2024-10-06", "2024-10-28"]  # Brussels != Paris
    assert all(e.num_mentions == 1 for e in france)
    planned = [e for e in events if e.event.modality == "planned"]
    assert len(planned) == 1 and planned[0].num_mentions == 1


def test_counts_on_merged_event(store):
    store.ingest(meeting_corpus())
    m = max(store.iter_merged_events(), key=lambda e: e.num_mentions)
    assert m.num_mentions == 6  # vna, voa, sggp, blog, vnx x2
    assert m.num_articles == 5
    assert m.num_sources == 5
    row = store._rows("SELECT num_mentions, num_articles, num_sources FROM events WHERE id = ?", (m.id,))[0]
    assert row == (6, 5, 5)


def test_event_ids_are_stable_hashes_of_the_first_mention(tmp_path):
    ids = []
    for name in ("a.db", "b.db"):
        with open_store(str(tmp_path / name)) as s:
            s.ingest(meeting_corpus())
            ids.append(sorted(e.id for e in s.iter_merged_events()))
    assert ids[0] == ids[1] and all(i.startswith("ev_") for i in ids[0])


def test_content_hash_ignores_whitespace_only_changes(store):
    store.ingest([coded(make_doc("x", "Viet Nam  met\nthe US."), [])])
    s = store.ingest([coded(make_doc("y", "Viet Nam met the US. "), [])])
    assert s.documents_skipped == 1
    assert content_hash("a  b") == content_hash(" a b\n")


def test_same_id_different_text_is_kept_under_a_new_id(store):
    store.ingest([coded(make_doc("report", "First text."), [make_event("report", 0)])])
    s = store.ingest([coded(make_doc("report", "Second, different text."), [make_event("report", 0, date="2024-01-05")])])
    assert s.documents_new == 1 and s.documents_renamed == 1
    ids = [r[0] for r in store._rows("SELECT id FROM documents ORDER BY ingested_at, id")]
    assert "report" in ids and any(i.startswith("report~") for i in ids)
    renamed = [i for i in ids if i.startswith("report~")][0]
    ev = store.get_event(store._rows("SELECT event_id FROM event_mentions WHERE doc_id = ?", (renamed,))[0][0])
    assert ev.event.doc_id == renamed


def test_failures_are_recorded_and_never_stop_the_run(store):
    docs = meeting_corpus()
    stream = [docs[0], *corpus_failures(), docs[1]]
    s = store.ingest(stream)
    assert s.documents_new == 2 and s.documents_failed == 2
    rows = store.failures()
    assert [(f.code, f.doc_id, f.path, f.line) for f in rows] == [
        ("LG012", "bad-1", "bad.txt", None),
        ("LG010", "feed-3", "feed.xml", 3),
    ]
    assert store.failures(code="lg010")[0].doc_id == "feed-3"


def test_a_document_is_all_or_nothing(store, monkeypatch):
    doc = coded(make_doc("half", "Half text."), [make_event("half", i, date=f"2024-03-0{i + 1}") for i in range(3)])
    calls = {"n": 0}
    original = SQLStore._write_event

    def explode_on_third(self, *args, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise ValueError("broken record")
        return original(self, *args, **kw)

    monkeypatch.setattr(SQLStore, "_write_event", explode_on_third)
    s = store.ingest([doc, coded(make_doc("ok", "Fine."), [make_event("ok", 0)])])
    assert s.documents_failed == 1 and s.documents_new == 1
    assert store._rows("SELECT COUNT(*) FROM documents WHERE id = 'half'")[0][0] == 0
    assert store._rows("SELECT COUNT(*) FROM sentences WHERE doc_id = 'half'")[0][0] == 0
    assert store._rows("SELECT COUNT(*) FROM event_mentions WHERE doc_id = 'half'")[0][0] == 0
    assert store.stats().events == 1
    assert store.failures()[0].code == "LG035"
    monkeypatch.setattr(SQLStore, "_write_event", original)
    assert store.ingest([doc]).documents_new == 1  # fixed: it goes in whole
    assert store._rows("SELECT COUNT(*) FROM event_mentions WHERE doc_id = 'half'")[0][0] == 3


def test_readers_never_see_half_a_document(db):
    """A reader polling while a writer ingests 5-event documents always sees whole documents."""
    import time

    per_doc, n_docs = 5, 40
    docs = [
        coded(make_doc(f"d{i}", f"Doc {i}."), [make_event(f"d{i}", j, date=f"2023-01-{1 + j:02d}", source=f"C{i:02d}") for j in range(per_doc)])
        for i in range(n_docs)
    ]
    open_store(db).close()
    seen: list[tuple[int, int]] = []
    started, done = threading.Event(), threading.Event()

    def read() -> None:
        with open_store(db) as r:
            started.set()
            while not done.is_set():
                r._b.execute("BEGIN")  # one read snapshot for both counts
                d = r._rows("SELECT COUNT(*) FROM documents")[0][0]
                m = r._rows("SELECT COUNT(*) FROM event_mentions")[0][0]
                r._b.execute("COMMIT")
                seen.append((d, m))

    t = threading.Thread(target=read)
    t.start()
    started.wait(10)
    try:
        with open_store(db) as w:
            w.ingest(docs, on_result=lambda *_: time.sleep(0.003))
    finally:
        done.set()
        t.join()
    assert any(0 < d < n_docs for d, _ in seen), "the reader never overlapped the writer"
    assert all(m == d * per_doc for d, m in seen)


def test_nul_characters_are_stored(store):
    s = store.ingest([coded(make_doc("nul", "Text with a \x00 NUL."), [make_event("nul", 0, sentence="Met \x00 today.")])])
    assert s.documents_new == 1
    assert "\x00" not in store.get_document("nul").text
    assert len(store.get_document("nul").text) == len("Text with a \x00 NUL.")


def test_migrations_upgrade_an_older_store(db):
    with SQLStore(SQLiteBackend(db), migrate=False) as old:
        assert old.migrate(target=1) == [1]
        old.ingest(meeting_corpus()[:2])
        assert old.schema_version() == 1
        assert not old._rows("SELECT name FROM sqlite_master WHERE name = 'ix_events_day'")
    with open_store(db) as s:
        assert s.schema_version() == LATEST_VERSION
        assert s._rows("SELECT name FROM sqlite_master WHERE name = 'ix_events_day'")
        assert s.stats().documents == 2
        assert [m[0] for m in s.migrations()] == [1, 2]
        assert all(m[2] for m in s.migrations())


def test_a_newer_store_is_refused(db):
    with open_store(db) as s:
        s._b.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')")
    with pytest.raises(StoreError) as exc:
        open_store(db)
    assert exc.value.code == "LG031" and exc.value.exit_status == 4


def test_open_errors(tmp_path):
    with pytest.raises(StoreError) as exc:
        open_store(str(tmp_path / "missing" / "x.db"))
    assert exc.value.code == "LG030"
    with pytest.raises(StoreError) as exc:
        open_store(str(tmp_path / "absent.db"), create=False)
    assert exc.value.code == "LG030"
    (tmp_path / "junk.db").write_bytes(b"this is not a database, it is text" * 100)
    with pytest.raises(StoreError) as exc:
        open_store(str(tmp_path / "junk.db"))
    assert exc.value.code == "LG030"
    with pytest.raises(StoreError):
        open_store("mysql://x/y")


# ingest_documents: skip before coding --------------------------------------------------------


def _docs(n: int):
    from legation.ingest import document_from_text

    return [
        document_from_text(f"n{i}", f"@ VNMGOV USAGOV 042 2024-09-{1 + i % 28:02d} | Leaders met ({i}).", date=None)
        for i in range(n)
    ]


def test_ingest_documents_skips_stored_text_before_coding(store):
    coder = FakeCoder()
    s1 = ingest_documents(store, _docs(6), coder=coder, progress=False)
    assert s1.documents_new == 6 and coder.documents == 6
    built = []
    s2 = ingest_documents(store, _docs(6), coder_factory=lambda: built.append(1) or FakeCoder(), progress=False)
    assert s2.documents_skipped == 6 and s2.documents_new == 0
    assert built == []  # nothing new: the coder was never loaded


def test_ingest_documents_passes_reader_failures_and_coder_failures(store):
    from legation.ingest import document_from_text

    items = [
        Failure("broken", "LG013", "[LG013] Malformed JSONL line", "x.jsonl", 2),
        document_from_text("boom", "@boom this crashes the coder"),
        *_docs(2),
    ]
    outcomes = []
    s = ingest_documents(store, items, coder=FakeCoder(), progress=False, on_result=lambda o, i: outcomes.append(o))
    assert s.documents_failed == 2 and s.documents_new == 2
    assert sorted(outcomes) == ["failed", "failed", "new", "new"]
    assert {f.code for f in store.failures()} == {"LG013", "LG019"}


def test_ingest_documents_needs_a_coder(store):
    with pytest.raises(ConfigError):
        ingest_documents(store, [], progress=False)


# feeds ----------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Hanoi Times</title><link>https://hanoitimes.test/</link>
<item><title>Leaders meet</title><link>https://hanoitimes.test/a1</link><guid>urn:ht:a1</guid>
<pubDate>Wed, 25 Sep 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;General Secretary &lt;b&gt;To Lam&lt;/b&gt; met President Biden.&lt;/p&gt;&lt;p&gt;They discussed trade &amp;amp; climate.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>No body</title><link>https://hanoitimes.test/a2</link><description></description></item>
<item><title>Link only</title><link>https://hanoitimes.test/a3</link><pubDate>Thu, 26 Sep 2024 08:00:00 GMT</pubDate><description>Viet Nam and Cuba signed an agreement.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>VOA Asia</title><id>urn:voa</id><updated>2024-09-27T00:00:00Z</updated>
<entry><title>Talks in New York</title><id>urn:voa:1</id><link href="https://voa.test/1"/>
<published>2024-09-26T12:00:00Z</published><updated>2024-09-27T12:00:00Z</updated>
<content type="html">&lt;div&gt;Vietnam's leader held talks with Biden.&lt;/div&gt;</content></entry>
</feed>"""


def test_read_rss_feed(tmp_path):
    p = tmp_path / "ht.xml"
    p.write_text(RSS, encoding="utf-8")
    items = list(read_feed(str(p)))
    assert len(items) == 3
    d = items[0]
    assert d.id == "urn:ht:a1" and d.url == "https://hanoitimes.test/a1" and d.source == "Hanoi Times"
    assert str(d.date) == "2024-09-25" and d.title == "Leaders meet"
    assert d.text == "General Secretary To Lam met President Biden.\n\nThey discussed trade & climate."
    assert isinstance(items[1], Failure) and items[1].code == "LG010" and items[1].line == 2
    assert items[2].id == "https://hanoitimes.test/a3" and str(items[2].date) == "2024-09-26"


def test_read_atom_feed(tmp_path):
    p = tmp_path / "voa.atom"
    p.write_text(ATOM, encoding="utf-8")
    (d,) = list(read_feed(str(p)))
    assert d.id == "urn:voa:1" and str(d.date) == "2024-09-26" and d.source == "VOA Asia"
    assert d.text == "Vietnam's leader held talks with Biden."


def test_bad_feeds(tmp_path):
    with pytest.raises(ConfigError) as exc:
        list(read_feed(str(tmp_path / "nope.xml")))
    assert exc.value.code == "LG001"
    junk = tmp_path / "junk.xml"
    junk.write_text("this is not a feed", encoding="utf-8")
    (f,) = list(read_feed(str(junk)))
    assert isinstance(f, Failure) and f.code == "LG034"


def test_feed_ingest_is_idempotent(store, tmp_path):
    p = tmp_path / "ht.xml"
    p.write_text(RSS, encoding="utf-8")
    s1 = ingest_documents(store, read_feed(str(p)), coder=FakeCoder(), progress=False)
    s2 = ingest_documents(store, read_feed(str(p)), coder=FakeCoder(), progress=False)
    assert (s1.documents_new, s1.documents_failed) == (2, 1)
    assert (s2.documents_new, s2.documents_skipped, s2.documents_failed) == (0, 2, 1)
    assert store.stats().failures == 1


def test_progress_bar_goes_to_stderr(store, capsys):
    ingest_documents(store, _docs(3), coder=FakeCoder(), progress=True)
    err = capsys.readouterr().err
    assert "ingest" in err and "3" in err
    ingest_documents(store, _docs(3), coder=FakeCoder(), progress=None)  # not a terminal: no bar
    assert capsys.readouterr().err == ""


def test_in_memory_store():
    with open_store(":memory:") as s:
        assert s.ingest(meeting_corpus()).documents_new == 9
        assert s.count_events() == 9


def test_a_reciprocal_report_coded_both_ways_is_one_mention(store):
    sent = "Viet Nam and Cuba signed an agreement."
    a = make_event("r1", 0, source="VNM", target="CUB", cameo="057", reciprocal=True, sentence=sent)
    b = make_event("r1", 1, source="CUB", target="VNM", cameo="057", reciprocal=True, sentence=sent)
    b = b.__class__(**{**b.__dict__, "sentence_index": a.sentence_index})  # same sentence, same trigger
    store.ingest([coded(make_doc("r1", "Reciprocal."), [a, b])])
    (ev,) = list(store.iter_merged_events())
    assert ev.num_mentions == 1 and len(ev.mentions) == 1
    assert store._rows("SELECT num_mentions FROM events")[0][0] == 1
    assert store.stats().mentions == 2  # both codings are kept


def test_two_writers_on_one_sqlite_file(db):
    """Two connections ingesting reports of one meeting at once: writes serialise (BEGIN IMMEDIATE),
    merge look-ups see each other's commits, and the meeting is one event."""
    docs = {
        w: [coded(make_doc(f"{w}{i}", f"{w} {i}.", source=w), [make_event(f"{w}{i}", 0)]) for i in range(20)]
        for w in ("A", "B")
    }
    open_store(db).close()
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            with open_store(db) as s:
                s.ingest(docs[name])
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in docs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(db) as s:
        (ev,) = list(s.iter_merged_events())
        assert ev.num_mentions == 40 and ev.num_sources == 2
