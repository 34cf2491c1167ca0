"""The store commands through click (a fake coder stands in for spaCy)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from store_factories import FakeCoder

import legation.store.cli as store_cli

ARTICLES = [
    {"id": "vna-1", "date": "2024-09-25", "source": "VNA", "title": "Leaders meet",
     "text": "@ VNMGOV USAGOV 042 2024-09-25 place=USA person=To_Lam | General Secretary To Lam met US President Joe Biden in New York."},
    {"id": "voa-1", "date": "2024-09-26", "source": "VOA",
     "text": "@ VNMGOV USAGOV 040 2024-09-25 place=USA | Vietnam's leader held talks with Biden on Wednesday."},
    {"id": "sggp-1", "date": "2024-09-26", "source": "SGGP",
     "text": "@ VNMGOV USAGOV 042 2024-09-26 place=USA person=To_Lam | The meeting with the American president took place in New York."},
    {"id": "afp-1", "date": "2024-10-07", "source": "AFP",
     "text": "@ VNMGOV FRAGOV 042 2024-10-06 place=FRA person=To_Lam | To Lam visited Paris on October 6."},
    {"id": "afp-2", "date": "2024-10-29", "source": "AFP",
     "text": "@ VNMGOV FRAGOV 042 2024-10-28 place=FRA person=To_Lam | To Lam returned to France on October 28."},
]  # fmt: skip


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.setattr(store_cli, "_make_coder", lambda options: FakeCoder())
    monkeypatch.delenv("LEGATION_DB", raising=False)

    @click.group()
    def group() -> None:
        pass

    store_cli.register(group)
    runner = CliRunner()

    def run(*args: str, code: int = 0):
        result = runner.invoke(group, list(args), catch_exceptions=False)
        assert result.exit_code == code, (result.output, result.stderr)
        return result

    return run


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "articles.jsonl"
    p.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return p


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def test_register_adds_the_commands():
    group = click.Group()
    store_cli.register(group)
    assert set(group.commands) == {"ingest", "events", "dyads", "actors", "show", "failures"}


def test_ingest_twice_then_query(cli, corpus, db):
    r = cli("ingest", str(corpus), "--db", db)
    assert "5 new" in r.stderr and "3 new events, 2 merged" in r.stderr.replace("events: 5 coded, ", "")
    r = cli("ingest", str(corpus), "--db", db)
    assert "skipped 5 already stored" in r.stderr and "0 new" in r.stderr

    r = cli("events", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 3
    meeting = rows[0]
    assert meeting["num_mentions"] == 3 and meeting["num_sources"] == 3
    assert [m["doc_id"] for m in meeting["mentions"]] == ["vna-1", "voa-1", "sggp-1"]

    r = cli("events", "--db", db, "--actor", "VNM", "--target", "USA")
    assert meeting["id"] in r.stdout and "MENTIONS" in r.stdout and "afp" not in r.stdout
    r = cli("events", "--db", db, "--person", "to lam", "--since", "2024-10", "--format", "json")
    assert len(json.loads(r.stdout)) == 2
    r = cli("events", "--db", db, "--cameo", "04", "--sort", "mentions", "--limit", "1", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(table) == 1 and table[0]["num_mentions"] == "3" and table[0]["source_code"] == "VNMGOV"
    r = cli("events", "--db", db, "--text", "paris", "--location", "FRA")
    assert "Paris" in r.stdout
    r = cli("events", "--db", db, "--until", "2024-09")
    assert "2024-09-25" in r.stdout and "2024-10" not in r.stdout

    r = cli("show", meeting["id"], "--db", db)
    out = r.stdout
    assert out.count("mention ") == 3 and "first mention" in out
    assert "same dyad VNM/GOV->USA/GOV, root 04" in out and "Leaders meet" in out and "[" in out
    r = cli("show", meeting["id"], "--db", db, "--format", "json")
    assert json.loads(r.stdout)["id"] == meeting["id"]

    r = cli("dyads", "--db", db, "--period", "month", "--format", "csv")
    dy = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(d["period"], d["source"], d["target"], d["events"]) for d in dy] == [
        ("2024-09", "VNM", "USA", "1"),
        ("2024-10", "VNM", "FRA", "2"),
    ]
    r = cli("dyads", "--db", db, "--period", "week")
    assert "2024-W39" in r.stdout and "MEAN_GS" in r.stdout

    r = cli("actors", "--db", db)
    assert "To Lam" in r.stdout
    r = cli("actors", "--db", db, "--people", "--format", "json")
    assert [a["name"] for a in json.loads(r.stdout)] == ["To Lam"]

    r = cli("failures", "--db", db)
    assert "(none)" in r.stdout


def test_failed_documents_give_exit_status_1_and_are_listed(cli, tmp_path, db):
    p = tmp_path / "mixed.jsonl"
    p.write_text(json.dumps(ARTICLES[0]) + "\n{not json\n" + json.dumps({"id": "x", "text": "@boom"}) + "\n", encoding="utf-8")
    r = cli("ingest", str(p), "--db", db, code=1)
    assert "[LG013]" in r.stderr and "[LG019]" in r.stderr and "2 failed" in r.stderr
    r = cli("failures", "--db", db, "--format", "jsonl")
    codes = [json.loads(line)["code"] for line in r.stdout.splitlines()]
    assert codes == ["LG013", "LG019"]
    r = cli("failures", "--db", db, "--code", "LG013")
    assert "mixed.jsonl:2" in r.stdout


def test_ingest_a_feed(cli, tmp_path, db):
    from test_store_ingest import RSS

    feed = tmp_path / "feed.xml"
    feed.write_text(RSS.replace("General Secretary", "@ VNMGOV USAGOV 042 2024-09-25 | General Secretary"), encoding="utf-8")
    r = cli("ingest", "--feed", str(feed), "--db", db, code=1)  # one entry has no text
    assert "2 new" in r.stderr and "LG010" in r.stderr
    r = cli("events", "--db", db, "--format", "jsonl")
    assert json.loads(r.stdout.splitlines()[0])["mentions"][0]["outlet"] == "Hanoi Times"


def test_store_errors_exit_4(cli, tmp_path, db):
    r = cli("events", "--db", str(tmp_path / "absent.db"), code=4)
    assert "[LG030]" in r.stderr
    cli("ingest", "--db", db, str(tmp_path / "nothing-here.txt"), code=2)  # LG001 is a usage error
    r = cli("show", "ev_nope", "--db", db, code=4)
    assert "[LG033]" in r.stderr
    r = cli("ingest", "--db", db, code=2)
    assert "give PATHS" in r.stderr


def test_bad_filter_values(cli, corpus, db):
    cli("ingest", str(corpus), "--db", db)
    r = cli("events", "--db", db, "--cameo", "visit", code=2)
    assert "[LG003]" in r.stderr
    cli("events", "--db", db, "--since", "last week", code=2)


def test_db_from_environment(cli, corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("LEGATION_DB", str(tmp_path / "env.db"))
    cli("ingest", str(corpus))
    assert (tmp_path / "env.db").exists()
    r = cli("events", "--format", "jsonl")
    assert len(r.stdout.splitlines()) == 3
