"""ingest: every reader path, every bad-input case, publication-date discovery and page debris.

Hand-built inputs in tmp folders; no spaCy model is loaded (fast).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from legation._errors import CATALOGUE, ConfigError
from legation.ingest import debris_spans, document_from_text, find_publication_date, parse_date_value, read_documents
from legation.options import Options
from legation.records import Document, Failure

BODY = "Vietnam and Cuba signed a trade agreement in Havana."


def _write(path: Path, data: "str | bytes") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _read(*paths: object, options: Options | None = None, stdin: object = None) -> list:
    return list(read_documents([str(p) for p in paths], options, stdin=stdin))  # type: ignore[arg-type]


def _docs(items: list) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def _failures(items: list) -> list[Failure]:
    return [x for x in items if isinstance(x, Failure)]


def _assert_actionable(f: Failure, code: str) -> None:
    """A failure prints as ``[LGxxx] where: message`` and carries the catalogue's fix."""
    assert f.code == code
    assert str(f).startswith(f"[{code}]")
    title, fix = CATALOGUE[code]
    assert title in f.message and fix in f.message


# ---------------------------------------------------------------------------- plain text


def test_txt_file_id_is_stem_and_path_kept(tmp_path):
    p = _write(tmp_path / "article-17.txt", BODY + "\n")
    (doc,) = _read(p)
    assert isinstance(doc, Document)
    assert doc.id == "article-17"
    assert doc.text.startswith(BODY)
    assert doc.path == str(p)
    assert doc.date is None and doc.date_source is None


def test_txt_utf8_bom_is_dropped(tmp_path):
    p = _write(tmp_path / "bom.txt", "\ufeff".encode("utf-8") + "Việt Nam welcomed the visit.".encode("utf-8"))
    (doc,) = _read(p)
    assert doc.text == "Việt Nam welcomed the visit."


def test_file_without_suffix_is_read_as_text(tmp_path):
    p = _write(tmp_path / "README", BODY)
    (doc,) = _read(p)
    assert isinstance(doc, Document) and doc.id == "README"


# ---------------------------------------------------------------------------- JSONL / JSON


def test_jsonl_ids_dates_and_metadata(tmp_path):
    p = _write(
        tmp_path / "feed.jsonl",
        _jsonl(
            {"id": "a1", "text": BODY, "date": "2021-09-17", "title": "Trade deal", "url": "https://example.com/a1", "source": "VNS"},
            {"id": "a2", "text": BODY, "published": "2025-03-14 20:30:26Z"},
            {"id": 3, "text": BODY, "pub_date": "20080804"},
            {"id": "a4", "text": BODY, "date": "2021-09-17T10:00:00+07:00", "outlet": "Reuters"},
        ),
    )
    items = _read(p)
    assert not _failures(items)
    a1, a2, a3, a4 = items
    assert [d.id for d in items] == ["a1", "a2", "3", "a4"]
    assert a1.date == dt.date(2021, 9, 17) and a1.date_source == "metadata"
    assert (a1.title, a1.url, a1.source) == ("Trade deal", "https://example.com/a1", "VNS")
    assert a2.date == dt.date(2025, 3, 14) and a2.date_source == "metadata"
    assert a3.date == dt.date(2008, 8, 4)
    assert a4.date == dt.date(2021, 9, 17) and a4.source == "Reuters"
    assert all(not d.warnings for d in items)


def test_jsonl_record_without_id_falls_back_to_stem_and_line(tmp_path):
    p = _write(tmp_path / "feed.jsonl", _jsonl({"id": "x", "text": BODY}, {"text": BODY}))
    docs = _read(p)
    assert [d.id for d in docs] == ["x", "feed-2"]


def test_json_list_file(tmp_path):
    p = _write(tmp_path / "list.json", json.dumps([{"id": "j1", "text": BODY}, {"id": "j2", "text": BODY, "date": "2024-09-27"}]))
    docs = _read(p)
    assert [d.id for d in docs] == ["j1", "j2"]
    assert docs[1].date == dt.date(2024, 9, 27)


def test_json_single_object_file(tmp_path):
    p = _write(tmp_path / "one.json", json.dumps({"id": "only", "text": BODY}))
    (doc,) = _read(p)
    assert doc.id == "only"


def test_json_list_with_a_bad_record_keeps_the_others(tmp_path):
    p = _write(tmp_path / "list.json", json.dumps([{"id": "ok", "text": BODY}, {"id": "bad"}, "not an object"]))
    items = _read(p)
    assert [d.id for d in _docs(items)] == ["ok"]
    assert [f.code for f in _failures(items)] == ["LG014", "LG013"]


# ---------------------------------------------------------------------------- directories and stdin


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    root = tmp_path / "corpus"
    # created out of order on purpose
    _write(root / "c" / "e" / "f.txt", BODY)
    _write(root / "c" / "d.txt", BODY)
    _write(root / "b.jsonl", _jsonl({"id": "b-1", "text": BODY}, {"id": "b-2", "text": BODY}))
    _write(root / "a.txt", BODY)
    _write(root / "notes.pdf", b"%PDF-1.4")  # unsupported files inside a folder are ignored
    _write(root / "c" / "image.png", b"\x89PNG\x00\x00")
    items = _read(root)
    assert not _failures(items)
    assert [d.id for d in items] == ["a", "b-1", "b-2", "d", "f"]


def test_stdin_plain_text():
    (doc,) = _read("-", stdin=io.BytesIO(("date 2021-09-17 " + BODY).encode("utf-8")))
    assert doc.id == "stdin"
    assert doc.date == dt.date(2021, 9, 17) and doc.date_source == "text"


def test_stdin_jsonl():
    data = _jsonl({"id": "s1", "text": BODY, "date": "2021-09-17"}, {"id": "s2", "text": BODY}).encode("utf-8")
    docs = _read("-", stdin=io.BytesIO(data))
    assert [d.id for d in docs] == ["s1", "s2"]
    assert docs[0].date == dt.date(2021, 9, 17)


def test_stdin_bad_inputs():
    (f,) = _read("-", stdin=io.BytesIO(b"   \n"))
    _assert_actionable(f, "LG010")
    (f,) = _read("-", stdin=io.BytesIO(b"caf\xe9 au lait in Hanoi"))
    _assert_actionable(f, "LG012")


# ---------------------------------------------------------------------------- bad inputs


def test_empty_txt_file(tmp_path):
    (f,) = _read(_write(tmp_path / "empty.txt", b""))
    _assert_actionable(f, "LG010")
    assert f.doc_id == "empty" and f.path and f.path.endswith("empty.txt")
    (f,) = _read(_write(tmp_path / "blank.txt", " \n\t\n"))
    _assert_actionable(f, "LG010")


def test_empty_jsonl_file_is_reported(tmp_path):
    (f,) = _read(_write(tmp_path / "empty.jsonl", b""))
    _assert_actionable(f, "LG010")
    (f,) = _read(_write(tmp_path / "blank.jsonl", b"\n\n  \n"))
    _assert_actionable(f, "LG010")


def test_binary_file_with_nul_bytes(tmp_path):
    (f,) = _read(_write(tmp_path / "blob.txt", b"GIF89a\x00\x01\x02\x00binary"))
    _assert_actionable(f, "LG011")


def test_invalid_utf8_txt(tmp_path):
    (f,) = _read(_write(tmp_path / "latin1.txt", "Hà Nội welcomed the café owners.".encode("latin-1", "replace") + b"\xe9"))
    _assert_actionable(f, "LG012")
    assert "byte" in f.message


def test_invalid_utf8_in_one_jsonl_line_other_lines_still_read(tmp_path):
    good1 = json.dumps({"id": "g1", "text": BODY}).encode()
    bad = b'{"id": "bad", "text": "caf\xe9"}'
    good2 = json.dumps({"id": "g2", "text": BODY}).encode()
    items = _read(_write(tmp_path / "mixed.jsonl", good1 + b"\n" + bad + b"\n" + good2 + b"\n"))
    assert [type(x).__name__ for x in items] == ["Document", "Failure", "Document"]
    assert [d.id for d in _docs(items)] == ["g1", "g2"]
    (f,) = _failures(items)
    _assert_actionable(f, "LG012")
    assert f.line == 2
    assert ":2" in str(f)


def test_malformed_jsonl_line(tmp_path):
    text = _jsonl({"id": "g1", "text": BODY}) + '{"id": "broken", "text": \n' + _jsonl({"id": "g2", "text": BODY})
    items = _read(_write(tmp_path / "feed.jsonl", text))
    assert [d.id for d in _docs(items)] == ["g1", "g2"]
    (f,) = _failures(items)
    _assert_actionable(f, "LG013")
    assert f.line == 2


def test_jsonl_line_that_is_not_an_object(tmp_path):
    items = _read(_write(tmp_path / "feed.jsonl", '["a", "list"]\n' + _jsonl({"id": "g", "text": BODY})))
    assert [x.code for x in _failures(items)] == ["LG013"]
    assert [d.id for d in _docs(items)] == ["g"]


@pytest.mark.parametrize("record", [{"id": "t1"}, {"id": "t2", "text": ""}, {"id": "t3", "text": "   "}, {"id": "t4", "text": 42}])
def test_record_without_text(tmp_path, record):
    items = _read(_write(tmp_path / "feed.jsonl", _jsonl(record, {"id": "g", "text": BODY})))
    (f,) = _failures(items)
    _assert_actionable(f, "LG014")
    assert [d.id for d in _docs(items)] == ["g"]


@pytest.mark.parametrize("value", ["yesterday", "2021-13-45", "17/09/21", 20210917, "not a date"])
def test_record_with_unparsable_date(tmp_path, value):
    items = _read(_write(tmp_path / "feed.jsonl", _jsonl({"id": "d", "text": BODY, "date": value}, {"id": "g", "text": BODY})))
    (f,) = _failures(items)
    _assert_actionable(f, "LG015")
    assert [d.id for d in _docs(items)] == ["g"]


def test_stream_continues_across_bad_files(tmp_path):
    root = tmp_path / "mixed"
    _write(root / "1-empty.txt", b"")
    _write(root / "2-binary.txt", b"\x00\x00\x00")
    _write(root / "3-latin1.txt", b"caf\xe9")
    _write(root / "4-good.txt", BODY)
    _write(root / "5-records.jsonl", '{"oops"\n' + _jsonl({"id": "r", "text": ""}, {"id": "ok", "text": BODY, "date": "nope"}))
    items = _read(root)
    assert [x.code for x in _failures(items)] == ["LG010", "LG011", "LG012", "LG013", "LG014", "LG015"]
    assert [d.id for d in _docs(items)] == ["4-good"]


def test_missing_path_is_a_config_error_before_anything_is_read(tmp_path):
    good = _write(tmp_path / "good.txt", BODY)
    with pytest.raises(ConfigError) as info:
        _read(good, tmp_path / "nope.txt")
    assert info.value.code == "LG001" and info.value.exit_status == 2
    assert "nope.txt" in str(info.value) and str(info.value).startswith("[LG001]")


def test_unsupported_suffix_is_a_config_error(tmp_path):
    p = _write(tmp_path / "scan.pdf", b"%PDF-1.4")
    with pytest.raises(ConfigError) as info:
        _read(p)
    assert info.value.code == "LG002"


def test_document_over_max_chars(tmp_path):
    (f,) = _read(_write(tmp_path / "long.txt", BODY * 10), options=Options(max_chars=100))
    _assert_actionable(f, "LG018")


# ---------------------------------------------------------------------------- HTML


ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Minister visits Laos</title>
<meta property="article:published_time" content="2023-05-04T08:00:00+07:00">
<meta property="og:site_name" content="Example News">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Minister visits Laos</h1>
<time datetime="2023-05-04">May 4, 2023</time>
<p>The Vietnamese foreign minister arrived in Vientiane on Thursday for a two-day official visit to Laos, the ministry said in a statement.</p>
<p>During the visit, the two sides discussed cooperation in trade, energy and education, and agreed to expand transport links between the two countries.</p>
<p>The minister also met the Lao prime minister and conveyed greetings from the Vietnamese leadership to the people of Laos.</p>
</article>
<footer>Copyright 2023 Example News</footer>
</body></html>
"""


def test_html_article_through_trafilatura(tmp_path):
    (doc,) = _read(_write(tmp_path / "laos-visit.html", ARTICLE_HTML))
    assert isinstance(doc, Document)
    assert doc.id == "laos-visit"
    assert "official visit to Laos" in doc.text and "transport links" in doc.text
    assert "Home" not in doc.text  # navigation is not article text
    assert doc.date == dt.date(2023, 5, 4) and doc.date_source == "metadata"
    assert doc.title == "Minister visits Laos"
    assert doc.source == "Example News"


def test_html_without_main_text(tmp_path):
    (f,) = _read(_write(tmp_path / "empty.html", "<html><head><title>Nothing</title></head><body><img src=a.png></body></html>"))
    _assert_actionable(f, "LG016")


# ---------------------------------------------------------------------------- publication date


def test_leading_date_marker_gives_date_and_skip_span():
    text = "date 2021-09-17 Deputy Foreign Minister Dang Hoang Giang spoke to the press."
    date, span = find_publication_date(text)
    assert date == dt.date(2021, 9, 17)
    assert span is not None and text[span[0] : span[1]] == "date 2021-09-17"
    doc = document_from_text("d", text)
    assert doc.date == dt.date(2021, 9, 17) and doc.date_source == "text"
    assert span in doc.skip_spans
    assert not doc.warnings


def test_dated_news_dateline():
    text = "HANOI, Sept. 17, 2021 (VNA) — President Phuc will visit Cuba from September 18 to 20."
    date, span = find_publication_date(text)
    assert date == dt.date(2021, 9, 17)
    # the dateline is page furniture: its date must not date the sentence's events
    assert span is not None and text[span[0] : span[1]] == "HANOI, Sept. 17, 2021 (VNA) —"
    doc = document_from_text("d", text)
    assert doc.date == dt.date(2021, 9, 17) and doc.date_source == "text"
    assert span in doc.skip_spans


def test_yearless_dateline_needs_a_year_hint():
    text = "HANOI, Sept. 17 (VNA) — President Phuc will visit Cuba next week."
    date, span = find_publication_date(text)
    assert date is None
    assert span is not None and text[span[0] : span[1]] == "HANOI, Sept. 17 (VNA) —"
    assert find_publication_date(text, year_hint=2021) == (dt.date(2021, 9, 17), span)
    assert find_publication_date("GENEVA, March 3 - The talks ended.")[1] is not None
    # without --date: unknown, with a warning; never today's year
    doc = document_from_text("d", text)
    assert doc.date is None and doc.date_source is None
    assert any("relative dates stay unresolved" in w for w in doc.warnings)
    # with --date: the dateline's month and day, the option's year
    doc = document_from_text("d", text, options=Options(default_date=dt.date(2021, 1, 1)))
    assert doc.date == dt.date(2021, 9, 17) and doc.date_source == "text"


def test_wordy_dates_at_the_head():
    assert find_publication_date("17 September 2021 The minister left.")[0] == dt.date(2021, 9, 17)
    assert find_publication_date("September 17, 2021 The minister left.")[0] == dt.date(2021, 9, 17)


def test_metadata_wins_over_text():
    text = "date 2021-09-17 The minister met his counterpart."
    doc = document_from_text("d", text, date=dt.date(2020, 1, 2), options=Options(default_date=dt.date(2019, 5, 5)))
    assert doc.date == dt.date(2020, 1, 2) and doc.date_source == "metadata"
    # the marker is still page debris, whichever date wins
    assert (0, len("date 2021-09-17")) in doc.skip_spans


def test_text_wins_over_option_and_option_is_used_last():
    opts = Options(default_date=dt.date(2019, 5, 5))
    doc = document_from_text("d", "date 2021-09-17 The minister met his counterpart.", options=opts)
    assert doc.date == dt.date(2021, 9, 17) and doc.date_source == "text"
    doc = document_from_text("d", "The minister met his counterpart.", options=opts)
    assert doc.date == dt.date(2019, 5, 5) and doc.date_source == "option"
    assert not doc.warnings


def test_no_date_anywhere_warns():
    doc = document_from_text("d", "The minister met his counterpart last week.")
    assert doc.date is None
    assert len(doc.warnings) == 1 and "no --date" in doc.warnings[0]


def test_jsonl_date_field_wins_over_text_and_option(tmp_path):
    p = _write(tmp_path / "f.jsonl", _jsonl({"id": "m", "text": "date 2021-09-17 " + BODY, "published": "2020-02-02T10:00:00Z"}))
    (doc,) = _read(p, options=Options(default_date=dt.date(2019, 1, 1)))
    assert doc.date == dt.date(2020, 2, 2) and doc.date_source == "metadata"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-09-17", dt.date(2021, 9, 17)),
        ("2025-03-14 20:30:26Z", dt.date(2025, 3, 14)),
        ("2021-09-17T10:00:00+07:00", dt.date(2021, 9, 17)),
        ("2021-09-17T10:00:00.123Z", dt.date(2021, 9, 17)),
        ("20080804", dt.date(2008, 8, 4)),
        ("Fri, 17 Sep 2021 10:00:00 GMT", dt.date(2021, 9, 17)),
        ("Sept. 17, 2021", dt.date(2021, 9, 17)),
        ("17 September 2021", dt.date(2021, 9, 17)),
        (dt.datetime(2021, 9, 17, 23, 0), dt.date(2021, 9, 17)),
        (dt.date(2021, 9, 17), dt.date(2021, 9, 17)),
    ],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


# ---------------------------------------------------------------------------- page debris


def _debris(text: str) -> list[str]:
    return [text[s:e] for s, e in debris_spans(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Source: https://www.sggp.org.vn/some-article-post123.html",
        "Comment (0)",
        "Comments (12)",
        "FLOWING WATER",
        "VNS",
        "Deputy Foreign Minister Đặng Hoàng Giang. — Photo from the Ministry of Foreign Affairs",
        "Photo: Reuters",
        "https://example.com/story",
    ],
)
def test_debris_lines(line):
    text = f"The president met his Cuban counterpart.\n{line}\nThe two leaders signed three agreements.\n"
    assert _debris(text) == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "The president met his Cuban counterpart in Havana on Monday.",
        "Vietnam's self-image as a reliable partner improved after the talks.",
        "The source of the funds was not disclosed, the ministry said.",
        "Prime Minister Kishida said the photo opportunity was not planned.",
    ],
)
def test_prose_is_not_debris(sentence):
    assert _debris(sentence + "\n") == []


def test_debris_spans_offsets_point_into_text():
    text = "FLOWING WATER\n\nThe minister arrived.\nSource: https://x.org/a\nComment (0)"
    spans = debris_spans(text)
    assert [text[s:e] for s, e in spans] == ["FLOWING WATER", "Source: https://x.org/a", "Comment (0)"]
    doc = document_from_text("d", text)
    assert set(spans) <= set(doc.skip_spans)
