"""Event coreference across documents: which stored event (if any) a newly coded event reports.

Pure functions over :class:`MergeView` records (the few fields the rules look at), so the rules are
testable without a database; the store supplies candidates from an indexed lookup
(:func:`candidate_bounds`) and writes the outcome. The rules (see ``docs/store.md``):

- **dyad**: the same source and target (country or IGO key) with compatible sectors (equal, or one
  side names no sector); when either report is reciprocal, or both codes are symmetric by nature
  (:data:`SYMMETRIC_CODES`: meet, talk, negotiate, sign an agreement, cooperate), the same country
  pair in any order (sectors ignored);
- **code**: the same CAMEO root, and the codes equal or one is the root-level code (``04``/``040``)
  or the parent of the other (``031``/``0311``); a visit (``042`` A->B) and its hosting (``043``
  B->A) are the same event;
- **modality**: equal (a planned visit and a denied one are different statements);
- **date**: windows overlapping, with a tolerance of ±1 day when both are day-precise; a month or
  year window only merges when it matches exactly one candidate; when either has no resolved date,
  only when both documents' publication dates are known and within 2 days;
- **place**: the same country when both have one;
- **incomplete dyads**: a report whose source has no country (``---REB``: unnamed rebels) never
  merges with another document's; one whose target is missing or has no country does only when
  both reports name the same place country (the place then anchors who is meant);
- **same document**: two reports in one document merge only with overlapping windows (no
  tolerance) and the exact same code.

Each decision carries a human-readable reason stored with the mention and shown by
``legation show``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from legation.records import Actor, Event

__all__ = [
    "SYMMETRIC_CODES",
    "Candidate",
    "Decision",
    "MergeView",
    "actor_key",
    "candidate_bounds",
    "choose",
    "codes_compatible",
    "fold",
    "match",
    "view_of",
]

# codes whose direction is arbitrary ("A met B" = "B met A"): consult, phone, meet at a third
# place, negotiate, intend to meet, sign an agreement, cooperate economically/militarily/...
SYMMETRIC_CODES = frozenset({"036", "040", "041", "044", "046", "057", "060", "061", "062", "063", "064"})
DAY_TOLERANCE = 1  # days, when both reports are day-precise
UNDATED_TOLERANCE = 2  # days between publication dates for reports without a resolved date
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}


def actor_key(actor: Optional[Actor]) -> Optional[str]:
    """The country-level identity of an actor for dyads: ISO-3, ``IGO`` + organisation, else its code."""
    if actor is None:
        return None
    if actor.country and actor.country != "IGO":
        return actor.country
    if actor.country == "IGO":
        if actor.organisation:
            org = actor.organisation.upper()
            return org if org.startswith("IGO") else "IGO" + org
        return actor.code or "IGO"
    return actor.code or None


def _known(key: Optional[str]) -> bool:
    """A key names a country or an organisation (not ``---REB``, an unnamed group of unknown country)."""
    return bool(key) and not key.startswith("---")  # type: ignore[union-attr]


@dataclass(frozen=True)
class MergeView:
    """What the merge rules compare, for a new report or a stored event."""

    source_key: Optional[str]
    source_sectors: tuple[str, ...]
    target_key: Optional[str]
    target_sectors: tuple[str, ...]
    reciprocal: bool
    cameo: str
    root: str
    modality: str
    start: Optional[_dt.date]
    end: Optional[_dt.date]
    precision: str
    doc_date: Optional[_dt.date]
    place: Optional[str]

    @property
    def mergeable(self) -> bool:
        return bool(self.source_key) and bool(self.root)

    @property
    def source_known(self) -> bool:
        return _known(self.source_key)

    @property
    def target_known(self) -> bool:
        return _known(self.target_key)

    @property
    def pair_key(self) -> str:
        return "|".join(sorted([self.source_key or "-", self.target_key or "-"]))

    @property
    def window(self) -> Optional[tuple[_dt.date, _dt.date]]:
        if self.start is None or self.precision == "unknown":
            return None
        end = self.end or self.start
        return (self.start, end) if end >= self.start else (end, self.start)

    @property
    def coarse(self) -> bool:
        """True when the report's time is a month, a year or unknown (it may fit several events)."""
        return self.window is None or self.precision != "day"


def view_of(event: Event) -> MergeView:
    """The merge view of a coded event."""
    tgt = event.target
    return MergeView(
        source_key=actor_key(event.source),
        source_sectors=tuple(sorted(event.source.sectors)),
        target_key=actor_key(tgt),
        target_sectors=tuple(sorted(tgt.sectors)) if tgt else (),
        reciprocal=bool(event.reciprocal),
        cameo=event.cameo,
        root=event.cameo_root or event.cameo[:2],
        modality=event.modality,
        start=event.date.start,
        end=event.date.end,
        precision=event.date.precision or "unknown",
        doc_date=event.doc_date,
        place=event.location.country if event.location and event.location.country else None,
    )


@dataclass(frozen=True)
class Candidate:
    """A stored event offered to :func:`choose`; ``same_document`` when it already holds a report
    from the document being written."""

    event_id: str
    view: MergeView
    same_document: bool = False
    order: int = 0  # creation order; the earliest wins ties


@dataclass(frozen=True)
class Decision:
    event_id: str
    reason: str


def _is_root_level(code: str, root: str) -> bool:
    return code == root or code == root + "0"


def codes_compatible(a: str, b: str, root: str) -> Optional[str]:
    """Why two CAMEO codes of one root may name the same event (``None`` when they may not)."""
    if a == b:
        return f"code {a}"
    if _is_root_level(a, root) or _is_root_level(b, root):
        general, specific = (a, b) if _is_root_level(a, root) else (b, a)
        return f"code {specific} (generalised as {general})"
    if len(a) != len(b) and (a.startswith(b) or b.startswith(a)):
        parent, child = (a, b) if len(a) < len(b) else (b, a)
        return f"code {child} (parent {parent})"
    return None


def _sectors_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return a == b or not a or not b


def _side(key: Optional[str], sectors: tuple[str, ...]) -> str:
    if not key:
        return "-"
    return key + ("/" + "+".join(sectors) if sectors else "")


def _fmt_window(w: tuple[_dt.date, _dt.date]) -> str:
    return w[0].isoformat() if w[0] == w[1] else f"{w[0].isoformat()}..{w[1].isoformat()}"


def _symmetric(code: str) -> bool:
    return (code + "0" if len(code) == 2 else code) in SYMMETRIC_CODES


def _is_visit_and_host(new: MergeView, old: MergeView) -> bool:
    """``042`` A->B (A visits B) and ``043`` B->A (B hosts A) report the same visit."""
    codes = {new.cameo[:3], old.cameo[:3]}
    return (
        codes == {"042", "043"}
        and new.source_key == old.target_key
        and new.target_key == old.source_key
        and new.target_key is not None
    )


def _dyad_reason(new: MergeView, old: MergeView) -> Optional[str]:
    if new.reciprocal or old.reciprocal or (_symmetric(new.cameo) and _symmetric(old.cameo)):
        if new.pair_key != old.pair_key:
            return None
        a, b = new.pair_key.split("|")
        why = "reciprocal" if new.reciprocal or old.reciprocal else "symmetric code"
        return f"same pair {a}<->{b} ({why})"
    if _is_visit_and_host(new, old):
        visit, host = (new, old) if new.cameo.startswith("042") else (old, new)
        return f"same visit {visit.source_key}->{visit.target_key} (042 visit = 043 host {host.source_key}->{host.target_key})"
    if new.source_key != old.source_key or new.target_key != old.target_key:
        return None
    if not _sectors_compatible(new.source_sectors, old.source_sectors):
        return None
    if not _sectors_compatible(new.target_sectors, old.target_sectors):
        return None
    src = _side(new.source_key, new.source_sectors or old.source_sectors)
    tgt = _side(new.target_key, new.target_sectors or old.target_sectors)
    return f"same dyad {src}->{tgt}"


def _date_reason(new: MergeView, old: MergeView, same_document: bool) -> Optional[tuple[str, int]]:
    """(reason, distance in days) when the dates allow a merge."""
    wn, wo = new.window, old.window
    if wn is None or wo is None:
        if same_document:
            return None
        if new.doc_date is None or old.doc_date is None:
            return None
        gap = abs((new.doc_date - old.doc_date).days)
        if gap > UNDATED_TOLERANCE:
            return None
        pubs = new.doc_date.isoformat() if gap == 0 else f"{old.doc_date.isoformat()} and {new.doc_date.isoformat()}"
        return f"no resolved date, published {pubs} (within {UNDATED_TOLERANCE} days)", 10 + gap
    lo, hi = max(wn[0], wo[0]), min(wn[1], wo[1])
    if lo <= hi:
        overlap = (lo, hi)
        text = _fmt_window(overlap)
        if wn == wo:
            return f"dates {text} overlap", 0
        return f"dates {_fmt_window(wo)} and {_fmt_window(wn)} overlap on {text}", 0
    if same_document:
        return None
    tol = DAY_TOLERANCE if new.precision == "day" and old.precision == "day" else 0
    gap = (lo - hi).days
    if gap > tol:
        return None
    return f"dates {_fmt_window(wo)} and {_fmt_window(wn)} within {tol} day", gap


def match(new: MergeView, old: MergeView, *, same_document: bool = False) -> Optional[tuple[str, int]]:
    """Whether ``new`` reports the event ``old`` describes: ``(reason, score)`` or ``None``.

    Higher scores are better matches (exact code, same place, closer dates)."""
    if not new.mergeable or not old.mergeable:
        return None
    if new.root != old.root or new.modality != old.modality:
        return None
    dyad = _dyad_reason(new, old)
    if dyad is None:
        return None
    if same_document:
        if new.cameo != old.cameo:
            return None
        code = f"code {new.cameo}"
    elif _is_visit_and_host(new, old) and not (new.reciprocal or old.reciprocal):
        code = f"codes {old.cameo}/{new.cameo}"
    else:
        code = codes_compatible(new.cameo, old.cameo, new.root)
        if code is None:
            return None
    if new.place and old.place and new.place != old.place:
        return None
    anchor = ""
    if not same_document:
        if not (new.source_known and old.source_known):
            return None  # "militants attacked" in two articles: nothing says they are the same militants
        if not (new.target_known and old.target_known):
            if not (new.place and new.place == old.place):
                return None
            anchor = " (anchors the incomplete dyad)"
    dates = _date_reason(new, old, same_document)
    if dates is None:
        return None
    date_text, distance = dates
    place = new.place or old.place
    reason = f"{dyad}, root {new.root}, {code}, {date_text}, place {place if place else 'not stated'}{anchor}"
    if same_document:
        reason += ", same document"
    score = 100 - 5 * distance + (20 if new.cameo == old.cameo else 0) + (10 if new.place and old.place else 0)
    return reason, score


def choose(new: MergeView, candidates: Sequence[Candidate]) -> Optional[Decision]:
    """The stored event a new report merges into, or ``None`` (it starts a new event).

    Conservative: when a coarse report (month, year or no resolved date) fits several candidates,
    or a day-precise one fits several equally well, it merges into none of them."""
    scored: list[tuple[int, int, Candidate, str]] = []
    for cand in candidates:
        m = match(new, cand.view, same_document=cand.same_document)
        if m is not None:
            scored.append((m[1], cand.order, cand, m[0]))
    if not scored:
        return None
    if len(scored) > 1:
        if new.coarse:
            return None
        scored.sort(key=lambda t: (-t[0], t[1]))
        if scored[0][0] == scored[1][0]:
            return None
    best = max(scored, key=lambda t: (t[0], -t[1]))
    return Decision(best[2].event_id, best[3])


def fold(old: MergeView, new: MergeView) -> MergeView:
    """The stored event's match view after ``new`` merged into it: the most specific code, the most
    precise date and the first stated place (so later reports compare against the sharpest facts)."""
    cameo = old.cameo
    if _is_root_level(old.cameo, old.root) and not _is_root_level(new.cameo, new.root):
        cameo = new.cameo
    elif len(new.cameo) > len(old.cameo) and new.cameo.startswith(old.cameo):
        cameo = new.cameo
    start, end, precision = old.start, old.end, old.precision
    if _PRECISION_RANK.get(new.precision, 3) < _PRECISION_RANK.get(old.precision, 3) and new.window is not None:
        start, end, precision = new.start, new.end, new.precision
    return replace(old, cameo=cameo, start=start, end=end, precision=precision, place=old.place or new.place)


def candidate_bounds(new: MergeView) -> dict[str, Optional[str]]:
    """ISO bounds for the indexed candidate lookup: stored windows that may overlap the new one
    (``win_lo``/``win_hi``) and publication dates for the undated rule (``doc_lo``/``doc_hi``)."""
    out: dict[str, Optional[str]] = {"win_lo": None, "win_hi": None, "doc_lo": None, "doc_hi": None}
    w = new.window
    if w is not None:
        pad = _dt.timedelta(days=DAY_TOLERANCE)
        out["win_lo"] = (w[0] - pad).isoformat()
        out["win_hi"] = (w[1] + pad).isoformat()
    if new.doc_date is not None:
        pad = _dt.timedelta(days=UNDATED_TOLERANCE)
        out["doc_lo"] = (new.doc_date - pad).isoformat()
        out["doc_hi"] = (new.doc_date + pad).isoformat()
    return out
