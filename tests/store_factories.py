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
                        body = line.partition("|")[2].strip()
                        offset = start + line.index(body) if body else start
                        events.append(parse_event_line(line, item, len(events), offset))
                    pos = start + len(line)
            yield CodedDocument(item, sentences, events)


def doc_text(*lines: str) -> str:
    return "\n".join(lines)


# a small corpus exercising every merge rule ---------------------------------------------------

MEETING = "2024-09-25"


def meeting_corpus() -> list[CodedDocument]:
    """Three outlets report one VNM-USA meeting in New York (worded differently, coded 040/042/042,
    one with the day only implied); the same leader makes two different visits to France in one
    month; plus a reciprocal agreement, a UN event, a planned (not occurred) event and a month-only
    report."""
    docs: list[CodedDocument] = []

    def add(doc_id: str, date: str, outlet: str, *events: Event, text: Optional[str] = None) -> None:
        doc = make_doc(doc_id, text or f"Article {doc_id} from {outlet}.", date=date, source=outlet)
        docs.append(coded(doc, events))

    add("vna-1", "2024-09-25", "VNA",
        make_event("vna-1", 0, cameo="042", date=MEETING, place="USA", person="To Lam", target_person="Joe Biden",
                   sentence="General Secretary and President To Lam met US President Joe Biden in New York on September 25."),
        make_event("vna-1", 1, source="VNM", target="CUB", cameo="057", date="2024-09-20", reciprocal=True,
                   sentence="Viet Nam and Cuba signed an agreement on September 20."))  # fmt: skip
    add("voa-1", "2024-09-26", "VOA",
        make_event("voa-1", 0, cameo="040", date=MEETING, place="USA", target_person="Joe Biden",
                   sentence="Vietnam's leader held talks with Biden at the White House sidelines on Wednesday."),
        make_event("voa-1", 1, source="CUB", target="VNM", cameo="057", date="2024-09-21", reciprocal=True,
                   sentence="Cuba and Vietnam agreed to expand trade."))  # fmt: skip
    add("sggp-1", "2024-09-26", "SGGP",
        make_event("sggp-1", 0, cameo="042", date="2024-09-26", place="USA", person="To Lam",
                   sentence="Tô Lâm's meeting with the American president took place in New York."))  # fmt: skip
    # two visits by the same leader to France in October: different dates, stay two
    add("afp-1", "2024-10-07", "AFP",
        make_event("afp-1", 0, cameo="042", target="FRAGOV", date="2024-10-06", place="FRA", person="To Lam",
                   sentence="To Lam visited Paris on October 6."))  # fmt: skip
    add("afp-2", "2024-10-29", "AFP",
        make_event("afp-2", 0, cameo="042", target="FRAGOV", date="2024-10-28", place="FRA", person="To Lam",
                   sentence="To Lam returned to France on October 28 for the Francophonie summit."))  # fmt: skip
    # same day, same dyad, different places: stay two
    add("rtr-1", "2024-10-07", "Reuters",
        make_event("rtr-1", 0, cameo="042", target="FRAGOV", date="2024-10-06", place="BEL", person="To Lam",
                   sentence="To Lam met French officials in Brussels on October 6."))  # fmt: skip
    # the UN, a planned event (never merges with an occurred one), a month-only report
    add("un-1", "2024-09-27", "UN News",
        make_event("un-1", 0, target="IGOUNO", cameo="043", date="2024-09-24", place="USA",
                   sentence="Viet Nam's leader addressed the UN General Assembly on September 24."),
        make_event("un-1", 1, cameo="042", date="2024-09-25", modality="planned",
                   sentence="He was due to meet US President Biden."),
        make_event("un-1", 2, source="VNMGOV", target="USAGOV", cameo="061", date="2024-09-01", end="2024-09-30",
                   precision="month", sentence="In September the two sides cooperated on economic matters."))  # fmt: skip
    # a report with no resolved date, published within 2 days of the meeting
    add("blog-1", "2024-09-27", "Diplomat Blog",
        make_event("blog-1", 0, cameo="042", date=None, person="To Lam",
                   sentence="The meeting between the two leaders was cordial."))  # fmt: skip
    # same document, two reports of the meeting: 042 twice merges, 040 vs 042 in one document would not
    add("vnx-1", "2024-09-25", "VnExpress",
        make_event("vnx-1", 0, cameo="042", date=MEETING, place="USA", sentence="To Lam met Biden."),
        make_event("vnx-1", 1, cameo="042", date=MEETING, place="USA", sentence="The meeting with Biden lasted an hour."),
        make_event("vnx-1", 2, cameo="042", date="2024-09-26", sentence="On Thursday he met Biden again in Washington."))  # fmt: skip
    return docs


def corpus_failures() -> list[Failure]:
    return [
        Failure("bad-1", "LG012", "[LG012] Invalid UTF-8: bad.txt: byte 3", "bad.txt"),
        Failure("feed-3", "LG010", "[LG010] Empty document: feed-3", "feed.xml", 3),
    ]


def snapshot(store: object) -> dict[str, list[tuple]]:
    """Every table's content without timestamps or auto-increment numbers (for equality checks)."""
    q = store._rows  # type: ignore[attr-defined]
    return {
        "documents": q("SELECT id, content_hash, title, url, outlet, pub_date, path, text, num_sentences, num_events "
                       "FROM documents ORDER BY id"),
        "sentences": q("SELECT doc_id, idx, start_char, end_char, text FROM sentences ORDER BY doc_id, idx"),
        "events": q("SELECT id, first_doc_id, cameo, source_code, target_code, date_start, match_cameo, match_start, "
                    "match_end, match_precision, match_place, num_mentions, num_articles, num_sources, period_week "
                    "FROM events ORDER BY id"),
        "mentions": q("SELECT event_id, doc_id, idx_in_doc, mention_id, merge_reason, event_json FROM event_mentions "
                      "ORDER BY doc_id, idx_in_doc"),
        "actors": q("SELECT code, name, country, sectors, role, events, as_source, as_target, first_date, last_date "
                    "FROM actors ORDER BY code, name"),
        "failures": q("SELECT doc_id, path, line, code, message, seen FROM failures ORDER BY doc_id, path, line, code"),
    }  # fmt: skip


# backends for tests ---------------------------------------------------------------------------


def postgres_url() -> Optional[str]:
    import os

    return os.environ.get("LEGATION_TEST_POSTGRES_URL") or None


class PostgresSchema:
    """A throw-away schema in the test database: ``url`` points a store at it (search_path)."""

    def __init__(self, base_url: str) -> None:
        import uuid
        from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

        import psycopg

        self.name = "t_" + uuid.uuid4().hex[:12]
        self._base = base_url
        with psycopg.connect(base_url, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{self.name}"')
        parts = urlsplit(base_url)
        query = parse_qsl(parts.query) + [("options", f"-csearch_path={self.name}")]
        self.url = urlunsplit(parts._replace(query=urlencode(query)))

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self._base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE')
