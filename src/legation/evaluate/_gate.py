"""The quality gate: floors per gold set and metric in a baseline JSON file (``eval/baseline.json``).

``check_gate`` lists every metric below its floor (``LG041``), every gold file whose sha256 differs
from the pinned one (``LG042``) and every evaluated gold set the baseline does not know (``LG043``).
``update_baseline`` raises floors to the current scores rounded DOWN to two decimals; it lowers a
floor only when given a reason (``--allow-lower``), which it records with the date in ``history``.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any, Optional, Sequence

from legation._errors import EvaluationError, message
from legation.evaluate._score import HEADLINE_METRICS, SetScores

__all__ = [
    "BASELINE_VERSION",
    "GateIssue",
    "check_gate",
    "floor2",
    "load_baseline",
    "save_baseline",
    "update_baseline",
]

BASELINE_VERSION = 1
_EPS = 1e-9
_ABOUT = (
    "Quality-gate floors for `legation evaluate --gate eval/baseline.json GOLD...` (see docs/evaluation.md). "
    "Raise them with `legation evaluate --update-baseline eval/baseline.json GOLD...`; lowering needs "
    "--allow-lower REASON and is recorded in history."
)


@dataclass(frozen=True)
class GateIssue:
    """One gate finding, rendered as a catalogue line (``[LG041] ...``)."""

    code: str
    set_name: str
    detail: str
    metric: Optional[str] = None
    floor: Optional[float] = None
    value: Optional[float] = None

    def __str__(self) -> str:
        return message(self.code, self.detail)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "set": self.set_name,
            "metric": self.metric,
            "floor": self.floor,
            "value": None if self.value is None else round(self.value, 4),
            "message": str(self),
        }


def floor2(value: float) -> float:
    """Round DOWN to two decimals (0.4199999 -> 0.41, 0.42 -> 0.42)."""
    return float(Decimal(repr(float(value))).quantize(Decimal("0.01"), rounding=ROUND_FLOOR))


def _floor_of(metric: str, value: float) -> float | int:
    return int(value) if metric == "no_event_k" else floor2(value)


def _fmt(metric: str, value: Optional[float]) -> str:
    if value is None:
        return "n/a"
    return str(int(value)) if metric == "no_event_k" else f"{value:.4f}"


def empty_baseline() -> dict[str, Any]:
    return {"about": _ABOUT, "version": BASELINE_VERSION, "sets": {}, "history": []}


def load_baseline(path: str | Path, *, missing_ok: bool = False) -> dict[str, Any]:
    """Read a baseline file; ``LG044`` when it is missing (unless ``missing_ok``) or malformed."""
    p = Path(path)
    if not p.exists():
        if missing_ok:
            return empty_baseline()
        raise EvaluationError("LG044", f"{p}: no such file")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError("LG044", f"{p}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict):
        raise EvaluationError("LG044", f"{p}: expected an object with a `sets` object")
    for name, entry in data["sets"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("floors", {}), dict):
            raise EvaluationError("LG044", f"{p}: set {name!r} must be an object with a `floors` object")
        for metric, floor in entry.get("floors", {}).items():
            if not isinstance(floor, (int, float)) or isinstance(floor, bool):
                raise EvaluationError("LG044", f"{p}: floor {name}.{metric} = {floor!r} is not a number")
    data.setdefault("history", [])
    return data


def save_baseline(path: str | Path, baseline: dict[str, Any]) -> None:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    out = dict(baseline)
    out["sets"] = {k: out["sets"][k] for k in sorted(out["sets"])}
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(p)


def check_gate(baseline: dict[str, Any], sets: Sequence[SetScores]) -> list[GateIssue]:
    """Every reason the gate fails (empty list = pass)."""
    issues: list[GateIssue] = []
    pinned = baseline.get("sets", {})
    for s in sets:
        entry = pinned.get(s.name)
        if entry is None:
            issues.append(GateIssue("LG043", s.name, f"{s.name} (sha256 {s.sha256[:12]}...)"))
            continue
        want = entry.get("sha256")
        if want and want != s.sha256:
            issues.append(
                GateIssue("LG042", s.name, f"{s.path}: sha256 {s.sha256[:12]}... but the baseline pins {str(want)[:12]}...")
            )
        scores = s.headline()
        for metric, floor in entry.get("floors", {}).items():
            value = scores.get(metric)
            if value is None or value < floor - _EPS:
                label = HEADLINE_METRICS.get(metric, metric)
                issues.append(
                    GateIssue(
                        "LG041",
                        s.name,
                        f"{s.name} {metric} ({label}) = {_fmt(metric, value)} is below its floor {_fmt(metric, floor)}",
                        metric=metric,
                        floor=floor,
                        value=value,
                    )
                )
    return issues


def update_baseline(
    baseline: dict[str, Any],
    sets: Sequence[SetScores],
    *,
    allow_lower: Optional[str] = None,
    today: Optional[_dt.date] = None,
) -> tuple[dict[str, Any], list[GateIssue], list[dict[str, Any]]]:
    """Raise floors to the current scores (rounded down) and re-pin sha256s.

    Returns the new baseline, the floors kept because they would have been lowered without
    ``allow_lower`` (as ``LG041`` issues), and the history entries added.
    """
    day = (today or _dt.date.today()).isoformat()
    new = json.loads(json.dumps(baseline))  # deep copy
    new.setdefault("about", _ABOUT)
    new.setdefault("version", BASELINE_VERSION)
    new.setdefault("sets", {})
    new.setdefault("history", [])
    kept: list[GateIssue] = []
    added: list[dict[str, Any]] = []
    for s in sets:
        entry = new["sets"].setdefault(s.name, {})
        floors: dict[str, Any] = entry.setdefault("floors", {})
        changes: dict[str, list[Any]] = {}
        lowered = False
        old_sha = entry.get("sha256")
        if old_sha != s.sha256:
            changes["sha256"] = [old_sha, s.sha256]
            entry["sha256"] = s.sha256
        entry["records"] = s.total_records
        scores = s.headline()
        for metric, value in scores.items():
            target = _floor_of(metric, value)
            old = floors.get(metric)
            if old is None or target > old + _EPS:
                floors[metric] = target
                changes[metric] = [old, target]
            elif target < old - _EPS:
                if allow_lower:
                    floors[metric] = target
                    changes[metric] = [old, target]
                    lowered = True
                else:
                    kept.append(
                        GateIssue(
                            "LG041",
                            s.name,
                            f"{s.name} {metric} = {_fmt(metric, value)} is below its floor {_fmt(metric, old)}; "
                            "the floor was kept (pass --allow-lower REASON to lower it)",
                            metric=metric,
                            floor=old,
                            value=value,
                        )
                    )
        for metric in [m for m in floors if m not in scores]:
            if allow_lower:
                changes[metric] = [floors.pop(metric), None]
                lowered = True
            else:
                kept.append(
                    GateIssue(
                        "LG041",
                        s.name,
                        f"{s.name} {metric} can no longer be computed; the floor {floors[metric]} was kept",
                        metric=metric,
                        floor=floors[metric],
                    )
                )
        entry["floors"] = {m: floors[m] for m in HEADLINE_METRICS if m in floors} | {
            m: v for m, v in floors.items() if m not in HEADLINE_METRICS
        }
        entry["scores"] = {m: (v if m == "no_event_k" else round(v, 4)) for m, v in scores.items()}
        if changes:
            entry["updated"] = day
        order = ("sha256", "records", "floors", "scores", "updated")
        new["sets"][s.name] = {k: entry[k] for k in order if k in entry} | {k: v for k, v in entry.items() if k not in order}
        if changes:
            item: dict[str, Any] = {"date": day, "set": s.name, "changes": changes}
            if lowered:
                item["reason"] = allow_lower
            elif old_sha is None:
                item["reason"] = "pinned"
            elif set(changes) == {"sha256"}:
                item["reason"] = "gold file re-pinned"
            else:
                item["reason"] = "raised to current scores"
            new["history"].append(item)
            added.append(item)
    return new, kept, added
