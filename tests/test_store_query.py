"""Reading the store: event filters, sorting, dyads, actors, provenance, streaming."""

from __future__ import annotations

import datetime as dt

import pytest
from store_factories import coded, corpus_failures, make_doc, make_event, meeting_corpus

from legation import StoreError
from legation._errors import ConfigError
from legation.records import MergedEvent
from legation.store import EventFilter, Store, merged_event_to_dict, open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("q") / "q.db"))
    s.ingest(meeting_corpus() + corpus_failures())
    yield s
    s.close()


def ids(store, **kw):
    sort = kw.pop("sort", "date")
    return [e.id for e in store.iter_merged_events(EventFilter(**kw), sort=sort)]


def cameos(store, **kw):
    return [e.event.cameo for e in store.iter_merged_events(EventFilter(**kw))]


def test_store_satisfies_the_protocol(store):
    assert isinstance(store, Store)


def test_all_events_sorted_by_date(store):
    evs = list(store.iter_merged_events())
    assert len(evs) == 9 == store.count_events()
    days = [e.event.date.start for e in evs]
    assert days == sorted(days)
    assert all(isinstance(e, MergedEvent) for e in evs)
    assert [e.id for e in store.iter_merged_events(reverse=True)] == [e.id for e in reversed(evs)]


def test_actor_filters(store):
    assert len(ids(store, actor="FRA")) == 3
    assert len(ids(store, target="FRAGOV")) == 3
    assert ids(store, source="FRA") == []
    assert len(ids(store, actor="igouno")) == 1
    assert len(ids(store, actor="CUB")) == 1  # reciprocal agreement, either side
    assert set(ids(store, source="VNM")) >= set(ids(store, actor="FRA"))
    both = ids(store, actor="CUB", partner="VNM")
    assert both == ids(store, actor="VNM", partner="CUB") and len(both) == 1
    assert len(ids(store, actor="VNM", partner="USA")) == 4
    assert ids(store, actor="FRA", partner="USA") == []
    assert ids(store, partner="FRA") == ids(store, actor="FRA")


def test_person_cameo_plover_modality_location(store):
    assert len(ids(store, person="to lam")) == 4  # meeting (first mention names him) + 3 France visits
    assert len(ids(store, person="Tô Lâm")) == 4  # accents fold
    assert set(cameos(store, cameo="04")) == {"042", "043"}
    assert cameos(store, cameo="057") == ["057"]
    assert sorted(cameos(store, plover="cooperate")) == ["057", "061"]
    assert len(ids(store, modality="planned")) == 1
    assert len(ids(store, location="FRA")) == 2
    with pytest.raises(ConfigError):
        ids(store, cameo="visit")


def test_dates_text_and_mentions(store):
    assert len(ids(store, since=dt.date(2024, 10, 1))) == 3
    assert len(ids(store, until=dt.date(2024, 9, 20))) == 2  # the September month report and the agreement
    assert len(ids(store, since=dt.date(2024, 9, 25), until=dt.date(2024, 9, 25))) == 2  # meeting + planned
    # text search looks in every mention's sentence, case-insensitively, not only the first
    hits = list(store.iter_merged_events(EventFilter(text="WHITE HOUSE")))
    assert len(hits) == 1 and hits[0].num_mentions == 6
    assert ids(store, text="50%_off") == []
    assert len(ids(store, min_mentions=2)) == 2


def test_sort_and_limit(store):
    by_mentions = list(store.iter_merged_events(sort="mentions"))
    assert by_mentions[0].num_mentions == 6 and by_mentions[1].num_mentions == 2
    gold = [e.event.goldstein for e in store.iter_merged_events(sort="goldstein")]
    assert gold == sorted(gold)
    assert len(list(store.iter_merged_events(limit=3))) == 3
    with pytest.raises(ConfigError):
        list(store.iter_merged_events(sort="size"))


def test_dyads_per_month_and_week(store):
    rows = store.dyads("month")
    vnm_usa = [r for r in rows if (r.source, r.target) == ("VNM", "USA")]
    assert [(r.period, r.events, r.mentions) for r in vnm_usa] == [("2024-09", 4, 9)]
    r = vnm_usa[0]
    assert r.quad1 + r.quad2 + r.quad3 + r.quad4 == r.events and r.quad2 == 1
    assert r.mean_goldstein == pytest.approx((1 + 1 + 1 + 6) / 4)
    fra = [r for r in rows if r.target == "FRA"]
    assert [(r.period, r.events) for r in fra] == [("2024-10", 3)]
    weeks = {r.period for r in store.dyads("week")}
    assert {"2024-W39", "2024-W40", "2024-W44"} <= weeks  # 2024-10-06 is a Sunday
    assert {r.period for r in store.dyads("year")} == {"2024"}
    coded_rows = store.dyads("month", EventFilter(actor="FRA"), level="code")
    assert {(r.source, r.target) for r in coded_rows} == {("VNMGOV", "FRAGOV")}
    with pytest.raises(ConfigError):
        store.dyads("fortnight")


def test_actors(store):
    rows = store.actors()
    lam = [a for a in rows if a.name == "To Lam"]
    assert len(lam) == 1 and lam[0].code == "VNMGOV" and lam[0].as_source == 6
    assert lam[0].first_date == "2024-09-25" and lam[0].last_date == "2024-10-28"
    mentions = [a.mentions for a in rows]
    assert mentions == sorted(mentions, reverse=True)
    assert all(a.country == "FRA" for a in store.actors(actor="FRA"))
    assert [a.name for a in store.actors(person="biden")] == ["Joe Biden"]
    assert all(a.name for a in store.actors(people_only=True))
    assert len(store.actors(limit=2)) == 2


def test_get_event_and_provenance(store):
    big = max(store.iter_merged_events(), key=lambda e: e.num_mentions)
    same = store.get_event(big.id)
    assert same == big
    assert store.get_event(big.id[:10]).id == big.id
    m = big.mentions[1]
    assert m.doc_id == "voa-1" and m.outlet == "VOA" and m.url == "https://example.test/voa-1"
    assert m.sentence.startswith("Vietnam's leader held talks") and m.trigger.text
    assert m.doc_date == dt.date(2024, 9, 26)
    d = merged_event_to_dict(big)
    assert d["num_mentions"] == 6 and d["event"]["cameo"] == "042" and len(d["mentions"]) == 6
    with pytest.raises(StoreError) as exc:
        store.get_event("ev_doesnotexist")
    assert exc.value.code == "LG033"
    doc = store.get_document("voa-1")
    assert doc.source == "VOA" and doc.date == dt.date(2024, 9, 26)
    assert store.get_document("nope") is None


def test_failures_listing(store):
    assert [f.code for f in store.failures()] == ["LG012", "LG010"]
    assert len(store.failures(limit=1)) == 1


def test_streaming_many_events_in_batches(tmp_path):
    with open_store(str(tmp_path / "many.db")) as s:
        docs = [
            coded(make_doc(f"m{i}", f"Doc {i}."), [make_event(f"m{i}", j, source=f"A{i % 50:02d}", date=f"2022-{1 + j % 12:02d}-{1 + i % 28:02d}") for j in range(6)])
            for i in range(200)
        ]
        s.ingest(docs)
        assert s.count_events() == 1200
        stream = s.iter_merged_events(batch=97)
        first = next(stream)
        assert first.event.date.start == dt.date(2022, 1, 1)
        rest = list(stream)
        assert len(rest) == 1199
        assert len({e.id for e in rest} | {first.id}) == 1200
