"""Render evaluation scores as plain-text tables with aligned columns (``legation evaluate``)."""

from __future__ import annotations

import textwrap
from typing import Any, Optional, Sequence

from legation.evaluate._score import NONE, PRF, EvaluationRun, SetScores

__all__ = ["CAMEO_ROOT_NAMES", "render_run", "render_set", "table"]

CAMEO_ROOT_NAMES: dict[str, str] = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "use unconventional mass violence",
}
CLASS_NAMES = {
    0: "statement/appeal (01-02)",
    1: "verbal cooperation (03-05)",
    2: "material cooperation (06-08)",
    3: "verbal conflict (09-13,16)",
    4: "material conflict (14-15,17-20)",
}


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, indent: str = "  ") -> str:
    """Aligned columns: the first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, r in enumerate(cells):
        parts = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append(indent + "  ".join(parts).rstrip())
        if n == 0:
            lines.append(indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _f(x: Optional[float]) -> str:
    return "-" if x is None else f"{x:.3f}"


def _prf_row(label: str, p: PRF) -> list[Any]:
    return [label, _f(p.precision), _f(p.recall), _f(p.f1), p.tp, p.fp, p.fn]


def render_set(s: SetScores, *, misses: int = 10) -> str:
    out: list[str] = []
    fmts = ", ".join(f"{k} {v}" for k, v in sorted(s.formats.items()))
    limited = f" of {s.total_records}" if s.records != s.total_records else ""
    rate = f", {s.records / s.seconds:.1f} sentences/s" if s.seconds else ""
    out.append(f"== {s.name}: {s.records}{limited} records ({fmts}); coded in {s.seconds:.2f} s{rate}")
    out.append(f"   sha256 {s.sha256}")
    out.append(
        f"   {s.predicted_events} predicted events in {s.sentences_with_events} of {s.records} sentences"
        + (f"; {len(s.failures)} documents failed" if s.failures else "")
        + (f"; {s.unscored_events} more of roots this gold has no category for (not scored)" if s.unscored_events else "")
    )
    out.append("")

    rows: list[list[Any]] = []
    if s.roots is not None:
        rows.append(_prf_row("root (micro)", s.roots))
    if s.triples is not None:
        rows.append(_prf_row("source-target-root (country)", s.triples))
    if s.dyads is not None:
        rows.append(_prf_row("dyad (country)", s.dyads))
    if rows:
        out.append(table(["metric", "P", "R", "F1", "tp", "fp", "fn"], rows))
        out.append("")

    extra: list[list[Any]] = []
    if s.macro_f1 is not None:
        extra.append(["5-way class macro-F1", _f(s.macro_f1), ""])
    if s.has_spans:
        roles = ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(s.span_by_role.items()))
        extra.append(["actor span recall", _f(s.span_recall), f"{s.span_recalled}/{s.span_total} ({roles})"])
        extra.append(
            ["actor span precision", _f(s.span_precision), f"{s.span_pred_matched}/{s.span_pred_total} predicted spans"]
        )
    if s.no_event_n is not None:
        extra.append(["no-event sentences with no events", f"{s.no_event_k} of {s.no_event_n}", ""])
    if extra:
        out.append(table(["metric", "value", "detail"], extra))
        out.append("")

    if s.class_f1:
        crow = [
            [f"{c} {CLASS_NAMES.get(c, '')}", _f(p.precision), _f(p.recall), _f(p.f1), p.gold, p.predicted]
            for c, p in sorted(s.class_f1.items())
        ]
        out.append("  per class")
        out.append(table(["class", "P", "R", "F1", "gold", "pred"], crow))
        out.append("")

    if s.per_root:
        rrow = [
            [
                f"{r} {CAMEO_ROOT_NAMES.get(r, '')}",
                _f(p.precision) if p.predicted else "-",
                _f(p.recall) if p.gold else "-",
                _f(p.f1),
                p.gold,
                p.predicted,
                p.tp,
            ]
            for r, p in sorted(s.per_root.items())
        ]
        out.append("  per root")
        out.append(table(["root", "P", "R", "F1", "gold", "pred", "tp"], rrow))
        out.append("")

    if s.confusion:
        labels = sorted({k for k in s.confusion if k != NONE} | {p for row in s.confusion.values() for p in row if p != NONE})
        labels.append(NONE)
        crows = []
        for g in labels:
            row = s.confusion.get(g, {})
            if not row and g != NONE:
                continue
            crows.append([g] + [row.get(p, "") or "." for p in labels])
        out.append("  confusion (rows: gold root, columns: predicted root)")
        out.append(table(["gold\\pred"] + labels, crows))
        out.append("")

    if misses and s.misses:
        out.append(f"  worst misses ({min(misses, len(s.misses))} of {len(s.misses)} sentences with errors)")
        for m in s.misses[:misses]:
            out.append(f"  - {m.id}")
            out.append(textwrap.fill(m.text, width=100, initial_indent="      ", subsequent_indent="      "))
            out.append(f"      expected:  {'; '.join(m.expected)}")
            out.append(f"      predicted: {'; '.join(m.predicted)}")
        out.append("")
    if s.failures:
        out.append("  failed documents")
        out.extend(f"  - {f}" for f in s.failures[:20])
        out.append("")
    return "\n".join(out)


def render_summary(run: EvaluationRun) -> str:
    rows = []
    for s in run.sets:
        h = s.headline()
        rows.append(
            [
                s.name,
                s.records,
                _f(h.get("root_f1")),
                _f(h.get("triple_f1")),
                _f(s.dyads.f1 if s.dyads else None),
                "-" if s.no_event_n is None else f"{s.no_event_k}/{s.no_event_n}",
                _f(h.get("macro_f1")),
                _f(h.get("span_recall")),
                f"{s.seconds:.2f}",
            ]
        )
    head = ["gold set", "n", "root F1", "triple F1", "dyad F1", "no-event", "macro-F1", "span R", "seconds"]
    text = "summary\n" + table(head, rows)
    text += f"\n  model load {run.load_seconds:.2f} s; total {run.total_seconds:.2f} s"
    return text


def render_run(run: EvaluationRun, *, misses: int = 10) -> str:
    parts = [render_set(s, misses=misses) for s in run.sets]
    parts.append(render_summary(run))
    return "\n".join(parts) + "\n"
