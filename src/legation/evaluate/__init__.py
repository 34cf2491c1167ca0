"""evaluate: score the coder against gold sentences, and gate releases on the scores.

::

    from legation.evaluate import read_gold, evaluate_sets
    run = evaluate_sets([read_gold("plover_gsr_cameo.jsonl")])   # one Coder, streamed
    run.sets[0].headline()   # {"root_f1": ..., "triple_f1": ...}

Three gold formats are read (detected per record) and normalised to :class:`GoldRecord`; scores are
computed over sets (extra guesses cost precision); the quality gate compares the headline metrics
with floors pinned in ``eval/baseline.json``. See ``docs/evaluation.md``.
"""

from legation.evaluate._gate import GateIssue, check_gate, floor2, load_baseline, save_baseline, update_baseline
from legation.evaluate._gold import (
    GoldEvent,
    GoldRecord,
    GoldSet,
    GoldSpan,
    country_of_code,
    detect_format,
    parse_record,
    read_gold,
    root_class,
)
from legation.evaluate._report import render_run
from legation.evaluate._score import (
    HEADLINE_METRICS,
    PRF,
    EvaluationRun,
    PredictedEvent,
    SetScores,
    evaluate_files,
    evaluate_sets,
    score_set,
)

__all__ = [
    "HEADLINE_METRICS",
    "PRF",
    "EvaluationRun",
    "GateIssue",
    "GoldEvent",
    "GoldRecord",
    "GoldSet",
    "GoldSpan",
    "PredictedEvent",
    "SetScores",
    "check_gate",
    "country_of_code",
    "detect_format",
    "evaluate_files",
    "evaluate_sets",
    "floor2",
    "load_baseline",
    "parse_record",
    "read_gold",
    "render_run",
    "root_class",
    "save_baseline",
    "score_set",
    "update_baseline",
]
