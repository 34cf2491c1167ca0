"""Read gold JSONL files in three formats and normalise them to one typed :class:`GoldRecord`.

The format is detected per record, so a file may mix formats:

* PLOVER GSR (``plover``): ``event`` plus ``source``/``target`` actor lists (``code`` = country);
  the CAMEO root comes from ``_derived.cameo_root`` or ``_derived.cameo_roots_allowed_by_plover``
  (or, for a raw record, from the PLOVER -> CAMEO table below).
* PETRARCH-2 validation (``petr2``): an ``events`` list of ``eventcode``/``sourcecode``/``targetcode``
  and ``no_events_expected``.
* ConfliBERT (``conflibert``): ``penta_class`` plus ``actor_spans`` over ``tokens``.

Countries are the first three letters of CAMEO actor codes (``IGO`` for IGO codes, ``---`` ->
None); a few known data-entry slips are mapped to ISO-3 (:data:`COUNTRY_FIXES`).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from legation._errors import EvaluationError

__all__ = [
    "COUNTRY_FIXES",
    "PENTA_CLASS_ROOTS",
    "PLOVER_ROOTS",
    "GoldEvent",
    "GoldRecord",
    "GoldSet",
    "GoldSpan",
    "Triple",
    "country_of_code",
    "detect_format",
    "file_sha256",
    "parse_record",
    "read_gold",
    "root_class",
]

Triple = tuple[str, Optional[str], Optional[str]]  # (root, source country, target country)

# ConfliBERT README: penta class <-> CAMEO roots
PENTA_CLASS_ROOTS: dict[int, tuple[str, ...]] = {
    0: ("01", "02"),
    1: ("03", "04", "05"),
    2: ("06", "07", "08"),
    3: ("09", "10", "11", "12", "13", "16"),
    4: ("14", "15", "17", "18", "19", "20"),
}
_ROOT_CLASS = {root: cls for cls, roots in PENTA_CLASS_ROOTS.items() for root in roots}

# PLOVER README / CAMEO2PLOVER: the CAMEO roots each PLOVER category aggregates (used only when a
# record lacks ``_derived``)
PLOVER_ROOTS: dict[str, tuple[str, ...]] = {
    "AGREE": ("03",),
    "CONSULT": ("04",),
    "SUPPORT": ("05",),
    "COOPERATE": ("06",),
    "AID": ("07",),
    "CONCEDE": ("08",),
    "RETREAT": ("08",),
    "YIELD": ("08",),
    "INVESTIGATE": ("09",),
    "DEMAND": ("10",),
    "DISAPPROVE": ("11",),
    "REJECT": ("12",),
    "THREATEN": ("13",),
    "PROTEST": ("14",),
    "MOBILIZE": ("15",),
    "SANCTION": ("16",),
    "COERCE": ("17",),
    "ASSAULT": ("18", "20"),
    "FIGHT": ("19", "20"),
}

# non-ISO country codes in the gold files that plainly mean an ISO-3 country
COUNTRY_FIXES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def root_class(root: Optional[str]) -> Optional[int]:
    """The ConfliBERT 5-way class of a CAMEO root (``"04"`` -> 1); None for unknown roots."""
    if not root:
        return None
    return _ROOT_CLASS.get(root[:2])


def country_of_code(code: Optional[str]) -> Optional[str]:
    """Country of a CAMEO actor code: first three letters, ``IGO`` for IGO codes, None for ``---``."""
    if not code or not isinstance(code, str):
        return None
    c = code.strip().upper()
    if len(c) < 3 or c.startswith("---"):
        return None
    head = c[:3]
    if not head.isalpha():
        return None
    return COUNTRY_FIXES.get(head, head)


@dataclass(frozen=True)
class GoldSpan:
    """A gold actor span: role ``S`` (source), ``T`` (target) or ``R`` (reciprocal), char offsets."""

    role: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldEvent:
    """One gold event. ``roots`` are the allowed CAMEO roots (one, except where the gold leaves a
    choice, e.g. PLOVER ASSAULT = 18 or 20); ``pairs`` are its (source, target) country pairs."""

    roots: tuple[str, ...]
    pairs: tuple[tuple[Optional[str], Optional[str]], ...] = ()
    cameo: Optional[str] = None
    reciprocal: bool = False

    def root_for(self, predicted_roots: Iterable[str]) -> str:
        """The concrete root: the first allowed root that was predicted, else the first allowed."""
        pred = set(predicted_roots)
        for r in self.roots:
            if r in pred:
                return r
        return self.roots[0]


@dataclass(frozen=True)
class GoldRecord:
    """One gold sentence, whatever its source format.

    ``roots``/``triples`` use each event's first allowed root; scoring calls :meth:`resolve` so that
    an event with a choice of roots matches whichever allowed root was predicted.
    ``roots_known`` is False where the gold gives no root (then the record is left out of root and
    triple scoring); ``has_triples`` is False where the gold has no actor countries (ConfliBERT).
    ``penta_class``, ``spans`` and ``no_events_expected`` are None where the format has no such field.
    """

    id: str
    text: str
    format: str
    date: Optional[_dt.date] = None
    events: tuple[GoldEvent, ...] = ()
    roots_known: bool = True
    has_triples: bool = True
    penta_class: Optional[int] = None
    spans: Optional[tuple[GoldSpan, ...]] = None
    no_events_expected: Optional[bool] = None
    line: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def roots(self) -> frozenset[str]:
        return frozenset(e.roots[0] for e in self.events) if self.roots_known else frozenset()

    @property
    def triples(self) -> frozenset[Triple]:
        if not (self.roots_known and self.has_triples):
            return frozenset()
        return frozenset((e.roots[0], s, t) for e in self.events for s, t in e.pairs)

    def resolve(self, predicted_roots: Iterable[str] = ()) -> tuple[frozenset[str], frozenset[Triple]]:
        """Concrete gold roots and triples given the predicted roots (see :meth:`GoldEvent.root_for`)."""
        if not self.roots_known:
            return frozenset(), frozenset()
        pred = set(predicted_roots)
        roots: set[str] = set()
        triples: set[Triple] = set()
        for e in self.events:
            r = e.root_for(pred)
            roots.add(r)
            if self.has_triples:
                triples.update((r, s, t) for s, t in e.pairs)
        return frozenset(roots), frozenset(triples)


@dataclass(frozen=True)
class GoldSet:
    """The records of one gold file with its name (the file's base name) and sha256."""

    name: str
    path: str
    sha256: str
    records: tuple[GoldRecord, ...]
    total_records: int

    @property
    def formats(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            out[r.format] = out.get(r.format, 0) + 1
        return out


# ----------------------------------------------------------------------------- format detection


def detect_format(rec: Any) -> Optional[str]:
    """``plover``, ``petr2``, ``conflibert`` or None, from the fields of one record."""
    if not isinstance(rec, dict):
        return None
    if "penta_class" in rec and "actor_spans" in rec:
        return "conflibert"
    if isinstance(rec.get("events"), list) and "no_events_expected" in rec:
        return "petr2"
    if isinstance(rec.get("event"), str) and ("source" in rec or "target" in rec):
        derived = rec.get("_derived")
        if isinstance(derived, dict) and (
            "cameo_roots_allowed_by_plover" in derived or "cameo_root" in derived
        ):
            return "plover"
        if rec["event"].strip().upper() in PLOVER_ROOTS:
            return "plover"
    return None


def _parse_date(value: Any) -> Optional[_dt.date]:
    if not value:
        return None
    from legation.ingest import parse_date_value
    from legation._errors import DocumentError

    try:
        return parse_date_value(value)
    except DocumentError:
        return None


def _text_of(rec: dict[str, Any], where: str) -> str:
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EvaluationError("LG040", f"{where}: record has no text")
    return text


def _actor_countries(actors: Any) -> list[Optional[str]]:
    if not isinstance(actors, list):
        return []
    out: list[Optional[str]] = []
    for a in actors:
        if isinstance(a, dict):
            out.append(country_of_code(a.get("code")))
        elif isinstance(a, str):
            out.append(country_of_code(a))
    return out


def _parse_plover(rec: dict[str, Any], where: str) -> GoldRecord:
    text = _text_of(rec, where)
    derived = rec.get("_derived") if isinstance(rec.get("_derived"), dict) else {}
    notes: list[str] = []
    root = derived.get("cameo_root")
    allowed = derived.get("cameo_roots_allowed_by_plover")
    if root:
        roots: tuple[str, ...] = (str(root),)
    elif allowed:
        roots = tuple(str(r) for r in allowed)
        if len(roots) > 1:
            notes.append(f"root is one of {'/'.join(roots)}")
    else:
        roots = PLOVER_ROOTS.get(str(rec.get("event", "")).strip().upper(), ())
    if not roots:
        raise EvaluationError("LG040", f"{where}: PLOVER event {rec.get('event')!r} has no CAMEO root")
    sources = _actor_countries(rec.get("source"))
    targets = _actor_countries(rec.get("target"))
    markup = rec.get("textInfo")
    markup = markup.get("markup", "") if isinstance(markup, dict) else str(markup or "")
    reciprocal = bool(derived.get("reciprocal")) if "reciprocal" in derived else "SRC/TAR" in markup
    pairs: list[tuple[Optional[str], Optional[str]]] = []
    if reciprocal:
        actors = sources + targets
        for i, a in enumerate(actors):
            for j, b in enumerate(actors):
                if i != j:
                    pairs.append((a, b))
        if not pairs:
            pairs.extend((a, None) for a in actors)
    else:
        for s in sources or [None]:
            for t in targets or [None]:
                pairs.append((s, t))
    seen: dict[tuple[Optional[str], Optional[str]], None] = dict.fromkeys(pairs)
    event = GoldEvent(roots=roots, pairs=tuple(seen), reciprocal=reciprocal)
    return GoldRecord(
        id=str(rec.get("id")),
        text=text,
        format="plover",
        date=_parse_date(rec.get("date")),
        events=(event,),
        notes=tuple(notes),
    )


def _parse_petr2(rec: dict[str, Any], where: str) -> GoldRecord:
    text = _text_of(rec, where)
    events: list[GoldEvent] = []
    for ev in rec.get("events") or []:
        if not isinstance(ev, dict):
            raise EvaluationError("LG040", f"{where}: an entry of `events` is not an object")
        code = str(ev.get("eventcode") or "").strip()
        if len(code) < 2 or not code[:2].isdigit():
            raise EvaluationError("LG040", f"{where}: eventcode {code!r} is not a CAMEO code")
        pair = (country_of_code(ev.get("sourcecode")), country_of_code(ev.get("targetcode")))
        events.append(GoldEvent(roots=(code[:2],), pairs=(pair,), cameo=code))
    return GoldRecord(
        id=str(rec.get("id")),
        text=text,
        format="petr2",
        date=_parse_date(rec.get("date")),
        events=tuple(events),
        no_events_expected=bool(rec.get("no_events_expected")),
    )


def _token_offsets(text: str, tokens: list[str]) -> Optional[list[tuple[int, int]]]:
    """Character offsets of each token, found left to right in ``text``; None if they do not align."""
    out: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        tok = str(tok)
        i = text.find(tok, pos)
        if i < 0 or text[pos:i].strip():
            return None
        out.append((i, i + len(tok)))
        pos = i + len(tok)
    return out


def _parse_conflibert(rec: dict[str, Any], where: str) -> GoldRecord:
    text = _text_of(rec, where)
    try:
        cls = int(rec["penta_class"])
    except (TypeError, ValueError) as exc:
        raise EvaluationError("LG040", f"{where}: penta_class {rec.get('penta_class')!r} is not 0-4") from exc
    if cls not in PENTA_CLASS_ROOTS:
        raise EvaluationError("LG040", f"{where}: penta_class {cls} is not 0-4")
    derived = rec.get("_derived") if isinstance(rec.get("_derived"), dict) else {}
    root = derived.get("cameo_root")
    notes: list[str] = []
    spans: Optional[tuple[GoldSpan, ...]] = None
    tokens = rec.get("tokens")
    if isinstance(tokens, list) and isinstance(rec.get("actor_spans"), list):
        offsets = _token_offsets(text, tokens)
        if offsets is None:
            notes.append("tokens do not align with the text: spans left out")
        else:
            got: list[GoldSpan] = []
            for sp in rec["actor_spans"]:
                try:
                    a, b = int(sp["token_start"]), int(sp["token_end"])
                    role = str(sp.get("role") or "")
                except (KeyError, TypeError, ValueError) as exc:
                    raise EvaluationError("LG040", f"{where}: malformed actor span {sp!r}") from exc
                if not (0 <= a < b <= len(offsets)):
                    raise EvaluationError("LG040", f"{where}: actor span {a}-{b} outside the {len(offsets)} tokens")
                start, end = offsets[a][0], offsets[b - 1][1]
                got.append(GoldSpan(role, start, end, text[start:end]))
            spans = tuple(got)
    events = (GoldEvent(roots=(str(root),)),) if root else ()
    return GoldRecord(
        id=str(rec.get("id")),
        text=text,
        format="conflibert",
        date=_parse_date(rec.get("date")),
        events=events,
        roots_known=bool(root),
        has_triples=False,
        penta_class=cls,
        spans=spans,
        notes=tuple(notes),
    )


_PARSERS = {"plover": _parse_plover, "petr2": _parse_petr2, "conflibert": _parse_conflibert}


def parse_record(rec: Any, *, where: str = "record", line: int = 0) -> GoldRecord:
    """Normalise one gold record (format detected from its fields); ``LG040`` when unrecognised."""
    fmt = detect_format(rec)
    if fmt is None:
        keys = ", ".join(sorted(rec)[:12]) if isinstance(rec, dict) else type(rec).__name__
        raise EvaluationError(
            "LG040",
            f"{where}: not a PLOVER GSR, PETRARCH-2 validation or ConfliBERT record (fields: {keys})",
        )
    if rec.get("id") in (None, ""):
        rec = dict(rec, id=f"line{line}")
    gold = _PARSERS[fmt](rec, where)
    if line:
        gold = replace(gold, line=line)
    return gold


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _iter_records(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise EvaluationError("LG040", f"{path}: {exc.strerror or exc}", path=str(path)) from exc
    with fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                yield n, json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise EvaluationError("LG040", f"{path}:{n}: not a JSON object ({exc})", path=str(path)) from exc


def read_gold(path: str | Path, *, limit: Optional[int] = None) -> GoldSet:
    """Read one gold JSONL file (the first ``limit`` records when given)."""
    p = Path(path)
    if not p.is_file():
        raise EvaluationError("LG040", f"{p}: no such file", path=str(p))
    records: list[GoldRecord] = []
    seen: set[str] = set()
    total = 0
    for n, rec in _iter_records(p):
        total += 1
        if limit is not None and len(records) >= limit:
            continue
        gold = parse_record(rec, where=f"{p}:{n}", line=n)
        if gold.id in seen:  # keep both: the second gets a line suffix so results stay joinable
            gold = replace(gold, id=f"{gold.id}@{n}", notes=gold.notes + (f"duplicate id {gold.id!r}",))
        seen.add(gold.id)
        records.append(gold)
    if not records:
        raise EvaluationError("LG040", f"{p}: no records", path=str(p))
    return GoldSet(name=p.name, path=str(p), sha256=file_sha256(p), records=tuple(records), total_records=total)
