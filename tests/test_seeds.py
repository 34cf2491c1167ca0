"""The seed articles end to end: the shared checker passes 12/12, the plain-file visit to Cuba, and a
golden file that pins the full coded output of the packaged demo copy.

Regenerate the golden file after an intended change with::

    LEGATION_UPDATE_GOLDEN=1 python -m pytest tests/test_seeds.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from legation import Coder, read_documents
from legation.cli import cli
from legation.pipeline import CodedDocument

pytestmark = pytest.mark.model

SHARED = Path(os.environ.get("LEGATION_SHARED") or Path(__file__).resolve().parents[2] / "shared")
SEEDS = SHARED / "data" / "seeds"
CHECKER = SHARED / "tools" / "check_seeds.py"
GOLDEN = Path(__file__).resolve().parent / "golden" / "seeds.jsonl"
CUBA_DOC = "000_55ae648ef2db4ce8"

needs_shared = pytest.mark.skipif(
    not (SEEDS / "seeds.jsonl").is_file() or not CHECKER.is_file(),
    reason=f"shared seed data not found under {SHARED} (set LEGATION_SHARED)",
)


@pytest.fixture
def cli_runner(monkeypatch, coder):
    """The real CLI, but every Coder it builds reuses the module's loaded model and knowledge."""
    import legation.pipeline as pipeline

    real = pipeline.Coder
    monkeypatch.setattr(pipeline, "Coder", lambda options=None, **kw: real(options, knowledge=coder.knowledge, nlp=coder.processor.nlp))
    return CliRunner()


@needs_shared
def test_seeds_pass_the_shared_checker(cli_runner, tmp_path):
    result = cli_runner.invoke(cli, ["code", str(SEEDS / "seeds.jsonl"), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert "0 failed" in result.stderr
    out = tmp_path / "out.jsonl"
    out.write_text(result.stdout, encoding="utf-8")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["doc_id"] for e in events} == {CUBA_DOC, "002_73c5802a00698abd"}
    check = subprocess.run(
        [sys.executable, str(CHECKER), str(SEEDS / "expected-events.jsonl"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "12/12 expected events found" in check.stdout


@needs_shared
def test_cuba_visit_from_the_plain_text_file(coder, tmp_path):
    src = SEEDS / f"{CUBA_DOC}.txt"
    if not src.is_file():
        pytest.skip(f"{src} not found")
    path = tmp_path / src.name
    shutil.copy(src, path)
    (result,) = list(coder.code(read_documents([path])))
    assert isinstance(result, CodedDocument)
    doc = result.document
    assert doc.id == CUBA_DOC  # the file stem
    assert doc.date == dt.date(2021, 9, 17) and doc.date_source == "text"  # "date 2021-09-17" at the head
    visits = [
        e
        for e in result.events
        if e.cameo == "042" and e.source.country == "VNM" and e.target is not None and e.target.country == "CUB"
        and e.date.start == dt.date(2021, 9, 18) and e.date.end == dt.date(2021, 9, 20)
    ]
    assert visits, [(e.cameo, e.source.code, e.target and e.target.code, e.date.start, e.date.end) for e in result.events]
    assert all(e.modality == "planned" for e in visits)
    assert visits[0].location is not None and visits[0].location.country == "CUB"
    # the caption on the first line is page debris: no event comes from it
    first_line_end = doc.text.index("\n")
    assert all(e.trigger.start > first_line_end for e in result.events)


# ---------------------------------------------------------------------------- golden file


def _stable(ev: dict) -> dict:
    """The fields of an event that should only change when the coder's behaviour changes on purpose."""

    def actor(a):
        return None if a is None else {"code": a["code"], "country": a["country"], "name": a["name"]}

    return {
        "event_id": ev["event_id"],
        "doc_id": ev["doc_id"],
        "sentence_index": ev["sentence_index"],
        "trigger": ev["trigger"],
        "cameo": ev["cameo"],
        "source": actor(ev["source"]),
        "target": actor(ev["target"]),
        "date": {k: ev["date"][k] for k in ("start", "end", "precision")},
        "modality": ev["modality"],
        "location_country": (ev["location"] or {}).get("country"),
        "reciprocal": ev["reciprocal"],
    }


def _demo_events(coder: Coder) -> list[dict]:
    demo = resources.files("legation") / "data" / "demo" / "seeds.jsonl"
    with resources.as_file(demo) as path:
        results = list(coder.code(read_documents([path])))
    assert all(isinstance(r, CodedDocument) for r in results), results
    return [_stable(e.to_dict()) for r in results for e in r.events]


def test_golden_demo_output(coder):
    rows = _demo_events(coder)
    assert rows, "the demo seeds produced no events"
    if os.environ.get("LEGATION_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    assert GOLDEN.is_file(), f"{GOLDEN} is missing: run LEGATION_UPDATE_GOLDEN=1 python -m pytest tests/test_seeds.py"
    expected = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = [json.loads(json.dumps(r, ensure_ascii=False, sort_keys=True)) for r in rows]
    if got != expected:
        exp_ids = {r["event_id"]: r for r in expected}
        got_ids = {r["event_id"]: r for r in got}
        lost = [exp_ids[i] for i in exp_ids if i not in got_ids]
        new = [got_ids[i] for i in got_ids if i not in exp_ids]
        changed = [(exp_ids[i], got_ids[i]) for i in exp_ids if i in got_ids and exp_ids[i] != got_ids[i]]
        pytest.fail(
            f"coded demo output differs from {GOLDEN.name}: {len(lost)} lost, {len(new)} new, {len(changed)} changed"
            + "".join(f"\n  lost    {json.dumps(r, ensure_ascii=False)}" for r in lost[:10])
            + "".join(f"\n  new     {json.dumps(r, ensure_ascii=False)}" for r in new[:10])
            + "".join(f"\n  changed {json.dumps(a, ensure_ascii=False)}\n       -> {json.dumps(b, ensure_ascii=False)}" for a, b in changed[:10])
            + ("\n  (same events, different order)" if not (lost or new or changed) else "")
            + "\nIf the change is intended: LEGATION_UPDATE_GOLDEN=1 python -m pytest tests/test_seeds.py"
        )


def test_golden_file_is_the_demo_seeds():
    """The packaged demo copy is the shared seed file (when the shared folder is present)."""
    if not (SEEDS / "seeds.jsonl").is_file():
        pytest.skip("shared seeds not found")
    demo = resources.files("legation") / "data" / "demo" / "seeds.jsonl"
    assert demo.read_bytes() == (SEEDS / "seeds.jsonl").read_bytes()


def test_seed_interviews_code_no_conflict_events(coder):
    rows = _demo_events(coder)
    conflict = [(r["doc_id"][:6], r["sentence_index"], r["cameo"], r["trigger"]["text"]) for r in rows if r["cameo"][:2] >= "09"]
    assert not conflict, conflict
