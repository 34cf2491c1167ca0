"""Turn files, directories, JSONL records, HTML pages and stdin into :class:`Document` records.

Everything is streamed: one document at a time, never a whole corpus in memory. A document that
cannot be read becomes a :class:`Failure` with its coded reason; the stream goes on.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional, Union

from legation._errors import ConfigError, DocumentError
from legation.ingest._text import debris_spans, find_publication_date, parse_date_value
from legation.options import Options
from legation.records import Document, Failure

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DATE_FIELDS = ("date", "published", "pub_date", "publication_date", "publishedAt")

PathLike = Union[str, "os.PathLike[str]"]


def document_from_text(
    doc_id: str,
    text: str,
    *,
    date: Optional[_dt.date] = None,
    options: Optional[Options] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
    source: Optional[str] = None,
    path: Optional[str] = None,
) -> Document:
    """Build a :class:`Document`, finding its publication date and page debris.

    The date comes from ``date`` (metadata), else from the text's head (``date 2021-09-17``,
    datelines), else ``options.default_date``; otherwise it stays unknown and a warning says so.
    """
    options = options or Options()
    if not text or not text.strip():
        raise DocumentError("LG010", doc_id)
    if len(text) > options.max_chars:
        raise DocumentError("LG018", f"{doc_id} has {len(text):,} characters (limit {options.max_chars:,})")
    skips = debris_spans(text)
    warnings: list[str] = []
    date_source: Optional[str] = "metadata" if date else None
    hint = options.default_date.year if options.default_date else None
    found, span = find_publication_date(text, year_hint=hint)
    if span:  # the marker is page debris whichever date wins
        skips.append(span)
    if date is None and found:
        date, date_source = found, "text"
    if date is None and options.default_date is not None:
        date, date_source = options.default_date, "option"
    if date is None:
        warnings.append(
            "no publication date in metadata or text and no --date: relative dates stay unresolved"
        )
    skips.sort()
    return Document(
        id=doc_id,
        text=text,
        date=date,
        date_source=date_source,
        title=title,
        url=url,
        source=source,
        path=path,
        skip_spans=tuple(skips),
        warnings=tuple(warnings),
    )


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise DocumentError("LG011", where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError("LG012", f"{where}: byte {exc.start}") from None
    return text.lstrip("\ufeff")


def _record_to_document(rec: Any, fallback_id: str, where: str, options: Options) -> Document:
    if not isinstance(rec, dict):
        raise DocumentError("LG013", f"{where}: expected a JSON object, got {type(rec).__name__}")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DocumentError("LG014", where)
    doc_id = rec.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else fallback_id
    date: Optional[_dt.date] = None
    for key in DATE_FIELDS:
        if rec.get(key) not in (None, ""):
            date = parse_date_value(rec[key], field=key)
            break
    source = rec.get("source") or rec.get("outlet") or rec.get("site")
    return document_from_text(
        doc_id,
        text,
        date=date,
        options=options,
        title=rec.get("title") if isinstance(rec.get("title"), str) else None,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        source=source if isinstance(source, str) else None,
        path=where,
    )


def _read_jsonl_lines(lines: Iterable[bytes], name: str, stem: str, options: Options) -> Iterator[Union[Document, Failure]]:
    seen = False
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen = True
        where = f"{name}:{lineno}"
        fallback = f"{stem}-{lineno}"
        try:
            line = _decode(raw, where)
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DocumentError("LG013", f"{where}: {exc.msg} at column {exc.colno}") from None
            yield _record_to_document(rec, fallback, where, options)
        except DocumentError as err:
            yield Failure(doc_id=fallback, code=err.code, message=str(err), path=name, line=lineno)
    if not seen:  # an empty file is reported, not silently skipped
        yield Failure(doc_id=stem, code="LG010", message=str(DocumentError("LG010", name)), path=name)


def _read_json_file(path: Path, options: Options) -> Iterator[Union[Document, Failure]]:
    """A ``.json`` file: one record, a list of records, or (if that fails) JSON lines."""
    data = path.read_bytes()
    try:
        obj = json.loads(_decode(data, str(path)))
    except json.JSONDecodeError:
        yield from _read_jsonl_lines(data.splitlines(), str(path), path.stem, options)
        return
    records = obj if isinstance(obj, list) else [obj]
    for i, rec in enumerate(records, start=1):
        where = f"{path}:{i}"
        try:
            yield _record_to_document(rec, f"{path.stem}-{i}", where, options)
        except DocumentError as err:
            yield Failure(doc_id=f"{path.stem}-{i}", code=err.code, message=str(err), path=str(path), line=i)


def _read_html(data: bytes, doc_id: str, where: str, options: Options) -> Document:
    html = _decode(data, where)
    import trafilatura  # imported lazily: only HTML input needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise DocumentError("LG016", where)
    date: Optional[_dt.date] = None
    title = url = source = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        if meta.date:
            try:
                date = parse_date_value(meta.date, field="html date")
            except DocumentError:
                date = None
        title, url, source = meta.title, meta.url, meta.sitename
    return document_from_text(doc_id, text, date=date, options=options, title=title, url=url, source=source, path=where)


def _iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                p = Path(root) / name
                if p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES:
                    yield p
    else:
        yield path


def _read_file(path: Path, options: Options) -> Iterator[Union[Document, Failure]]:
    suffix = path.suffix.lower()
    where = str(path)
    try:
        if suffix in {".jsonl", ".ndjson"}:
            with path.open("rb") as fh:
                yield from _read_jsonl_lines(fh, where, path.stem, options)
            return
        if suffix == ".json":
            yield from _read_json_file(path, options)
            return
        data = path.read_bytes()
        if not data.strip():
            raise DocumentError("LG010", where)
        if suffix in HTML_SUFFIXES:
            yield _read_html(data, path.stem, where, options)
        else:
            yield document_from_text(path.stem, _decode(data, where), options=options, path=where)
    except DocumentError as err:
        yield Failure(doc_id=path.stem, code=err.code, message=str(err), path=where)


def _read_stdin(stream: IO[bytes], options: Options) -> Iterator[Union[Document, Failure]]:
    data = stream.read()
    head = data.lstrip()[:1]
    if head == b"{":
        yield from _read_jsonl_lines(data.splitlines(), "<stdin>", "stdin", options)
        return
    try:
        if head == b"<":
            yield _read_html(data, "stdin", "<stdin>", options)
        else:
            if not data.strip():
                raise DocumentError("LG010", "<stdin>")
            yield document_from_text("stdin", _decode(data, "<stdin>"), options=options, path="<stdin>")
    except DocumentError as err:
        yield Failure(doc_id="stdin", code=err.code, message=str(err), path="<stdin>")


def read_documents(
    paths: Iterable[PathLike], options: Optional[Options] = None, *, stdin: Optional[IO[bytes]] = None
) -> Iterator[Union[Document, Failure]]:
    """Stream :class:`Document` (or :class:`Failure`) records from paths; ``-`` reads stdin.

    ``.txt`` files give one document whose id is the file stem; ``.jsonl`` one per line (id from the
    record's ``id``); ``.json`` a record or a list; ``.html`` the main text via trafilatura;
    directories are walked recursively in sorted order. A missing path raises
    :class:`ConfigError` ``LG001`` before anything is read.
    """
    options = options or Options()
    items = [str(p) for p in paths]
    for item in items:
        if item != "-" and not Path(item).exists():
            raise ConfigError("LG001", item)
        if item != "-" and Path(item).is_file():
            suffix = Path(item).suffix.lower()
            if suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES and suffix != "":
                raise ConfigError("LG002", item)
    for item in items:
        if item == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
            continue
        for path in _iter_files(Path(item)):
            yield from _read_file(path, options)
