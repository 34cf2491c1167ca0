"""POLECAT TSV, PLOVER JSONL, flat CSV and Parquet exports, and the export() dispatcher."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from export_factories import make_merged, sample_merged
from legation import ConfigError
from legation.export import (
    FLAT_COLUMNS,
    FORMATS,
    MENTION_COLUMNS,
    PLOVER_KEYS,
    PLOVER_REQUIRED_KEYS,
    POLECAT_COLUMNS,
    export,
    filter_events,
    write_csv,
    write_parquet,
    write_plover,
    write_polecat,
)


def _tsv(path):
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)


# ----------------------------------------------------------------------------- POLECAT


def test_polecat_columns_and_rows(tmp_path):
    assert len(POLECAT_COLUMNS) == 40 and len(set(POLECAT_COLUMNS)) == 40
    result = write_polecat(sample_merged(), tmp_path / "p.tsv")
    df = _tsv(tmp_path / "p.tsv")
    assert list(df.columns) == list(POLECAT_COLUMNS)
    assert len(df) == 5 and result.events == 5 and result.skipped == 1  # the CAMEO 01 statement
    assert "m4" not in set(df["Event ID"])
    r = df.iloc[0]
    assert (r["Event ID"], r["Event Date"], r["Event Type"], r["Event Mode"], r["Quad Code"], r["Contexts"]) == (
        "m1", "2021-09-17", "CONSULT", "visit", "1", "economic",
    )
    assert (r["Actor Country"], r["Primary Actor Sector"], r["Actor Name Raw"]) == ("USA", "GOV", "The United States")
    assert (r["Recipient Country"], r["Recipient Name Raw"]) == ("VNM", "Vietnam")
    assert (r["Placename"], r["City"], r["Country"], r["Raw Placename"]) == ("Hanoi", "Hanoi", "VNM", "Hanoi")
    assert (r["Source"], r["Publication Date"], r["Language"]) == ("Example News", "2021-09-18", "en")
    assert r["Version"].startswith("legation ")


def test_polecat_empty_not_invented(tmp_path):
    write_polecat(sample_merged(), tmp_path / "p.tsv")
    df = _tsv(tmp_path / "p.tsv")
    for c in ("Event Intensity", "Actor COW", "Recipient COW", "Wikipedia Actor ID", "Wikipedia Recipient ID",
              "District", "Province", "GeoNames ID", "Feature Type", "Story People", "Story Organizations", "Story Locations"):
        assert (df[c] == "").all(), c
    month = df[df["Event ID"] == "m2"].iloc[0]
    assert month["Event Date"] == "2021-09"  # the date at its own precision
    assert (month["Actor Name"], month["Actor Title"]) == ("Joe Biden", "President")
    assert month["Recipient Country"] == ""  # an IGO is no country
    lonely = df[df["Event ID"] == "m3"].iloc[0]
    for c in POLECAT_COLUMNS:
        if c.startswith("Recipient") or c in ("Event Date", "Placename", "City", "Country", "Latitude", "Longitude", "Raw Placename", "Source", "Publication Date"):
            assert lonely[c] == "", c
    assert lonely["Actor Name"] == ""  # no canonical name: the raw text stays in Actor Name Raw
    assert lonely["Actor Name Raw"] == "Russian forces"


def test_polecat_keep_unmapped(tmp_path):
    result = write_polecat(sample_merged(), tmp_path / "p.tsv", keep_unmapped=True)
    df = _tsv(tmp_path / "p.tsv")
    assert result.skipped == 0 and len(df) == 6
    assert df[df["Event ID"] == "m4"].iloc[0]["Event Type"] == ""


# ----------------------------------------------------------------------------- PLOVER


def test_plover_lines_parse_and_carry_required_keys(tmp_path):
    result = write_plover(sample_merged(), tmp_path / "p.jsonl")
    lines = (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == result.events == 5
    records = [json.loads(line) for line in lines]
    for rec in records:
        assert tuple(rec) == PLOVER_KEYS
        for key in PLOVER_REQUIRED_KEYS:
            assert key in rec
        assert isinstance(rec["source"], list) and rec["source"][0]["actor_text"]
        assert isinstance(rec["event"], list) and len(rec["event"]) == 1
    first = records[0]
    assert (first["id"], first["date"], first["enddate"], first["event"], first["mode"]) == ("m1", "2021-09-17", None, ["CONSULT"], ["visit"])
    assert first["source"][0]["code"] == "USA" and first["source"][0]["cameo_code"] == "USAGOV"
    assert first["recipient"][0]["code"] == "VNM"
    loc = first["event_loc"]
    assert (loc["name"], loc["country code"], loc["cc3"], loc["admin1 code"]) == ("Hanoi", "VN", "VNM", "44")
    assert first["event_text"] == ["visited"]
    assert first["quad_code"] == 1 and first["event_scale"] == 1.9
    assert first["cite_info"]["url"] == "https://example.org/news/1"
    assert first["num_mentions"] == 2 and len(first["mentions"]) == 2
    # pandas reads the file as JSON lines
    df = pd.read_json(tmp_path / "p.jsonl", lines=True)
    assert len(df) == 5 and list(df.columns) == list(PLOVER_KEYS)


def test_plover_empty_not_invented(tmp_path):
    write_plover(sample_merged(), tmp_path / "p.jsonl")
    recs = {r["id"]: r for r in map(json.loads, (tmp_path / "p.jsonl").read_text().splitlines())}
    lonely = recs["m3"]
    assert lonely["date"] is None and lonely["enddate"] is None and lonely["date_text"] is None
    assert lonely["recipient"] == [] and lonely["event_loc"] is None
    assert lonely["cite_info"]["url"] is None and lonely["cite_info"]["publication"] is None
    assert lonely["modality"] == "negated"
    month = recs["m2"]
    assert (month["date"], month["enddate"], month["date_precision"]) == ("2021-09-01", "2021-09-30", "month")
    assert month["source"][0]["identifier_text"] == "Joe Biden" and month["source"][0]["office"] == "President"
    assert month["recipient"][0]["code"] == "IGO" and month["recipient"][0]["organisation"] == "UNO"
    assert month["recipient"][0]["identifier_id"] is None


def test_plover_keep_unmapped(tmp_path):
    write_plover(sample_merged(), tmp_path / "p.jsonl", keep_unmapped=True)
    recs = {r["id"]: r for r in map(json.loads, (tmp_path / "p.jsonl").read_text().splitlines())}
    assert recs["m4"]["event"] == [] and recs["m4"]["quad_code"] is None and recs["m4"]["cameo"] == "010"


# ----------------------------------------------------------------------------- CSV


def test_csv_columns_and_empty_fields(tmp_path):
    result = write_csv(sample_merged(), tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv", dtype=str, keep_default_na=False)
    assert list(df.columns) == [c.name for c in FLAT_COLUMNS]
    assert len(df) == result.events == 6
    r = df.iloc[0]
    assert (r.id, r.cameo, r.date_start, r.source_sectors, r.plover_context) == ("m1", "042", "2021-09-17", "GOV", "economic")
    lonely = df[df.id == "m3"].iloc[0]
    for c in [c.name for c in FLAT_COLUMNS if c.name.startswith(("target_", "location_"))] + ["date_start", "date_end", "date_text", "url", "outlet", "doc_date", "first_reported"]:
        assert lonely[c] == "", c
    ny = df[df.id == "12345"].iloc[0]
    assert ny.sentence == 'China signed a "historic" deal with American firms.'  # quotes survive, tab folded


def test_csv_refuses_a_directory(tmp_path):
    with pytest.raises(ConfigError):
        write_csv([make_merged()], tmp_path)


# ----------------------------------------------------------------------------- Parquet


def test_parquet_loads_in_duckdb_and_pandas(tmp_path):
    result = write_parquet(sample_merged(), tmp_path / "pq", batch_size=2)  # several record batches
    ev, mn = tmp_path / "pq" / "events.parquet", tmp_path / "pq" / "mentions.parquet"
    assert result.events == 6 and result.mentions == 7
    assert duckdb.sql(f"select count(*) from '{ev}'").fetchall()[0][0] == 6
    assert duckdb.sql(f"select count(*) from '{mn}'").fetchall()[0][0] == 7
    joined = duckdb.sql(f"select e.id, count(*) n from '{ev}' e join '{mn}' m on m.event_id = e.id group by e.id order by n desc, e.id").fetchall()
    assert joined[0] == ("m1", 2)
    df = pd.read_parquet(ev)
    assert list(df.columns) == [c.name for c in FLAT_COLUMNS]
    dm = pd.read_parquet(mn)
    assert list(dm.columns) == [c.name for c in MENTION_COLUMNS]
    lonely = df[df.id == "m3"].iloc[0]
    assert pd.isna(lonely.target_code) and pd.isna(lonely.location_lat) and pd.isna(lonely.date_start)
    nulls = duckdb.sql(f"select target_code, location_lat, date_start, url from '{ev}' where id = 'm3'").fetchall()
    assert nulls == [(None, None, None, None)]  # real NULLs, not empty strings
    assert list(df[df.id == "m1"].iloc[0].source_sectors) == ["GOV"]
    types = {r[0]: r[1] for r in duckdb.sql(f"describe select * from '{ev}'").fetchall()}
    assert types["date_start"] == "DATE" and types["goldstein"] == "DOUBLE" and types["quad_class"] == "BIGINT"
    assert types["source_sectors"] == "VARCHAR[]"


def test_parquet_empty_export_is_valid(tmp_path):
    write_parquet([], tmp_path / "pq")
    assert duckdb.sql(f"select count(*) from '{tmp_path / 'pq' / 'events.parquet'}'").fetchall()[0][0] == 0


# ----------------------------------------------------------------------------- dispatcher and filters


def test_export_dispatches_every_format(tmp_path):
    for fmt, (_, is_dir) in FORMATS.items():
        out = tmp_path / (fmt if is_dir else f"x.{fmt}")
        result = export(iter(sample_merged()), fmt, out, header=True, keep_unmapped=True)
        assert result.events == 6
        assert all(p.exists() and p.stat().st_size > 0 for p in result.paths)
    with pytest.raises(ConfigError):
        export([], "xml", tmp_path / "x")


def test_bare_events_are_accepted(tmp_path):
    events = [m.event for m in sample_merged()]
    result = write_csv(events, tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv", dtype=str, keep_default_na=False)
    assert result.events == 6 and (df.num_mentions == "1").all()


def test_filter_events():
    import datetime as dt

    data = sample_merged()
    ids = lambda **kw: [m.id for m in filter_events(data, **kw)]  # noqa: E731
    assert ids(source="USA") == ["m1", "m2", "m4"]
    assert ids(source="USAGOV", target="UNO") == ["m2"]
    assert ids(target="IGO") == ["m2"]
    assert ids(cameo=["04"]) == ["m1", "m2"]
    assert ids(cameo=["13", "11"]) == ["m3", "m5"]
    assert ids(modality=["negated"]) == ["m3"]
    assert ids(since=dt.date(2021, 9, 17), until=dt.date(2021, 9, 17)) == ["m1", "m2", "m4", "m5", "12345"]
    assert ids(since=dt.date(2021, 9, 20)) == ["m2"]  # the September range overlaps
