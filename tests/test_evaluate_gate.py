"""The quality gate and ``legation evaluate`` end to end with a fake coder (no model)."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import click
import pytest
from click.testing import CliRunner

from legation.evaluate import GoldEvent, GoldRecord, GoldSet, PredictedEvent, check_gate, floor2, score_set, update_baseline
from legation.evaluate._gate import load_baseline, save_baseline
from legation.evaluate.cli import register
from legation.records import Actor
from legation import EvaluationError


def test_floor2_rounds_down():
    assert floor2(0.4199999) == 0.41
    assert floor2(0.42) == 0.42
    assert floor2(0.999) == 0.99
    assert floor2(0.0) == 0.0
    assert floor2(1.0) == 1.0


def _scores(root_hits: int, n: int = 4, sha: str = "a" * 64):
    recs = tuple(
        GoldRecord(id=str(i), text="x", format="petr2", events=(GoldEvent(("04",), (("USA", "CHN"),)),),
                   no_events_expected=False)
        for i in range(n)
    ) + (GoldRecord(id="none", text="y", format="petr2", no_events_expected=True),)
    preds = {str(i): [PredictedEvent("04", "USA", "CHN")] for i in range(root_hits)}
    return score_set(GoldSet("g.jsonl", "g.jsonl", sha, recs, len(recs)), preds)


def test_gate_pass_fail_and_sha_mismatch():
    s = _scores(3)  # root F1 = 2*1*.75/1.75 = 0.857
    base, kept, added = update_baseline({}, [s], today=dt.date(2025, 1, 2))
    assert not kept and added[0]["reason"] == "pinned"
    entry = base["sets"]["g.jsonl"]
    assert entry["floors"] == {"root_f1": 0.85, "triple_f1": 0.85, "no_event_k": 1}
    assert entry["sha256"] == "a" * 64 and entry["updated"] == "2025-01-02"
    assert check_gate(base, [s]) == []

    worse = _scores(2)
    issues = check_gate(base, [worse])
    assert {i.code for i in issues} == {"LG041"} and {i.metric for i in issues} == {"root_f1", "triple_f1"}
    assert all(str(i).startswith("[LG041] Quality gate failed: g.jsonl ") for i in issues)

    changed = _scores(3, sha="b" * 64)
    assert [i.code for i in check_gate(base, [changed])] == ["LG042"]

    other = score_set(GoldSet("new.jsonl", "new.jsonl", "c" * 64, (), 0), {})
    assert [i.code for i in check_gate(base, [other])] == ["LG043"]


def test_update_raises_but_never_lowers_without_reason():
    base, _, _ = update_baseline({}, [_scores(2)], today=dt.date(2025, 1, 1))
    assert base["sets"]["g.jsonl"]["floors"]["root_f1"] == 0.66
    raised, kept, added = update_baseline(base, [_scores(4)], today=dt.date(2025, 1, 2))
    assert raised["sets"]["g.jsonl"]["floors"]["root_f1"] == 1.0 and not kept
    assert added[0]["changes"]["root_f1"] == [0.66, 1.0] and added[0]["reason"] == "raised to current scores"

    same, kept, added = update_baseline(raised, [_scores(2)], today=dt.date(2025, 1, 3))
    assert same["sets"]["g.jsonl"]["floors"]["root_f1"] == 1.0  # kept
    assert {i.metric for i in kept} == {"root_f1", "triple_f1"} and all(i.code == "LG041" for i in kept)
    assert added == []

    lowered, kept, added = update_baseline(raised, [_scores(2)], allow_lower="gold re-annotated", today=dt.date(2025, 1, 4))
    assert lowered["sets"]["g.jsonl"]["floors"]["root_f1"] == 0.66 and not kept
    last = lowered["history"][-1]
    assert last["reason"] == "gold re-annotated" and last["date"] == "2025-01-04"
    assert last["changes"]["root_f1"] == [1.0, 0.66]


def test_update_repins_changed_sha():
    base, _, _ = update_baseline({}, [_scores(3)])
    new, kept, added = update_baseline(base, [_scores(3, sha="b" * 64)])
    assert new["sets"]["g.jsonl"]["sha256"] == "b" * 64 and not kept
    assert added[0]["changes"]["sha256"] == ["a" * 64, "b" * 64]


def test_baseline_file_roundtrip_and_errors(tmp_path):
    p = tmp_path / "eval" / "baseline.json"
    base, _, _ = update_baseline({}, [_scores(3)])
    save_baseline(p, base)
    assert load_baseline(p)["sets"]["g.jsonl"]["floors"]["no_event_k"] == 1
    with pytest.raises(EvaluationError, match=r"\[LG044\]"):
        load_baseline(tmp_path / "missing.json")
    assert load_baseline(tmp_path / "missing.json", missing_ok=True)["sets"] == {}
    bad = tmp_path / "bad.json"
    bad.write_text('{"sets": {"g.jsonl": {"floors": {"root_f1": "high"}}}}')
    with pytest.raises(EvaluationError, match=r"\[LG044\]"):
        load_baseline(bad)


# ----------------------------------------------------------------------------- CLI, fake coder

GOLD = [
    {"id": "S1", "text": "Norway met Sweden.", "date": "20150609", "no_events_expected": False,
     "events": [{"eventcode": "040", "sourcecode": "NOR", "targetcode": "SWE"}]},
    {"id": "S2", "text": "Chile criticised Peru.", "date": "20150609", "no_events_expected": False,
     "events": [{"eventcode": "111", "sourcecode": "CHLGOV", "targetcode": "PER"}]},
    {"id": "S3", "text": "It rained.", "date": "20150609", "no_events_expected": True, "events": []},
]


class FakeCoder:
    """Stands in for legation.pipeline.Coder: answers from ``FakeCoder.answers[doc.id]``."""

    answers: dict[str, list[tuple[str, str, str]]] = {}
    instances = 0

    def __init__(self, options=None):
        FakeCoder.instances += 1

    def code(self, docs):
        for doc in docs:
            events = [
                SimpleNamespace(
                    cameo=code, cameo_root=code[:2], confidence=0.9, reciprocal=False,
                    source=Actor(src, 0, 1, src, src), target=Actor(tgt, 2, 3, tgt, tgt) if tgt else None,
                )
                for code, src, tgt in self.answers.get(doc.id, [])
            ]
            yield SimpleNamespace(document=doc, events=events)


@pytest.fixture
def cli(monkeypatch, tmp_path):
    import legation.pipeline

    monkeypatch.setattr(legation.pipeline, "Coder", FakeCoder)
    FakeCoder.instances = 0
    FakeCoder.answers = {"S1": [("040", "NOR", "SWE")], "S2": [("111", "CHL", "PER")]}

    @click.group()
    def main():
        pass

    register(main)
    gold = tmp_path / "mini.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in GOLD))
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, ["evaluate", *map(str, args)])

    return SimpleNamespace(invoke=invoke, gold=gold, baseline=tmp_path / "eval" / "baseline.json")


def test_cli_text_and_json(cli):
    r = cli.invoke(cli.gold)
    assert r.exit_code == 0, r.output
    assert "root (micro)" in r.output and "mini.jsonl" in r.output
    r = cli.invoke(cli.gold, "--json", "--misses", "1")
    d = json.loads(r.stdout)
    assert d["sets"]["mini.jsonl"]["headline"] == {"root_f1": 1.0, "triple_f1": 1.0, "no_event_k": 1}
    assert FakeCoder.instances == 2  # one coder per run


def test_cli_gate_update_fail_and_allow_lower(cli):
    r = cli.invoke("--update-baseline", cli.baseline, cli.gold)
    assert r.exit_code == 0, r.output
    base = json.loads(cli.baseline.read_text())
    assert base["sets"]["mini.jsonl"]["floors"] == {"root_f1": 1.0, "triple_f1": 1.0, "no_event_k": 1}

    r = cli.invoke("--gate", cli.baseline, cli.gold)
    assert r.exit_code == 0 and "quality gate passed" in r.stderr

    FakeCoder.answers = {"S1": [("040", "NOR", "SWE")], "S3": [("010", "NOR", "")]}
    r = cli.invoke("--gate", cli.baseline, cli.gold)
    assert r.exit_code == 5
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("[LG041]")]
    assert {ln.split()[5] for ln in lines} == {"root_f1", "triple_f1", "no_event_k"}

    r = cli.invoke("--gate", cli.baseline, cli.gold, "--json")
    assert r.exit_code == 5 and json.loads(r.stdout)["gate"]["passed"] is False

    r = cli.invoke("--update-baseline", cli.baseline, cli.gold)
    assert r.exit_code == 5 and "[LG041]" in r.stderr
    assert json.loads(cli.baseline.read_text())["sets"]["mini.jsonl"]["floors"]["root_f1"] == 1.0

    r = cli.invoke("--update-baseline", cli.baseline, cli.gold, "--allow-lower", "coder rewrite")
    assert r.exit_code == 0, r.output
    base = json.loads(cli.baseline.read_text())
    assert base["sets"]["mini.jsonl"]["floors"]["no_event_k"] == 0
    assert base["history"][-1]["reason"] == "coder rewrite"
    assert base["history"][-1]["date"] == dt.date.today().isoformat()


def test_cli_gate_sha_mismatch(cli):
    assert cli.invoke("--update-baseline", cli.baseline, cli.gold).exit_code == 0
    cli.gold.write_text(cli.gold.read_text() + json.dumps(dict(GOLD[2], id="S4")) + "\n")
    r = cli.invoke("--gate", cli.baseline, cli.gold)
    assert r.exit_code == 5 and "[LG042]" in r.stderr


def test_cli_errors(cli, tmp_path):
    r = cli.invoke(tmp_path / "missing.jsonl")
    assert r.exit_code == 5 and "[LG040]" in r.stderr
    r = cli.invoke("--gate", tmp_path / "nobase.json", cli.gold)
    assert r.exit_code == 5 and "[LG044]" in r.stderr
    r = cli.invoke("--gate", cli.baseline, cli.gold)  # baseline missing
    assert r.exit_code == 5
    cli.baseline.parent.mkdir(exist_ok=True)
    cli.baseline.write_text('{"sets": {}}')
    r = cli.invoke("--gate", cli.baseline, cli.gold)
    assert r.exit_code == 5 and "[LG043]" in r.stderr
    r = cli.invoke("--allow-lower", "x", cli.gold)
    assert r.exit_code == 2 and "[LG003]" in r.stderr
    r = cli.invoke("--gate", cli.baseline, "--limit", "1", cli.gold)
    assert r.exit_code == 2 and "[LG003]" in r.stderr
