"""The ``legation code`` / ``legation demo`` command line: exit statuses, coded failure lines, the
summary, every output format, stdin and ``--date``.

Tests that need no events run on a stub coder (fast); the ``model`` ones share one loaded model.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import legation.pipeline as pipeline
from legation._errors import ResourceError
from legation.cli import cli
from legation.output import CSV_COLUMNS
from legation.records import Failure

GOOD = "The Kenyan president will visit Japan from May 3 to 5.\n"
SUMMARY_RE = re.compile(r"coded (\d+) document\(s\), (\d+) sentence\(s\), (\d+) event\(s\) in [\d.]+ s; (\d+) failed")


def _summary(stderr: str) -> tuple[int, int, int, int]:
    m = SUMMARY_RE.search(stderr)
    assert m, stderr
    docs, sents, events, failed = (int(x) for x in m.groups())
    return docs, sents, events, failed


def _folder(tmp_path: Path) -> Path:
    """One good document and one of each bad input."""
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "a-good.txt").write_text("date 2023-04-20 " + GOOD, encoding="utf-8")
    (root / "b-empty.txt").write_bytes(b"")
    (root / "c-binary.txt").write_bytes(b"\x00\x01\x02\x00")
    (root / "d-latin1.txt").write_bytes(b"caf\xe9 in Hanoi")
    (root / "e-records.jsonl").write_text(
        '{"id": "broken"\n'
        + json.dumps({"id": "no-text", "title": "x"}) + "\n"
        + json.dumps({"id": "bad-date", "text": GOOD, "date": "soon"}) + "\n",
        encoding="utf-8",
    )
    return root


class _StubCoder:
    """Stands in for the model: every document is coded with no events."""

    def __init__(self, options=None, **kw):
        self.options = options

    def code(self, items):
        for item in items:
            if isinstance(item, Failure):
                yield item
            else:
                yield pipeline.CodedDocument(item, [], [])


@pytest.fixture
def stub_runner(monkeypatch):
    monkeypatch.setattr(pipeline, "Coder", _StubCoder)
    return CliRunner()


# ---------------------------------------------------------------------------- without the model


def test_failures_are_listed_and_the_run_goes_on(stub_runner, tmp_path):
    result = stub_runner.invoke(cli, ["code", str(_folder(tmp_path)), "--format", "jsonl"])
    assert result.exit_code == 1
    codes = re.findall(r"^\[(LG\d{3})\] ", result.stderr, flags=re.M)
    assert codes == ["LG010", "LG011", "LG012", "LG013", "LG014", "LG015"]
    docs, _, _, failed = _summary(result.stderr)
    assert (docs, failed) == (1, 6)
    assert "LG010: 1" in result.stderr and "LG015: 1" in result.stderr


def test_all_good_exits_zero(stub_runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = stub_runner.invoke(cli, ["code", str(tmp_path / "a.txt"), "--date", "2023-04-20"])
    assert result.exit_code == 0, result.stderr
    assert _summary(result.stderr)[3] == 0


def test_missing_path_is_a_usage_error(stub_runner, tmp_path):
    result = stub_runner.invoke(cli, ["code", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "[LG001]" in result.stderr and "nope.txt" in result.stderr


def test_unsupported_input_is_a_usage_error(stub_runner, tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    result = stub_runner.invoke(cli, ["code", str(tmp_path / "scan.pdf")])
    assert result.exit_code == 2 and "[LG002]" in result.stderr


@pytest.mark.parametrize("args", [["code"], ["code", "x.txt", "--date", "17/09/2021"], ["code", "x.txt", "--format", "xml"], ["nonsense"]])
def test_bad_options_exit_two(stub_runner, tmp_path, args):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    result = stub_runner.invoke(cli, [a.replace("x.txt", str(tmp_path / "x.txt")) for a in args])
    assert result.exit_code == 2


def test_bad_date_option_message_is_coded(stub_runner, tmp_path):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    result = stub_runner.invoke(cli, ["code", str(tmp_path / "x.txt"), "--date", "yesterday"])
    assert result.exit_code == 2 and "LG003" in result.stderr


def test_missing_model_exits_three(monkeypatch, tmp_path):
    def no_model(*a, **kw):
        raise ResourceError("LG005", "cannot load spaCy model 'xx'")

    monkeypatch.setattr(pipeline, "Coder", no_model)
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(tmp_path / "x.txt")])
    assert result.exit_code == 3
    assert "[LG005]" in result.stderr and "pip install" in result.stderr


def test_load_model_reports_a_missing_package():
    from legation.nlp import load_model

    with pytest.raises(ResourceError) as info:
        load_model("legation_no_such_model_xyz")
    assert info.value.code == "LG005" and info.value.exit_status == 3


def test_quiet_drops_warnings_and_summary(stub_runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    loud = stub_runner.invoke(cli, ["code", str(tmp_path / "a.txt")])
    assert "warning: a: no publication date" in loud.stderr
    quiet = stub_runner.invoke(cli, ["code", "-q", str(tmp_path / "a.txt")])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_stdin_documents_reach_the_coder(stub_runner):
    result = stub_runner.invoke(cli, ["code", "-"], input=b"\x00\x00")
    assert result.exit_code == 1 and "[LG011] Binary file: <stdin>" in result.stderr
    assert result.stderr.count("[LG011]") == 1  # the code is said once per failure line


# ---------------------------------------------------------------------------- with the model


@pytest.fixture(scope="module")
def shared_coder():
    return pipeline.Coder(pipeline.Options())


@pytest.fixture
def runner(monkeypatch, shared_coder):
    """The real CLI; every Coder it builds reuses one loaded model and knowledge."""
    real = pipeline.Coder
    monkeypatch.setattr(
        pipeline, "Coder", lambda options=None, **kw: real(options, knowledge=shared_coder.knowledge, nlp=shared_coder.processor.nlp)
    )
    return CliRunner()


@pytest.mark.model
def test_good_document_events_alongside_failures(runner, tmp_path):
    result = runner.invoke(cli, ["code", str(_folder(tmp_path)), "--format", "jsonl"])
    assert result.exit_code == 1
    assert len(re.findall(r"^\[LG0\d\d\] ", result.stderr, flags=re.M)) == 6
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and {e["doc_id"] for e in events} == {"a-good"}
    visit = next(e for e in events if e["cameo"] == "042")
    assert visit["source"]["country"] == "KEN" and visit["target"]["country"] == "JPN"
    assert visit["date"]["start"] == "2023-05-03" and visit["date"]["end"] == "2023-05-05"
    docs, _, n_events, failed = _summary(result.stderr)
    assert (docs, n_events, failed) == (1, len(events), 6)


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_every_format_parses(runner, tmp_path, fmt):
    (tmp_path / "a.txt").write_text(GOOD + "Japan's prime minister visited India.\n", encoding="utf-8")
    result = runner.invoke(cli, ["code", str(tmp_path / "a.txt"), "--format", fmt, "--date", "2023-04-20"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    n = _summary(result.stderr)[2]
    assert n >= 2
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    elif fmt == "json":
        rows = json.loads(out)
    elif fmt == "csv":
        reader = csv.DictReader(io.StringIO(out))
        assert reader.fieldnames == CSV_COLUMNS
        rows = list(reader)
        assert all(r["cameo"] and r["source_code"] for r in rows)
    else:
        lines = out.splitlines()
        assert lines[0].split()[:3] == ["doc", "sent", "cameo"]
        assert set(lines[1]) <= {"-", " "}
        rows = lines[2:]
        assert any(" 042 " in f" {r} " for r in rows)
    assert len(rows) == n


@pytest.mark.model
def test_output_file_option(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = runner.invoke(cli, ["code", str(tmp_path / "a.txt"), "--format", "jsonl", "-o", str(out), "--date", "2023-04-20"])
    assert result.exit_code == 0 and result.stdout == ""
    assert [json.loads(line)["cameo"] for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.model
def test_demo_prints_a_table(runner):
    result = runner.invoke(cli, ["demo"])
    assert result.exit_code == 0, result.stderr
    assert "042" in result.stdout and "VNMGOV" in result.stdout
    assert result.stdout.splitlines()[0].startswith("doc")
    assert "0 failed" in result.stderr


@pytest.mark.model
def test_stdin_text_and_jsonl(runner):
    result = runner.invoke(cli, ["code", "-", "--format", "jsonl"], input=("date 2023-04-20 " + GOOD).encode())
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and all(e["doc_id"] == "stdin" for e in events)
    assert any(e["date"]["start"] == "2023-05-03" for e in events)

    records = json.dumps({"id": "rec-7", "text": GOOD, "date": "2023-04-20"}) + "\n"
    result = runner.invoke(cli, ["code", "-", "--format", "jsonl"], input=records.encode())
    assert result.exit_code == 0, result.stderr
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"rec-7"}


@pytest.mark.model
def test_date_option_resolves_relative_dates(runner, tmp_path):
    (tmp_path / "next.txt").write_text("The Kenyan president will visit Japan next week.\n", encoding="utf-8")
    without = runner.invoke(cli, ["code", str(tmp_path / "next.txt"), "--format", "jsonl"])
    assert without.exit_code == 0
    assert "relative dates stay unresolved" in without.stderr
    (ev,) = [json.loads(line) for line in without.stdout.splitlines() if json.loads(line)["cameo"] == "042"]
    assert ev["date"]["start"] is None and ev["date"]["text"] == "next week" and ev["doc_date"] is None

    with_date = runner.invoke(cli, ["code", str(tmp_path / "next.txt"), "--format", "jsonl", "--date", "2023-04-20"])
    assert with_date.exit_code == 0 and "warning" not in with_date.stderr
    (ev,) = [json.loads(line) for line in with_date.stdout.splitlines() if json.loads(line)["cameo"] == "042"]
    assert (ev["date"]["start"], ev["date"]["end"]) == ("2023-04-24", "2023-04-30")
    assert ev["doc_date"] == "2023-04-20"
    assert dt.date.fromisoformat(ev["date"]["start"]).weekday() == 0
