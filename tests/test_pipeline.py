"""The Coder's stream: order, failures, the swappable error handler, and worker processes.

The fast tests swap the processor and extractor for small fakes, so they run without the model;
one model test checks that worker processes give byte-for-byte the serial output.
"""

from __future__ import annotations

import os
import pickle

import pytest

from legation import pipeline
from legation._errors import DocumentError
from legation.options import Options
from legation.pipeline import CodedDocument, Coder
from legation.records import Document, Failure


class _FakeProcessor:
    def __init__(self) -> None:
        self.counts = {"sentences": 0, "parsed": 0}

    def process(self, items):
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            self.counts["sentences"] += 1
            yield item, [], {}


class _FakeExtractor:
    def extract(self, doc, sentences, parsed):
        if doc.text == "boom":
            raise RuntimeError(f"boom in process {os.getpid()}")
        if doc.text == "bad":
            raise DocumentError("LG018", doc.id)
        return []


def _fake_coder(n_process: int, chunk_size: int = 2) -> Coder:
    coder = Coder.__new__(Coder)
    coder.options = Options(n_process=n_process, chunk_size=chunk_size)
    coder.knowledge = None
    coder.processor = _FakeProcessor()  # type: ignore[assignment]
    coder.extractor = _FakeExtractor()  # type: ignore[assignment]
    coder._error_handler = pipeline._quarantine
    return coder


def _stream():
    for i in range(9):
        if i == 3:
            yield Failure(doc_id="f3", code="LG012", message="[LG012] malformed line", path="x.jsonl", line=4)
        elif i == 5:
            yield Document(id="d5", text="boom")
        elif i == 7:
            yield Document(id="d7", text="bad")
        else:
            yield Document(id=f"d{i}", text="fine")


def _ids(results):
    return [(type(r).__name__, r.document.id if isinstance(r, CodedDocument) else r.doc_id) for r in results]


@pytest.mark.parametrize("n_process", [1, 2, 3])
def test_order_and_failures_are_kept_with_any_number_of_workers(n_process):
    coder = _fake_coder(n_process)
    results = list(coder.code(_stream()))
    assert _ids(results) == [
        ("CodedDocument", "d0"), ("CodedDocument", "d1"), ("CodedDocument", "d2"), ("Failure", "f3"),
        ("CodedDocument", "d4"), ("Failure", "d5"), ("CodedDocument", "d6"), ("Failure", "d7"), ("CodedDocument", "d8"),
    ]
    codes = [r.code for r in results if isinstance(r, Failure)]
    assert codes == ["LG012", "LG019", "LG018"]
    # the workers' sentence counts come back to the parent's processor
    assert coder.processor.counts["sentences"] == 8


def test_workers_really_are_other_processes():
    results = list(_fake_coder(2).code(_stream()))
    (boom,) = [r for r in results if isinstance(r, Failure) and r.code == "LG019"]
    assert f"process {os.getpid()}" not in boom.message


def test_error_handler_can_drop_a_document():
    coder = _fake_coder(1)
    coder.set_error_handler(lambda doc, exc: None)
    assert "d5" not in [i for _, i in _ids(coder.code(_stream()))]


@pytest.mark.parametrize("n_process", [1, 2])
def test_error_handler_can_stop_the_run(n_process):
    def stop(doc, exc):
        raise DocumentError("LG019", f"stopped at {doc.id}")

    coder = _fake_coder(n_process)
    coder.set_error_handler(stop)
    with pytest.raises(DocumentError) as info:
        list(coder.code(_stream()))
    assert info.value.code == "LG019" and "stopped at d5" in str(info.value)


def test_coded_errors_survive_pickling():
    err = pickle.loads(pickle.dumps(DocumentError("LG011", "a.bin", path="a.bin")))
    assert type(err) is DocumentError and err.code == "LG011" and err.path == "a.bin"
    assert str(err) == str(DocumentError("LG011", "a.bin"))


def test_worker_count_from_options():
    assert Options(n_process=3).workers() == 3
    assert Options(n_process=0).workers() >= 1
    assert Options().workers() == 1


@pytest.mark.model
def test_worker_processes_give_the_serial_output():
    texts = [
        "President Joe Biden met Chinese President Xi Jinping in Bali on Monday.",
        "Vietnam and Cuba signed three cooperation agreements.",
        "Russian forces shelled the city of Kharkiv, Ukrainian officials said.",
        "The weather was fine.",
        "Japan will send humanitarian aid to Turkey next week.",
    ]
    docs = [Document(id=f"t{i}", text=t, date=None) for i, t in enumerate(texts)]
    serial = Coder(Options(n_process=1))
    parallel = Coder(Options(n_process=2, chunk_size=1), knowledge=serial.knowledge, nlp=serial.processor.nlp)
    one = [e.to_dict() for r in serial.code(docs) for e in r.events]  # type: ignore[union-attr]
    two = [e.to_dict() for r in parallel.code(docs) for e in r.events]  # type: ignore[union-attr]
    assert one and one == two
    assert parallel.processor.counts == serial.processor.counts


def test_a_stream_that_fits_in_one_chunk_is_coded_here():
    docs = [Document(id="a", text="fine"), Document(id="b", text="boom")]
    results = list(_fake_coder(2, chunk_size=4).code(iter(docs)))
    (boom,) = [r for r in results if isinstance(r, Failure)]
    assert f"process {os.getpid()}" in boom.message
    assert _ids(results) == [("CodedDocument", "a"), ("Failure", "b")]
