"""The coder end to end: documents in, events out, streaming.

``Coder`` loads the spaCy pipeline and the knowledge files once and codes a stream of documents:
ingest → nlp (sentences, lexical pre-filter, parse) → code (triggers and arguments) → resolve
(actors, dates, places, modality, CAMEO/PLOVER attributes).
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

from legation._errors import DocumentError
from legation.options import Options
from legation.records import Document, Event, Failure, Sentence

__all__ = ["CodedDocument", "Coder", "code_documents"]

log = logging.getLogger("legation")

ErrorHandler = Callable[[Document, Exception], Optional[Failure]]


@dataclass
class CodedDocument:
    """A document with all its sentences and the events coded from them."""

    document: Document
    sentences: list[Sentence]
    events: list[Event]
    stats: dict[str, int] = field(default_factory=dict)


def _quarantine(doc: Document, exc: Exception) -> Failure:
    """Default error handler: an unexpected error in one document becomes an ``LG019`` failure."""
    log.debug("coding failed for %s", doc.id, exc_info=exc)
    return Failure(doc_id=doc.id, code="LG019", message=f"[LG019] coding failed for {doc.id}: {exc!r}", path=doc.path)


class Coder:
    """Load models and knowledge once; code documents as a stream.

    >>> coder = Coder()                                   # doctest: +SKIP
    >>> for result in coder.code(read_documents(["a.txt"])):  # doctest: +SKIP
    ...     print(result.events)
    """

    def __init__(self, options: Optional[Options] = None, *, knowledge: object = None, nlp: object = None) -> None:
        from legation.code import EventExtractor
        from legation.nlp import TextProcessor
        from legation.resolve import Knowledge

        self.options = options or Options()
        self.knowledge = knowledge if knowledge is not None else Knowledge.load()
        self.processor = TextProcessor(self.options, self.knowledge, nlp=nlp)
        self.extractor = EventExtractor(self.options, self.knowledge)
        self._error_handler: ErrorHandler = _quarantine

    def set_error_handler(self, handler: ErrorHandler) -> None:
        """Swap what happens when coding one document raises (default: quarantine as ``LG019``).
        A handler may re-raise to stop the run, or return a :class:`Failure` (or None to drop it)."""
        self._error_handler = handler

    def code(self, items: Iterable[Union[Document, Failure]]) -> Iterator[Union[CodedDocument, Failure]]:
        """Code a stream of documents; failures pass through in order, nothing is held in memory
        beyond one spaCy batch (per worker process when ``options.n_process`` > 1)."""
        workers = self.options.workers()
        if workers > 1 and _can_fork():
            # a stream that fits in one chunk is coded here: forking would only add start-up time
            stream = iter(items)
            head = list(itertools.islice(stream, max(1, self.options.chunk_size) + 1))
            if len(head) <= max(1, self.options.chunk_size):
                yield from self._code_here(head)
            else:
                yield from self._code_in_workers(itertools.chain(head, stream), workers)
        else:
            yield from self._code_here(items)

    def _code_in_workers(self, items: Iterable[Union[Document, Failure]], workers: int) -> Iterator[Union[CodedDocument, Failure]]:
        """Whole-pipeline parallelism: forked workers inherit the loaded model and knowledge (no
        reload, no pickling of models), each codes chunks of documents end to end, and only
        documents and coded records cross the process boundary. Results keep the input order, and
        at most ``2 * workers`` chunks are in flight, so memory stays bounded on any corpus."""
        import multiprocessing
        from concurrent.futures import Future, ProcessPoolExecutor

        chunk_docs = max(1, self.options.chunk_size)
        context = multiprocessing.get_context("fork")
        pending: deque[Future[tuple[list[Union[CodedDocument, Failure]], dict[str, int]]]] = deque()
        stream = iter(items)
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init, initargs=(self, os.getpid())) as pool:
            try:
                while True:
                    while len(pending) < 2 * workers:
                        chunk = list(itertools.islice(stream, chunk_docs))
                        if not chunk:
                            break
                        pending.append(pool.submit(_worker_code, chunk))
                    if not pending:
                        break
                    results, counts = pending.popleft().result()
                    for key, value in counts.items():
                        self.processor.counts[key] = self.processor.counts.get(key, 0) + value
                    yield from results
            finally:
                for future in pending:
                    future.cancel()

    def _code_here(self, items: Iterable[Union[Document, Failure]]) -> Iterator[Union[CodedDocument, Failure]]:
        for item in self.processor.process(items):
            if isinstance(item, Failure):
                yield item
                continue
            doc, sentences, parsed = item
            try:
                events = self.extractor.extract(doc, sentences, parsed)
            except DocumentError as err:
                yield Failure(doc_id=doc.id, code=err.code, message=str(err), path=doc.path)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run
                failure = self._error_handler(doc, exc)
                if failure is not None:
                    yield failure
                continue
            if self.options.min_confidence > 0:
                events = [e for e in events if e.confidence >= self.options.min_confidence]
            yield CodedDocument(doc, sentences, events, {"parsed_sentences": sum(1 for d in parsed.values() if d.has_annotation("DEP"))})

    def code_text(self, text: str, *, doc_id: str = "text", date: object = None) -> list[Event]:
        """Code one text (convenience for notebooks and tests)."""
        from legation.ingest import document_from_text

        doc = document_from_text(doc_id, text, date=date, options=self.options)  # type: ignore[arg-type]
        out: list[Event] = []
        for r in self.code([doc]):
            if isinstance(r, Failure):
                raise DocumentError(r.code, r.message)
            out.extend(r.events)
        return out


def _can_fork() -> bool:
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


# Worker-process state: set once in each forked worker by its initializer (never in the parent).
_worker_coder: Optional[Coder] = None


def _worker_init(coder: Coder, parent: int) -> None:
    global _worker_coder
    _worker_coder = coder
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when the parent dies (a killed ingest must leave no orphans)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the call
            os._exit(1)
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        pass


def _worker_code(chunk: list[Union[Document, Failure]]) -> tuple[list[Union[CodedDocument, Failure]], dict[str, int]]:
    coder = _worker_coder
    assert coder is not None, "worker not initialised"
    before = dict(coder.processor.counts)
    results = list(coder._code_here(chunk))
    counts = {k: v - before.get(k, 0) for k, v in coder.processor.counts.items()}
    return results, counts


def code_documents(docs: Iterable[Union[Document, Failure]], options: Optional[Options] = None) -> Iterator[Event]:
    """Short form: the events of every document, failures skipped (use :class:`Coder` to see them)."""
    for r in Coder(options).code(docs):
        if isinstance(r, CodedDocument):
            yield from r.events
