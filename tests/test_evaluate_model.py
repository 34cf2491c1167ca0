"""End to end with the real coder: the first records of each real gold file (shared folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from legation.evaluate import evaluate_files

SHARED = Path(os.environ.get("LEGATION_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
EXTERNAL = SHARED / "data" / "external"
GOLD = [
    EXTERNAL / "plover-gsr-cameo" / "plover_gsr_cameo.jsonl",
    EXTERNAL / "petr2-gsr-validation" / "petr2_gsr_validation.jsonl",
    EXTERNAL / "conflibert-cameo" / "conflibert_cameo_test.jsonl",
]


@pytest.mark.model
@pytest.mark.skipif(not all(p.is_file() for p in GOLD), reason=f"gold files not found under {EXTERNAL} (set LEGATION_SHARED)")
def test_evaluate_first_records_of_each_gold_file():
    run = evaluate_files([str(p) for p in GOLD], limit=20)
    assert [s.name for s in run.sets] == [p.name for p in GOLD]
    plover, petr2, conflibert = run.sets
    assert all(s.records == 20 and not s.failures for s in run.sets)
    assert set(plover.headline()) == {"root_f1", "triple_f1"}
    assert set(petr2.headline()) == {"root_f1", "triple_f1", "no_event_k"}
    assert set(conflibert.headline()) == {"root_f1", "macro_f1", "span_recall"}
    # the coder finds something in real news sentences, and its spans point into the text
    assert sum(s.predicted_events for s in run.sets) > 0
    assert conflibert.span_recalled > 0
    assert all(0.0 <= v <= 1.0 for s in run.sets for k, v in s.headline().items() if k != "no_event_k")
    d = run.to_dict(misses=3)
    assert d["timing"]["sentences"] == 60
