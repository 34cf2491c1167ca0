"""A real SIGKILL in the middle of an ingest, then a re-run: the store equals an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_factories import PostgresSchema, postgres_url, snapshot

from legation.store import open_store

TESTS = Path(__file__).resolve().parent

# A small ingest program: the slow fake coder, and writes slowed down *inside* the transaction
# (each event waits), so a kill usually lands half-way through a document.
SCRIPT = """
import sys, time
sys.path.insert(0, {tests!r})
from store_factories import FakeCoder
from legation.ingest import read_documents
from legation.store import SQLStore, ingest_documents, open_store

db, corpus, slow = sys.argv[1], sys.argv[2], float(sys.argv[3])
if slow:
    original = SQLStore._write_event
    def slow_write(self, doc, doc_id, index, *a, **kw):
        out = original(self, doc, doc_id, index, *a, **kw)
        print("writing", doc_id, index, flush=True)  # inside the document's open transaction
        time.sleep(slow)
        return out
    SQLStore._write_event = slow_write
with open_store(db) as store:
    def report(outcome, item):
        print(outcome, getattr(item, "id", None) or item.doc_id, flush=True)
    s = ingest_documents(store, read_documents([corpus]), coder=FakeCoder(slow), progress=False, on_result=report)
    print("done", s.documents_new, s.documents_skipped, s.documents_failed, flush=True)
"""

N_DOCS = 40
EVENTS_PER_DOC = 4


def _corpus(path: Path) -> None:
    """Documents that merge with each other (the same meetings reported again and again), a bad line
    and a coder failure, so the resumed run must reproduce merges across the kill point."""
    lines = []
    for i in range(N_DOCS):
        day = 1 + (i % 7)
        evs = [
            f"@ VNMGOV USAGOV 042 2024-09-{day:02d} place=USA person=To_Lam | Meeting {i}/{day}.",
            f"@ VNM CUB 057 2024-09-{day + 1:02d} recip | Agreement {i}.",
            f"@ {'VNM' if i % 2 else 'VNMGOV'} IGOUNO 043 2024-09-{10 + i % 3:02d} | Address {i}.",
            f"@ C{i:02d}GOV VNMGOV 036 2024-{1 + i % 12:02d}-15 | Wish {i}.",
        ]
        lines.append(json.dumps({"id": f"k{i:02d}", "date": f"2024-09-{day + 1:02d}", "source": f"Outlet{i % 5}", "text": "\n".join(evs)}))
        if i == 5:
            lines.append("{broken json")
        if i == 25:
            lines.append(json.dumps({"id": "crash", "text": "@boom"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run(script: Path, db: str, corpus: Path, slow: float) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(script), db, str(corpus), str(slow)], capture_output=True, text=True, timeout=120)


def _kill_mid_ingest(script: Path, db: str, corpus: Path, after: int) -> list[str]:
    """Start an ingest, SIGKILL it once ``after`` documents are committed; return what it printed."""
    proc = subprocess.Popen(
        [sys.executable, str(script), db, str(corpus), "0.01"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    seen: list[str] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
        # kill inside the transaction of the document after the first `after` ones: its first
        # event row is written, three more (30 ms) are to come before the commit
        if sum(1 for s in seen if s.startswith("new ")) >= after and seen[-1].startswith("writing ") and seen[-1].endswith(" 0"):
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert not any(s.startswith("done") for s in seen), "the run finished before it was killed"
    return seen


def _no_seen(snap):
    snap = dict(snap)
    snap["failures"] = [row[:-1] for row in snap["failures"]]
    return snap


def _check_kill_and_resume(tmp_path: Path, killed_db: str, clean_db: str) -> None:
    script = tmp_path / "ingest_script.py"
    script.write_text(SCRIPT.format(tests=str(TESTS)), encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus)

    printed = _kill_mid_ingest(script, killed_db, corpus, after=8)
    committed = sum(1 for s in printed if s.startswith("new "))
    half_written = printed[-1].split()[1]
    with open_store(killed_db) as s:
        stats = s.stats()
        # only whole documents: the one killed half-way left nothing, every other has all its rows
        assert stats.documents == committed
        assert not s._rows("SELECT 1 FROM documents WHERE id = ?", (half_written,))
        assert stats.mentions == stats.documents * EVENTS_PER_DOC
        assert stats.sentences == stats.documents * EVENTS_PER_DOC

    resumed = _run(script, killed_db, corpus, 0.0)
    assert resumed.returncode == 0, resumed.stderr
    done = resumed.stdout.strip().splitlines()[-1].split()
    assert done[0] == "done" and int(done[1]) == N_DOCS - stats.documents and int(done[2]) == stats.documents

    clean = _run(script, clean_db, corpus, 0.0)
    assert clean.returncode == 0, clean.stderr
    with open_store(killed_db) as a, open_store(clean_db) as b:
        sa, sb = _no_seen(snapshot(a)), _no_seen(snapshot(b))
        assert sa == sb
        assert len(sa["documents"]) == N_DOCS
        merged = [e for e in a.iter_merged_events() if e.num_mentions > 1]
        assert merged, "the corpus is built to merge"
        assert [e.id for e in a.iter_merged_events()] == [e.id for e in b.iter_merged_events()]
        assert a.dyads("week") == b.dyads("week")


def test_sigkill_mid_ingest_then_rerun_equals_uninterrupted_run(tmp_path):
    _check_kill_and_resume(tmp_path, str(tmp_path / "killed.db"), str(tmp_path / "clean.db"))


@pytest.mark.postgres
def test_sigkill_mid_ingest_postgres(tmp_path):
    base = postgres_url()
    if not base:
        pytest.skip("LEGATION_TEST_POSTGRES_URL is not set")
    killed, clean = PostgresSchema(base), PostgresSchema(base)
    try:
        _check_kill_and_resume(tmp_path, killed.url, clean.url)
    finally:
        killed.drop()
        clean.drop()
