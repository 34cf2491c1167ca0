"""Score predicted events against gold records, and run the coder over gold sets.

Every count is over SETS, never best-match: a sentence's predicted roots are the set of its events'
roots, so emitting many guesses adds false positives (see ``docs/evaluation.md``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

from legation.evaluate._gold import (
    COUNTRY_FIXES,
    GoldRecord,
    GoldSet,
    Triple,
    country_of_code,
    read_gold,
    root_class,
)

__all__ = [
    "HEADLINE_METRICS",
    "PRF",
    "EvaluationRun",
    "Miss",
    "PredictedEvent",
    "SetScores",
    "actor_country",
    "evaluate_files",
    "evaluate_sets",
    "score_set",
]

# metric key -> human label; the gate pins floors for these
HEADLINE_METRICS: dict[str, str] = {
    "root_f1": "root F1",
    "triple_f1": "triple F1",
    "no_event_k": "no-event sentences with no events",
    "macro_f1": "5-way class macro-F1",
    "span_recall": "actor span recall",
}

NONE = "none"
# CAMEO roots a gold format has no category for (PLOVER has no statements or appeals): predictions
# of these roots are not scored against that format's records
OUTSIDE_ONTOLOGY: dict[str, frozenset[str]] = {"plover": frozenset({"01", "02"})}
_TRANSNATIONAL = {"IGO", "NGO", "IMG", "MNC"}


def actor_country(actor: Any) -> Optional[str]:
    """Country of a predicted :class:`~legation.records.Actor`: its ``country`` (ISO-3 or ``IGO``),
    else the CAMEO transnational prefix of its code (``NGO``, ``IMG``, ``MNC``), else None."""
    if actor is None:
        return None
    country = getattr(actor, "country", None)
    if country:
        c = str(country).upper()
        return COUNTRY_FIXES.get(c, c)
    head = country_of_code(getattr(actor, "code", None))
    return head if head in _TRANSNATIONAL else None


@dataclass(frozen=True)
class PredictedEvent:
    """What scoring needs of one predicted event (built from an Event, or by hand in tests)."""

    root: str
    source: Optional[str] = None
    target: Optional[str] = None
    cameo: str = ""
    confidence: float = 1.0
    source_span: Optional[tuple[int, int]] = None
    target_span: Optional[tuple[int, int]] = None
    reciprocal: bool = False

    @classmethod
    def from_event(cls, event: Any) -> "PredictedEvent":
        src, tgt = event.source, event.target
        return cls(
            root=str(event.cameo_root or str(event.cameo)[:2]),
            source=actor_country(src),
            target=actor_country(tgt),
            cameo=str(event.cameo),
            confidence=float(event.confidence),
            source_span=(src.start, src.end) if src is not None else None,
            target_span=(tgt.start, tgt.end) if tgt is not None else None,
            reciprocal=bool(getattr(event, "reciprocal", False)),
        )

    @property
    def triple(self) -> Triple:
        return (self.root, self.source, self.target)

    def describe(self) -> str:
        code = self.cameo or self.root
        arrow = "<->" if self.reciprocal else "->"
        return f"{code} {self.source or '?'}{arrow}{self.target or '-'} ({self.confidence:.2f})"


@dataclass
class PRF:
    """Counts and precision / recall / F1 (0.0 where undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Iterable[Any], pred: Iterable[Any]) -> None:
        g, p = set(gold), set(pred)
        self.tp += len(g & p)
        self.fp += len(p - g)
        self.fn += len(g - p)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class Miss:
    """One badly coded sentence: what the gold expects and what the coder said."""

    id: str
    text: str
    expected: tuple[str, ...]
    predicted: tuple[str, ...]
    badness: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "expected": list(self.expected),
            "predicted": list(self.predicted),
            "badness": self.badness,
        }


@dataclass
class SetScores:
    """All scores of one gold set. Sections the gold cannot support are None."""

    name: str
    path: str
    sha256: str
    records: int
    total_records: int
    formats: dict[str, int]
    roots: Optional[PRF] = None
    per_root: dict[str, PRF] = field(default_factory=dict)
    triples: Optional[PRF] = None
    dyads: Optional[PRF] = None
    class_f1: Optional[dict[int, PRF]] = None
    macro_f1: Optional[float] = None
    span_total: int = 0
    span_recalled: int = 0
    span_by_role: dict[str, tuple[int, int]] = field(default_factory=dict)  # role -> (recalled, total)
    span_pred_total: int = 0
    span_pred_matched: int = 0
    has_spans: bool = False
    no_event_k: Optional[int] = None
    no_event_n: Optional[int] = None
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    predicted_events: int = 0
    sentences_with_events: int = 0
    unscored_events: int = 0  # predicted events of roots the gold's ontology has no category for
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def span_recall(self) -> Optional[float]:
        if not self.has_spans:
            return None
        return self.span_recalled / self.span_total if self.span_total else 0.0

    @property
    def span_precision(self) -> Optional[float]:
        if not self.has_spans:
            return None
        return self.span_pred_matched / self.span_pred_total if self.span_pred_total else 0.0

    def headline(self) -> dict[str, float]:
        """The gated metrics this set supports (see :data:`HEADLINE_METRICS`)."""
        out: dict[str, float] = {}
        if self.roots is not None:
            out["root_f1"] = self.roots.f1
        if self.triples is not None:
            out["triple_f1"] = self.triples.f1
        if self.no_event_k is not None:
            out["no_event_k"] = self.no_event_k
        if self.macro_f1 is not None:
            out["macro_f1"] = self.macro_f1
        if self.span_recall is not None:
            out["span_recall"] = self.span_recall
        return out

    def to_dict(self, misses: Optional[int] = None) -> dict[str, Any]:
        def r4(x: Optional[float]) -> Optional[float]:
            return None if x is None else round(x, 4)

        return {
            "name": self.name,
            "path": self.path,
            "sha256": self.sha256,
            "records": self.records,
            "total_records": self.total_records,
            "formats": self.formats,
            "headline": {k: (v if k == "no_event_k" else round(v, 4)) for k, v in self.headline().items()},
            "root": self.roots.to_dict() if self.roots else None,
            "per_root": {r: p.to_dict() for r, p in sorted(self.per_root.items())},
            "triple": self.triples.to_dict() if self.triples else None,
            "dyad": self.dyads.to_dict() if self.dyads else None,
            "class": None
            if self.class_f1 is None
            else {
                "macro_f1": r4(self.macro_f1),
                "per_class": {str(c): p.to_dict() for c, p in sorted(self.class_f1.items())},
            },
            "spans": None
            if not self.has_spans
            else {
                "recall": r4(self.span_recall),
                "recalled": self.span_recalled,
                "total": self.span_total,
                "by_role": {k: {"recalled": a, "total": b} for k, (a, b) in sorted(self.span_by_role.items())},
                "precision": r4(self.span_precision),
                "predicted": self.span_pred_total,
            },
            "no_event": None if self.no_event_n is None else {"k": self.no_event_k, "n": self.no_event_n},
            "confusion": self.confusion,
            "predicted_events": self.predicted_events,
            "sentences_with_events": self.sentences_with_events,
            "unscored_events": self.unscored_events,
            "failures": self.failures,
            "seconds": round(self.seconds, 3),
            "sentences_per_second": round(self.records / self.seconds, 1) if self.seconds else None,
            "misses": [m.to_dict() for m in (self.misses if misses is None else self.misses[:misses])],
        }


# ----------------------------------------------------------------------------- scoring


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _best_event(events: Sequence[PredictedEvent]) -> Optional[PredictedEvent]:
    best: Optional[PredictedEvent] = None
    for e in events:  # the first of equals wins
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def _describe_gold(gold: GoldRecord) -> tuple[str, ...]:
    out: list[str] = []
    if gold.roots_known:
        for e in gold.events:
            code = e.cameo or "/".join(e.roots)
            if gold.has_triples:
                arrow = "<->" if e.reciprocal else "->"
                pairs = ", ".join(f"{s or '?'}{arrow}{t or '-'}" for s, t in e.pairs) or "?"
                out.append(f"{code} {pairs}")
            else:
                out.append(code)
    if gold.penta_class is not None:
        out.append(f"class {gold.penta_class}")
    if not gold.events and gold.penta_class is None:
        out.append("no event")
    return tuple(out)


def _add_confusion(conf: dict[str, dict[str, int]], gold: frozenset[str], pred: set[str]) -> None:
    def bump(g: str, p: str) -> None:
        conf.setdefault(g, {})
        conf[g][p] = conf[g].get(p, 0) + 1

    for r in gold & pred:
        bump(r, r)
    missed, extra = sorted(gold - pred), sorted(pred - gold)
    if missed and extra:
        for g in missed:
            for p in extra:
                bump(g, p)
    elif missed:
        for g in missed:
            bump(g, NONE)
    else:
        for p in extra:
            bump(NONE, p)


def score_set(
    gold_set: GoldSet,
    predictions: Mapping[str, Sequence[PredictedEvent]],
    *,
    failures: Iterable[str] = (),
    seconds: float = 0.0,
) -> SetScores:
    """Score one gold set against predictions keyed by gold record id (missing = no events)."""
    recs = gold_set.records
    s = SetScores(
        name=gold_set.name,
        path=gold_set.path,
        sha256=gold_set.sha256,
        records=len(recs),
        total_records=gold_set.total_records,
        formats=gold_set.formats,
        failures=list(failures),
        seconds=seconds,
    )
    if any(r.roots_known for r in recs):
        s.roots = PRF()
    if any(r.roots_known and r.has_triples for r in recs):
        s.triples, s.dyads = PRF(), PRF()
    classed = [r for r in recs if r.penta_class is not None]
    if classed:
        s.class_f1 = {}
    if any(r.spans is not None for r in recs):
        s.has_spans = True
    no_event = [r for r in recs if r.no_events_expected is not None]
    if no_event:
        s.no_event_k, s.no_event_n = 0, 0
    miss_list: list[Miss] = []

    for gold in recs:
        pred = list(predictions.get(gold.id, ()))
        outside = OUTSIDE_ONTOLOGY.get(gold.format, frozenset())
        if outside:
            # PLOVER dropped CAMEO 01 and 02: its gold cannot hold them, so they are neither right nor
            # wrong there (our own PLOVER output leaves them out too)
            kept = [e for e in pred if e.root not in outside]
            s.unscored_events += len(pred) - len(kept)
            pred = kept
        s.predicted_events += len(pred)
        if pred:
            s.sentences_with_events += 1
        pred_roots = {e.root for e in pred}
        badness = 0
        if gold.roots_known:
            g_roots, g_triples = gold.resolve(pred_roots)
            assert s.roots is not None
            s.roots.add(g_roots, pred_roots)
            badness += 2 * len(g_roots ^ pred_roots)
            for r in g_roots | pred_roots:
                s.per_root.setdefault(r, PRF()).add({r} & g_roots, {r} & pred_roots)
            _add_confusion(s.confusion, g_roots, pred_roots)
            if gold.has_triples:
                assert s.triples is not None and s.dyads is not None
                p_triples = {e.triple for e in pred}
                s.triples.add(g_triples, p_triples)
                s.dyads.add({(a, b) for _, a, b in g_triples}, {(e.source, e.target) for e in pred})
                badness += len(g_triples ^ p_triples)
        if gold.penta_class is not None:
            assert s.class_f1 is not None
            best = _best_event(pred)
            pc = root_class(best.root) if best is not None else None
            gc = gold.penta_class
            s.class_f1.setdefault(gc, PRF())
            if pc == gc:
                s.class_f1[gc].tp += 1
            else:
                s.class_f1[gc].fn += 1
                badness += 1
                if pc is not None:
                    s.class_f1.setdefault(pc, PRF()).fp += 1
        if gold.spans is not None:
            spans_pred = {sp for e in pred for sp in (e.source_span, e.target_span) if sp is not None}
            s.span_pred_total += len(spans_pred)
            s.span_pred_matched += sum(1 for sp in spans_pred if any(_overlaps(sp, (g.start, g.end)) for g in gold.spans))
            for g in gold.spans:
                hit = any(_overlaps(sp, (g.start, g.end)) for sp in spans_pred)
                s.span_total += 1
                s.span_recalled += hit
                a, b = s.span_by_role.get(g.role, (0, 0))
                s.span_by_role[g.role] = (a + hit, b + 1)
        if gold.no_events_expected is not None and gold.no_events_expected:
            assert s.no_event_n is not None and s.no_event_k is not None
            s.no_event_n += 1
            if not pred:
                s.no_event_k += 1
        if badness:
            expected = _describe_gold(gold)
            predicted = tuple(e.describe() for e in sorted(pred, key=lambda e: -e.confidence)) or ("no event",)
            miss_list.append(Miss(gold.id, gold.text, expected, predicted, badness))

    if s.class_f1 is not None:
        s.macro_f1 = sum(p.f1 for p in s.class_f1.values()) / len(s.class_f1) if s.class_f1 else 0.0
    order = {r.id: i for i, r in enumerate(recs)}
    s.misses = sorted(miss_list, key=lambda m: (-m.badness, order[m.id]))
    return s


# ----------------------------------------------------------------------------- running the coder


@dataclass
class EvaluationRun:
    """The scores of every gold set, with timings."""

    sets: list[SetScores]
    load_seconds: float = 0.0
    total_seconds: float = 0.0

    def to_dict(self, misses: Optional[int] = None) -> dict[str, Any]:
        return {
            "sets": {s.name: s.to_dict(misses) for s in self.sets},
            "timing": {
                "load_seconds": round(self.load_seconds, 3),
                "total_seconds": round(self.total_seconds, 3),
                "sentences": sum(s.records for s in self.sets),
                "coding_seconds": round(sum(s.seconds for s in self.sets), 3),
            },
        }


def _documents(gold_set: GoldSet) -> Iterator[Any]:
    from legation.records import Document

    for r in gold_set.records:
        yield Document(id=r.id, text=r.text, date=r.date, date_source="metadata" if r.date else None)


def code_gold_set(coder: Any, gold_set: GoldSet) -> tuple[dict[str, list[PredictedEvent]], list[str], float]:
    """Stream a gold set's sentences through one coder; predictions by id, failures, seconds."""
    preds: dict[str, list[PredictedEvent]] = {}
    failures: list[str] = []
    t0 = time.perf_counter()
    for result in coder.code(_documents(gold_set)):
        events = getattr(result, "events", None)
        if events is None:  # a Failure: the sentence counts as coded with no events
            failures.append(str(result))
            continue
        preds[result.document.id] = [PredictedEvent.from_event(e) for e in events]
    return preds, failures, time.perf_counter() - t0


def evaluate_sets(gold_sets: Sequence[GoldSet], *, coder: Any = None, options: Any = None) -> EvaluationRun:
    """Code every gold set with ONE coder (built here unless given) and score it."""
    t0 = time.perf_counter()
    load = 0.0
    if coder is None:
        from legation.pipeline import Coder

        coder = Coder(options)
        load = time.perf_counter() - t0
    out: list[SetScores] = []
    for gs in gold_sets:
        preds, failures, secs = code_gold_set(coder, gs)
        out.append(score_set(gs, preds, failures=failures, seconds=secs))
    return EvaluationRun(out, load_seconds=load, total_seconds=time.perf_counter() - t0)


def evaluate_files(
    paths: Sequence[str], *, limit: Optional[int] = None, coder: Any = None, options: Any = None
) -> EvaluationRun:
    """Read, code and score gold files (reading all of them first, so a bad file fails fast)."""
    gold_sets = [read_gold(p, limit=limit) for p in paths]
    return evaluate_sets(gold_sets, coder=coder, options=options)
