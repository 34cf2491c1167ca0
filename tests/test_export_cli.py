"""`legation export` and `legation plot` against a real SQLite store filled with hand-built records."""

from __future__ import annotations

import json

import click
import pandas as pd
import pytest
from click.testing import CliRunner

from export_factories import sample_merged, timeline_events
from legation import CodedDocument, Document, Sentence
from legation.export import GDELT_EVENT_COLUMNS, POLECAT_COLUMNS
from legation.export.cli import register

store = pytest.importorskip("legation.store")


def _coded(ev):
    text = " " * ev.sentence_start + ev.sentence + f" [{ev.doc_id}]"
    doc = Document(id=ev.doc_id, text=text, date=ev.doc_date, url=f"https://example.org/{ev.doc_id}", source="Example")
    return CodedDocument(doc, [Sentence(ev.doc_id, ev.sentence_index, ev.sentence_start, ev.sentence_end, ev.sentence)], [ev])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "t.db"
    with store.open_store(str(path)) as st:
        st.ingest(_coded(m.event) for m in sample_merged() + timeline_events(60))
    return str(path)


@pytest.fixture()
def cli():
    @click.group()
    def group() -> None:
        pass

    register(group)
    return group


def _run(cli, *args, env=None):
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result


def test_register_adds_commands(cli):
    assert {"export", "plot"} <= set(cli.commands)
    assert {"dyad", "network"} <= set(cli.commands["plot"].commands)


def test_export_every_format(cli, db, tmp_path):
    r = _run(cli, "export", "--db", db, "--format", "gdelt", "-o", str(tmp_path / "g"))
    assert r.exit_code == 0, r.output
    ev = pd.read_csv(tmp_path / "g" / "events.tsv", sep="\t", header=None, names=list(GDELT_EVENT_COLUMNS), dtype=str)
    assert len(ev) == 66 and ev.shape[1] == 61

    r = _run(cli, "export", "--db", db, "--format", "polecat", "-o", str(tmp_path / "p.tsv"))
    assert r.exit_code == 0 and "skipped" in r.output
    assert list(pd.read_csv(tmp_path / "p.tsv", sep="\t").columns) == list(POLECAT_COLUMNS)

    r = _run(cli, "export", "--db", db, "--format", "plover", "-o", str(tmp_path / "p.jsonl"), "--keep-unmapped")
    assert r.exit_code == 0
    assert len([json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]) == 66

    r = _run(cli, "export", "--format", "parquet", "-o", str(tmp_path / "pq"), env={"LEGATION_DB": db})
    assert r.exit_code == 0
    assert len(pd.read_parquet(tmp_path / "pq" / "events.parquet")) == 66


def test_export_filters(cli, db, tmp_path):
    out = tmp_path / "f.csv"
    r = _run(cli, "export", "--db", db, "--format", "csv", "-o", str(out), "--source", "USA", "--target", "CHN", "--cameo", "04", "--cameo", "19")
    assert r.exit_code == 0, r.output
    df = pd.read_csv(out, dtype=str)
    assert len(df) > 0
    assert set(df.source_country) == {"USA"} and set(df.target_country) == {"CHN"}
    assert all(c.startswith(("04", "19")) for c in df.cameo)
    r = _run(cli, "export", "--db", db, "--format", "csv", "-o", str(out), "--since", "2021-06-01", "--until", "2021-06-30", "--modality", "occurred")
    df = pd.read_csv(out, dtype=str)
    assert len(df) > 0 and all("2021-06-01" <= d <= "2021-06-30" for d in df.date_start)


def test_plot_commands(cli, db, tmp_path):
    r = _run(cli, "plot", "dyad", "USA", "CHN", "--period", "quarter", "-o", str(tmp_path / "d.png"), "--db", db)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "d.png").read_bytes()[:4] == b"\x89PNG"
    r = _run(cli, "plot", "network", "USA", "--since", "2021-01-01", "--until", "2021-12-31", "-o", str(tmp_path / "n.svg"), "--db", db)
    assert r.exit_code == 0, r.output
    assert b"<svg" in (tmp_path / "n.svg").read_bytes()[:2000]


def test_errors_are_reported_with_codes(cli, tmp_path):
    r = _run(cli, "export", "--db", str(tmp_path / "missing.db"), "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert r.exit_code == 4 and "[LG030]" in r.output
    assert not (tmp_path / "missing.db").exists()
    r = _run(cli, "export", "--format", "csv", "-o", "x.csv", "--since", "yesterday")
    assert r.exit_code == 2 and "LG003" in r.output


def test_bad_chart_extension(cli, db, tmp_path):
    r = _run(cli, "plot", "dyad", "USA", "CHN", "-o", str(tmp_path / "d.jpg"), "--db", db)
    assert r.exit_code == 2 and "[LG003]" in r.output
