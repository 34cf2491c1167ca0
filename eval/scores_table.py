#!/usr/bin/env python3
"""Render `legation evaluate --json` output as the scores table of docs/evaluation.md.

    legation evaluate --json --misses 0 GOLD... > scores.json
    python eval/scores_table.py scores.json
"""

from __future__ import annotations

import json
import sys

# anchors measured by the project brief on the same gold with the same scorer ("-": not measured)
ANCHORS = {
    ("plover", "root"): ("0.28", "0.44"),
    ("plover", "triple"): ("0.18", "0.25"),
    ("petr2", "triple"): ("0.79", "0.41"),
    ("conflibert", "class"): ("0.46", "0.55"),
    ("conflibert", "spans"): ("0.37", "0.62"),
}


def prf(m: dict) -> str:
    return f"{m['precision']:.3f} / {m['recall']:.3f} / **{m['f1']:.3f}**"


def main(path: str) -> None:
    data = json.load(open(path, encoding="utf-8"))
    rows = ["| gold set | metric | legation | PETRARCH2 | UniversalPetrarch |", "|---|---|---|---|---|"]
    for name, s in data["sets"].items():
        kind = ("plover" if name.startswith("plover") else "petr2" if name.startswith("petr2")
                else "invented" if name.startswith("invented") else "conflibert")
        label = {"plover": "PLOVER GSR", "petr2": "PETRARCH-2 validation", "conflibert": "ConfliBERT test",
                 "invented": "legation invented dev set"}[kind]
        first = f"{label} ({s['records']})"

        def row(metric: str, value: str, key: str) -> None:
            nonlocal first
            a = ANCHORS.get((kind, key), ("-", "-"))
            rows.append(f"| {first} | {metric} | {value} | {a[0]} | {a[1]} |")
            first = ""

        row("root P / R / F1", prf(s["root"]), "root")
        if s.get("triple"):
            row("triple (country) P / R / F1", prf(s["triple"]), "triple")
        if s.get("dyad"):
            row("dyad F1", f"{s['dyad']['f1']:.3f}", "dyad")
        if s.get("no_event"):
            ne = s["no_event"]
            row("no-event sentences with no events", f"**{ne['k']} of {ne['n']}**", "no_event")
        if s.get("class"):
            row("5-way class macro-F1", f"**{s['class']['macro_f1']:.3f}**", "class")
            per = ", ".join(f"{k} {v['f1']:.2f}" if isinstance(v, dict) else f"{k} {v:.2f}" for k, v in s["class"]["per_class"].items())
            rows.append(f"| | per-class F1 | {per} | | |")
        if s.get("spans"):
            sp = s["spans"]
            row("actor span recall (precision)", f"**{sp['recall']:.3f}** ({sp['precision']:.3f})", "spans")
    print("\n".join(rows))
    t = data["timing"]
    print(f"\nload {t['load_seconds']:.1f} s, coding {t['coding_seconds']:.1f} s for {t['sentences']} sentences, total {t['total_seconds']:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1])
