"""Gold readers: per-record format detection and normalisation (made-up sentences, real shapes)."""

from __future__ import annotations

import json

import pytest

from legation import EvaluationError
from legation.evaluate import GoldSpan, country_of_code, detect_format, parse_record, read_gold, root_class

# One tiny record in the shape of each real gold file (made-up sentences, not gold data).
PLOVER = {
    "id": "PLOVER-TEST-0001",
    "date": "2000-01-01",
    "source": [{"actorText": "Ruritanian", "code": "FRA", "sector": "GOV"}],
    "target": [{"actorText": "Tokyo", "code": "JAP"}, {"actorText": "Rome", "code": "ITL"}],
    "event": "CONSULT",
    "eventText": "met",
    "text": "French officials met envoys from Tokyo and Rome on Monday.",
    "textInfo": {"markup": "(SRC: French) officials (EVT: met) envoys from (TAR: Tokyo) and (TAR: Rome) on Monday."},
    "_derived": {"source_codes": ["FRAGOV"], "target_codes": ["JAP", "ITL"], "reciprocal": False,
                 "cameo_roots_allowed_by_plover": ["04"], "cameo_root": "04"},
}
PLOVER_RECIPROCAL = {
    "id": "PLOVER-TEST-0002",
    "date": "2000-01-01",
    "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}],
    "target": "",
    "event": "AGREE",
    "eventText": "agreed",
    "text": "Chile and Peru agreed to open a joint border post.",
    "textInfo": {"markup": "(SRC/TAR: Chile) and (SRC/TAR: Peru) (EVT: agreed) to open a joint border post."},
    "_derived": {"reciprocal": True, "cameo_roots_allowed_by_plover": ["03"], "cameo_root": "03"},
}
PETR2 = {
    "id": "TEST_1",
    "text": "Norway accused Sweden of violating the fishing treaty.",
    "category": "TEST",
    "date": "20150609",
    "events": [{"eventcode": "112", "sourcecode": "NORGOV", "targetcode": "SWE"},
               {"eventcode": "1124", "sourcecode": "---REB", "targetcode": "IGOUNOMIL"}],
    "no_events_expected": False,
    "comments": [],
}
PETR2_NONE = {
    "id": "TEST_2",
    "text": "The weather in Oslo was mild on Tuesday.",
    "date": "20150609",
    "events": [],
    "no_events_expected": True,
}
CONFLIBERT = {
    "id": "conflibert-cameo-test-9999",
    "text": "Kenya’s foreign minister praised Uganda on Friday.",
    "penta_class": 1,
    "tokens": ["Kenya", "’", "s", "foreign", "minister", "praised", "Uganda", "on", "Friday", "."],
    "bio_tags": ["B-S", "I-S", "I-S", "I-S", "I-S", "O", "B-T", "O", "O", "O"],
    "actor_spans": [{"role": "S", "token_start": 0, "token_end": 5, "text": "Kenya ’ s foreign minister"},
                    {"role": "T", "token_start": 6, "token_end": 7, "text": "Uganda"}],
    "_derived": {"cameo_roots_allowed_by_penta_class": ["03", "04", "05"], "cameo_root": "05"},
}


def test_detects_each_format_per_record():
    assert detect_format(PLOVER) == "plover"
    assert detect_format(PLOVER_RECIPROCAL) == "plover"
    assert detect_format(PETR2) == "petr2"
    assert detect_format(CONFLIBERT) == "conflibert"
    assert detect_format({"id": "x", "text": "Hello."}) is None
    raw_plover = {k: v for k, v in PLOVER.items() if k != "_derived"}
    assert detect_format(raw_plover) == "plover"  # falls back to the PLOVER -> CAMEO table
    assert parse_record(raw_plover).roots == {"04"}


def test_plover_record_countries_and_fixes():
    g = parse_record(PLOVER)
    assert g.format == "plover" and g.id == "PLOVER-TEST-0001"
    assert g.date is not None and g.date.isoformat() == "2000-01-01"
    assert g.roots == {"04"}
    # JAP -> JPN, ITL -> ITA; one triple per source x target
    assert g.triples == {("04", "FRA", "JPN"), ("04", "FRA", "ITA")}
    assert g.penta_class is None and g.spans is None and g.no_events_expected is None


def test_plover_reciprocal_gives_both_directions():
    g = parse_record(PLOVER_RECIPROCAL)
    assert g.events[0].reciprocal
    assert g.triples == {("03", "CHL", "PER"), ("03", "PER", "CHL")}


def test_plover_reciprocal_from_markup_when_not_derived():
    rec = dict(PLOVER_RECIPROCAL, _derived={"cameo_root": "03"})
    assert parse_record(rec).triples == {("03", "CHL", "PER"), ("03", "PER", "CHL")}


def test_plover_ambiguous_root_resolves_against_prediction():
    rec = dict(PLOVER, event="ASSAULT", _derived={"cameo_roots_allowed_by_plover": ["18", "20"], "cameo_root": None})
    g = parse_record(rec)
    assert g.roots == {"18"}
    roots, triples = g.resolve({"20"})
    assert roots == {"20"} and ("20", "FRA", "JPN") in triples
    assert g.resolve({"04"})[0] == {"18"}


def test_petr2_record():
    g = parse_record(PETR2)
    assert g.format == "petr2" and g.date.isoformat() == "2015-06-09"
    assert g.roots == {"11"}
    assert g.triples == {("11", "NOR", "SWE"), ("11", None, "IGO")}
    assert g.no_events_expected is False
    n = parse_record(PETR2_NONE)
    assert n.roots == frozenset() and n.triples == frozenset() and n.no_events_expected is True


def test_petr2_bad_date_is_dropped_not_fatal():
    assert parse_record(dict(PETR2, date="121108")).date is None


def test_conflibert_record_spans_from_tokens():
    g = parse_record(CONFLIBERT)
    assert g.format == "conflibert" and g.penta_class == 1 and g.date is None
    assert g.roots == {"05"} and not g.has_triples and g.triples == frozenset()
    text = CONFLIBERT["text"]
    assert g.spans == (GoldSpan("S", 0, 24, "Kenya’s foreign minister"), GoldSpan("T", 33, 39, "Uganda"))
    assert [text[s.start:s.end] for s in g.spans] == ["Kenya’s foreign minister", "Uganda"]


def test_conflibert_unknown_root_is_left_out_of_root_scoring():
    g = parse_record(dict(CONFLIBERT, _derived={"cameo_root": None}))
    assert not g.roots_known and g.roots == frozenset() and g.penta_class == 1


def test_country_of_code():
    assert country_of_code("USAGOV") == "USA"
    assert country_of_code("IGOUNOMIL") == "IGO"
    assert country_of_code("---REB") is None
    assert country_of_code("---") is None
    assert country_of_code("JAP") == "JPN"
    assert country_of_code("") is None and country_of_code(None) is None


def test_root_class_table():
    assert [root_class(r) for r in ("01", "02", "03", "05", "06", "08", "09", "13", "16", "14", "15", "17", "20")] == [
        0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4]
    assert root_class("042") == 1 and root_class(None) is None


def _write(tmp_path, records, name="gold.jsonl"):
    p = tmp_path / name
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return p


def test_read_gold_mixed_formats_limit_and_sha(tmp_path):
    p = _write(tmp_path, [PLOVER, PETR2, CONFLIBERT, PETR2_NONE])
    gs = read_gold(p)
    assert gs.name == "gold.jsonl" and len(gs.sha256) == 64 and gs.total_records == 4
    assert gs.formats == {"plover": 1, "petr2": 2, "conflibert": 1}
    part = read_gold(p, limit=2)
    assert [r.id for r in part.records] == ["PLOVER-TEST-0001", "TEST_1"] and part.total_records == 4
    assert part.sha256 == gs.sha256


def test_read_gold_duplicate_ids_kept_apart(tmp_path):
    gs = read_gold(_write(tmp_path, [PETR2, PETR2]))
    assert [r.id for r in gs.records] == ["TEST_1", "TEST_1@2"]


@pytest.mark.parametrize(
    "content, needle",
    [
        ('{"id": "a", "text": "Some sentence."}\n', "not a PLOVER GSR"),
        ("not json\n", "not a JSON object"),
        (json.dumps(dict(PETR2, text="")) + "\n", "no text"),
        (json.dumps(dict(PETR2, events=[{"eventcode": "x"}])) + "\n", "not a CAMEO code"),
        (json.dumps(dict(CONFLIBERT, penta_class=7)) + "\n", "not 0-4"),
        ("\n", "no records"),
    ],
)
def test_unreadable_gold_is_lg040(tmp_path, content, needle):
    p = tmp_path / "bad.jsonl"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError) as err:
        read_gold(p)
    assert err.value.code == "LG040" and needle in str(err.value)
    assert err.value.exit_status == 5


def test_missing_gold_file_is_lg040(tmp_path):
    with pytest.raises(EvaluationError, match=r"\[LG040\]"):
        read_gold(tmp_path / "nope.jsonl")
