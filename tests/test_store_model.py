"""The store with the real coder (spaCy): idempotent ingest of the shared corpora, cross-document
merging of real articles. Marked ``model``; the shared data is found via ``$LEGATION_SHARED``
(default: the repository's sibling ``../shared``) and its tests skip when it is absent."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from store_factories import snapshot

from legation.store import EventFilter, ingest_documents, open_store

pytestmark = pytest.mark.model

SHARED = Path(os.environ.get("LEGATION_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
SEEDS = SHARED / "data" / "seeds" / "seeds.jsonl"
VOA = SHARED / "data" / "external" / "voa-news" / "voa_stories.jsonl"


@pytest.fixture(scope="module")
def coder():
    from legation import Coder, Options

    return Coder(Options())


def _ingest(store, paths, coder):
    from legation.ingest import read_documents

    return ingest_documents(store, read_documents([str(p) for p in paths], coder.options), coder=coder, progress=False)


def test_seeds_and_voa_twice_equal_once(coder, tmp_path):
    if not (SEEDS.is_file() and VOA.is_file()):
        pytest.skip(f"shared corpora not found under {SHARED} (set LEGATION_SHARED)")
    with open_store(str(tmp_path / "corpus.db")) as store:
        t0 = time.perf_counter()
        first = _ingest(store, [SEEDS, VOA], coder)
        elapsed = time.perf_counter() - t0
        assert first.documents_new == 77 and first.documents_failed == 0
        assert first.mentions > 0 and first.events_new > 0
        snap = snapshot(store)
        second = _ingest(store, [SEEDS, VOA], coder)
        assert (second.documents_new, second.documents_skipped, second.mentions) == (0, 77, 0)
        assert snapshot(store) == snap
        stats = store.stats()
        assert stats.documents == 77 and stats.mentions == first.mentions and stats.events == first.events_new
        # the seed interview's VNM-USA events are queryable, and chart
        assert store.count_events(EventFilter(actor="VNM")) > 0
        from legation.plot import dyad_timeline

        table = dyad_timeline(store.iter_merged_events(EventFilter(actor="VNM")), "VNM", "USA", period="month",
                              out=tmp_path / "vnm-usa.png", both_directions=True)
        assert not table.empty and (tmp_path / "vnm-usa.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        print(f"\ningested 77 documents in {elapsed:.1f} s ({77 / elapsed:.1f} docs/s): {first}")


# one meeting told three ways ("A met B", "B met A", "A held talks with B": codes 040/040/046, both
# directions), then two visits by the same leader to one country in one month
MEETING_ARTICLES = [
    {
        "id": "hanoi-daily-0926",
        "date": "2024-09-26",
        "source": "Hanoi Daily",
        "title": "Vietnamese and US presidents meet in New York",
        "text": "Vietnamese President To Lam met U.S. President Joe Biden in New York on September 25. "
        "The two leaders discussed trade, technology and climate change.",
    },
    {
        "id": "pacific-wire-0925",
        "date": "2024-09-25",
        "source": "Pacific Wire",
        "title": "Biden holds talks with Vietnam's leader",
        "text": "U.S. President Joe Biden met Vietnamese President To Lam in New York on September 25, "
        "the White House said. They talked about semiconductors and the South China Sea.",
    },
    {
        "id": "saigon-times-0927",
        "date": "2024-09-27",
        "source": "Saigon Times",
        "title": "To Lam, Biden hail ties",
        "text": "Vietnam's leader To Lam held talks with U.S. President Joe Biden in New York on September 25 "
        "to review the comprehensive strategic partnership between the two countries.",
    },
    {
        "id": "hanoi-daily-1007",
        "date": "2024-10-07",
        "source": "Hanoi Daily",
        "title": "To Lam in Paris",
        "text": "Vietnamese President To Lam visited France on October 6. He was received by President Emmanuel Macron.",
    },
    {
        "id": "hanoi-daily-1029",
        "date": "2024-10-29",
        "source": "Hanoi Daily",
        "title": "To Lam returns to France",
        "text": "Vietnamese President To Lam visited France again on October 28 for talks on investment.",
    },
]


def test_three_reports_of_one_meeting_merge_and_two_visits_stay_two(coder, tmp_path):
    corpus = tmp_path / "meeting.jsonl"
    corpus.write_text("\n".join(json.dumps(a) for a in MEETING_ARTICLES) + "\n", encoding="utf-8")
    with open_store(str(tmp_path / "meeting.db")) as store:
        s = _ingest(store, [corpus], coder)
        assert s.documents_new == 5 and s.documents_failed == 0
        meeting_docs = {"hanoi-daily-0926", "pacific-wire-0925", "saigon-times-0927"}
        usa = list(store.iter_merged_events(EventFilter(actor="VNM", cameo="04")))
        usa = [e for e in usa if {e.event.source.country, e.event.target.country if e.event.target else None} == {"VNM", "USA"}]
        assert usa, "the coder found no VNM-USA meeting"
        best = max(usa, key=lambda e: len({m.doc_id for m in e.mentions} & meeting_docs))
        assert {m.doc_id for m in best.mentions} >= meeting_docs, [
            (e.id, e.event.cameo, e.event.source.code, e.event.target and e.event.target.code, str(e.event.date.start),
             [m.doc_id for m in e.mentions]) for e in usa
        ]  # fmt: skip
        assert best.num_articles == 3 and best.num_sources == 3
        assert all(m.merge_reason for m in best.mentions)

        france = [
            e
            for e in store.iter_merged_events(EventFilter(source="VNM", target="FRA", cameo="04"))
            if e.event.date.start and e.event.date.start.month == 10
        ]
        days = {e.event.date.start.day for e in france}
        assert {6, 28} <= days
        for e in france:
            assert len({m.doc_id for m in e.mentions} & {"hanoi-daily-1007", "hanoi-daily-1029"}) == 1
