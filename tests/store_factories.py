"""Hand-built records for the store tests (no spaCy): events, documents, and a fake coder.

The fake coder reads a tiny line language so test corpora are plain text/JSONL files::

    @ VNMGOV USAGOV 042 2024-09-25 place=USA mod=occurred person=To_Lam | To Lam met Biden in New York.
    @ VNM CUB 043 2021-09-18..2021-09-20 precision=day recip | Viet Nam and Cuba held talks.
    @ VNM USA 040 - | They talked (no resolved date).

Each ``@`` line becomes one sentence and one event; other lines are plain sentences.
"""

from __future__ import annotations

import datetime as _dt
import time
from typing import Iterable, Iterator, Optional, Union

from legation.pipeline import CodedDocument
from legation.records import Actor, Document, Event, EventDate, Failure, Mention, Place, Plover, Sentence

_QUAD = {r: (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4) for r in range(1, 21)}
_GOLDSTEIN = {1: 1.0, 2: 3.0, 3: 4.0, 4: 1.0, 5: 3.5, 6: 6.0, 7: 7.0, 8: 5.0, 9: -2.0, 10: -5.0, 11: -2.0,
              12: -4.0, 13: -6.0, 14: -6.5, 15: -7.2, 16: -4.0, 17: -7.0, 18: -9.0, 19: -10.0, 20: -10.0}  # fmt: skip
_PLOVER = {"01": "CONSULT", "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "COOPERATE", "06": "COOPERATE",
           "07": "AID", "08": "CONCEDE", "09": "INVESTIGATE", "10": "DEMAND", "11": "ACCUSE", "12": "REJECT",
           "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
           "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}  # fmt: skip


def actor(code: str, *, name: Optional[str] = None, text: Optional[str] = None, start: int = 0) -> Actor:
    """An actor from a CAMEO-style code: ``VNMGOV`` -> country VNM, sectors (GOV,); ``IGOUNO`` -> IGO."""
    code = code.upper()
    if code.startswith("IGO"):
        country, org, rest = "IGO", code[3:6] or None, code[6:]
    else:
        country, org, rest = code[:3], None, code[3:]
    sectors = tuple(rest[i : i + 3] for i in range(0, len(rest), 3) if rest[i : i + 3])
    t = text or name or code
    return Actor(text=t, start=start, end=start + len(t), code=code, country=country, sectors=sectors,
                 name=name, role="president" if name else None, organisation=org)  # fmt: skip


def _d(s: Optional[Union[str, _dt.date]]) -> Optional[_dt.date]:
    if s is None or s == "-":
        return None
    return s if isinstance(s, _dt.date) else _dt.date.fromisoformat(s)


def make_event(
    doc_id: str = "d1",
    index: int = 0,
    *,
    source: str = "VNMGOV",
    target: Optional[str] = "USAGOV",
    cameo: str = "042",
    date: Optional[str] = "2024-09-25",
    end: Optional[str] = None,
    precision: Optional[str] = None,
    modality: str = "occurred",
    place: Optional[str] = None,
    reciprocal: bool = False,
    person: Optional[str] = None,
    target_person: Optional[str] = None,
    sentence: Optional[str] = None,
    sentence_start: int = 0,
    doc_date: Optional[str] = None,
    confidence: float = 0.9,
) -> Event:
    """One coded event with consistent derived fields (root, Goldstein, QuadClass, PLOVER)."""
    start = _d(date)
    stop = _d(end) or start
    prec = precision or ("day" if start else "unknown")
    root = cameo[:2]
    sentence = sentence or f"{source} {cameo} {target or ''} on {date}."
    trig = sentence.split()[1] if len(sentence.split()) > 1 else sentence
    tstart = sentence_start + max(0, sentence.find(trig))
    return Event(
        event_id=f"{doc_id}-e{index}",
        doc_id=doc_id,
        sentence_index=index,
        sentence=sentence,
        sentence_start=sentence_start,
        sentence_end=sentence_start + len(sentence),
        trigger=Mention(trig, tstart, tstart + len(trig)),
        cameo=cameo,
        cameo_root=root,
        cameo_name=f"cameo {cameo}",
        goldstein=_GOLDSTEIN[int(root)],
        quad_class=_QUAD[int(root)],
        plover=Plover(_PLOVER[root], "mode" if len(cameo) > 2 else None),
        source=actor(source, name=person, start=sentence_start),
        target=actor(target, name=target_person, start=sentence_start + 10) if target else None,
        date=EventDate(start, stop, date if start else None, prec, "text" if start else "unknown"),  # type: ignore[arg-type]
        modality=modality,
        location=Place(place, place, place) if place else None,
        confidence=confidence,
        doc_date=_d(doc_date),
        rule="test",
        reciprocal=reciprocal,
    )


def make_doc(doc_id: str, text: Optional[str] = None, *, date: Optional[str] = "2024-09-26",
             source: Optional[str] = "Test Wire", title: Optional[str] = None) -> Document:  # fmt: skip
    return Document(id=doc_id, text=text or f"Text of {doc_id}.", date=_d(date), date_source="metadata",
                    title=title or f"Title {doc_id}", url=f"https://example.test/{doc_id}", source=source,
                    path=f"{doc_id}.txt")  # fmt: skip


def coded(doc: Document, events: Iterable[Event]) -> CodedDocument:
    evs = list(events)
    sentences = [Sentence(doc.id, i, 0, len(doc.text), doc.text) for i in range(max(1, len(evs)))]
    return CodedDocument(doc, sentences, evs)


# the fake coder -------------------------------------------------------------------------------


def parse_event_line(line: str, doc: Document, index: int, sentence_start: int) -> Event:
    """``@ SRC TGT CAMEO DATE[..END] [place=X] [mod=M] [precision=P] [recip] [person=A_B] | sentence``"""
    head, _, sentence = line[1:].partition("|")
    parts = head.split()
    src, tgt, cameo, when = parts[:4]
    opts = dict(p.split("=", 1) for p in parts[4:] if "=" in p)
    flags = {p for p in parts[4:] if "=" not in p}
    date, _, end = when.partition("..")
    return make_event(
        doc.id,
        index,
        source=src,
        target=None if tgt == "-" else tgt,
        cameo=cameo,
        date=None if date == "-" else date,
        end=end or None,
        precision=opts.get("precision"),
        modality=opts.get("mod", "occurred"),
        place=opts.get("place"),
        reciprocal="recip" in flags,
        person=opts["person"].replace("_", " ") if "person" in opts else None,
        target_person=opts["tperson"].replace("_", " ") if "tperson" in opts else None,
        sentence=(sentence.strip() or line),
        sentence_start=sentence_start,
        doc_date=doc.date.isoformat() if doc.date else None,
    )


class FakeCoder:
    """Codes ``@`` lines (see module doc); ``delay`` seconds per document simulates a slow coder;
    a document whose text contains ``@boom`` raises like a coder bug would (-> LG019 failure)."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.documents = 0

    def code(self, items: Iterable[Union[Document, Failure]]) -> Iterator[Union[CodedDocument, Failure]]:
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            self.documents += 1
            if self.delay:
                time.sleep(self.delay)
            if "@boom" in item.text:
                yield Failure(item.id, "LG019", f"[LG019] coding failed for {item.id}: boom", item.path)
                continue
            sentences, events = [], []
            pos = 0
            for line in item.text.split("\n"):
                if line.strip():
                    start = item.text.index(line, pos)
                    sent_text = line.partition("|")[2].strip() if line.startswith("@") else line
                    sentences.append(Sentence(item.id, len(sentences), start, start + len(line), sent_text or line))
                    if line.startswith("@"):
                        events.append(parse_event_line(line, item, len(events), start))
                    pos = start + len(line)
            yield CodedDocument(item, sentences, events)


def doc_text(*lines: str) -> str:
    return "\n".join(lines)
