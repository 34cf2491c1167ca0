"""Ingest: documents (files or feeds) -> skip what is stored -> code -> store, one document at a time.

Documents whose text is already stored are skipped *before* coding (re-ingesting costs a hash per
document, not a parse); the coder is only loaded when there is something new to code. Because the
store commits each document atomically, a run killed half-way is finished by running it again.
"""

from __future__ import annotations

import datetime as _dt
import sys
from html.parser import HTMLParser
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from legation._errors import ConfigError, DocumentError
from legation.options import Options
from legation.records import Document, Failure
from legation.store._query import IngestSummary

__all__ = ["html_to_text", "ingest_documents", "read_feed"]

Item = Union[Document, Failure]


def ingest_documents(
    store: Any,
    items: Iterable[Item],
    *,
    coder: Any = None,
    coder_factory: Optional[Callable[[], Any]] = None,
    progress: Optional[bool] = None,
    on_result: Optional[Callable[[str, Any], None]] = None,
) -> IngestSummary:
    """Code and store a stream of documents; returns what happened.

    ``coder`` is anything with ``code(items) -> Iterator[CodedDocument | Failure]`` (a
    :class:`legation.Coder`); ``coder_factory`` builds one lazily, only when a new document needs
    coding. ``progress`` shows a tqdm bar on stderr (default: only when stderr is a terminal).
    ``on_result(outcome, item)`` is called after each document: ``("new" | "skipped", Document)``
    or ``("failed", Failure)``.
    """
    import time

    if coder is None and coder_factory is None:
        raise ConfigError("LG003", "ingest_documents needs a coder or a coder_factory")
    if progress is None:
        progress = _stderr_is_terminal()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="ingest", file=sys.stderr, dynamic_ncols=True)

    t0 = time.perf_counter()
    pre = IngestSummary()

    def report(outcome: str, item: Any) -> None:
        if bar is not None:
            bar.update(1)
        if on_result is not None:
            on_result(outcome, item)

    def unseen(stream: Iterable[Item]) -> Iterator[Item]:
        for item in stream:
            if isinstance(item, Document) and store.has_content(item.text):
                pre.documents_skipped += 1
                report("skipped", item)
                continue
            yield item

    summary = IngestSummary()
    try:
        todo = unseen(items)
        first = next(todo, None)
        if first is not None:
            if coder is None:
                assert coder_factory is not None
                coder = coder_factory()
            summary = store.ingest(coder.code(chain([first], todo)), on_result=report)
    finally:
        if bar is not None:
            bar.close()
        summary.add(pre)
        summary.seconds = time.perf_counter() - t0
    return summary


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


# feeds ----------------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
    "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "iframe", "svg", "head", "template"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (feed content or summary): tags dropped, entities decoded,
    block elements as paragraph breaks, whitespace normalised."""
    if not html:
        return ""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in raw.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _entry_date(entry: Any) -> Optional[_dt.date]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return _dt.date(t.tm_year, t.tm_mon, t.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


def read_feed(source: str, options: Optional[Options] = None) -> Iterator[Item]:
    """Stream the entries of an RSS/Atom feed (a local file or an http(s) URL) as Documents.

    id = entry id, else its link; date = published (else updated); text = the entry's content,
    else its summary, with HTML stripped; outlet = the feed's title. An unreadable feed yields one
    ``LG034`` failure; an entry without text an ``LG010`` failure (with its entry number as line).
    A missing local file raises :class:`ConfigError` ``LG001``.
    """
    import feedparser

    options = options or Options()
    if _is_url(source):
        parsed = feedparser.parse(source)
        stem = source.rstrip("/").rsplit("/", 1)[-1] or "feed"
    else:
        path = Path(source)
        if not path.is_file():
            raise ConfigError("LG001", source)
        parsed = feedparser.parse(path.read_bytes())
        stem = path.stem
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        detail = f"{source}: {why}" if why else f"{source}: no RSS/Atom entries"
        yield Failure(doc_id=stem, code="LG034", message=str(DocumentError("LG034", detail)), path=source)
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries, start=1):
        doc_id = entry.get("id") or entry.get("link") or f"{stem}-{n}"
        html = ""
        if entry.get("content"):
            html = "\n".join(c.get("value", "") for c in entry["content"] if c.get("value"))
        if not html.strip():
            html = entry.get("summary") or entry.get("description") or ""
        text = html_to_text(html)
        try:
            yield _entry_document(doc_id, text, entry, outlet, f"{source}#{n}", options)
        except DocumentError as err:
            yield Failure(doc_id=doc_id, code=err.code, message=str(err), path=source, line=n)


def _entry_document(doc_id: str, text: str, entry: Any, outlet: Optional[str], where: str, options: Options) -> Document:
    from legation.ingest import document_from_text

    title = entry.get("title")
    return document_from_text(
        str(doc_id),
        text,
        date=_entry_date(entry),
        options=options,
        title=html_to_text(title) if title else None,
        url=entry.get("link"),
        source=outlet,
        path=where,
    )
