"""Publication-date discovery and page-debris detection on raw document text."""

from __future__ import annotations

import datetime as _dt
import email.utils
import re
from typing import Optional

from legation._errors import DocumentError

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan", "jan."),
        ("february", "feb", "feb."),
        ("march", "mar", "mar."),
        ("april", "apr", "apr."),
        ("may",),
        ("june", "jun", "jun."),
        ("july", "jul", "jul."),
        ("august", "aug", "aug."),
        ("september", "sep", "sept", "sep.", "sept."),
        ("october", "oct", "oct."),
        ("november", "nov", "nov."),
        ("december", "dec", "dec."),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)


def month_number(word: str) -> Optional[int]:
    return MONTHS.get(word.lower().rstrip(".")) or MONTHS.get(word.lower())


_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?\s*$")
_COMPACT_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_WORDY_RE = re.compile(rf"^\s*(?:\w+,\s*)?(?:(\d{{1,2}})\s+({MONTH_RE})|({MONTH_RE})\s+(\d{{1,2}}),?)\s+(\d{{4}})\b.*$", re.I)


def parse_date_value(value: object, *, field: str = "date") -> _dt.date:
    """Parse a metadata date: ISO date or datetime (with Z/offset), ``YYYYMMDD``, RFC 2822, or
    ``17 September 2021`` / ``Sept. 17, 2021``. Raises :class:`DocumentError` ``LG015`` otherwise."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise DocumentError("LG015", f"{field}={value!r}")
    s = value.strip()
    m = _ISO_RE.match(s)
    try:
        if m:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _COMPACT_RE.match(s)
        if m:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _WORDY_RE.match(s)
        if m:
            day = m.group(1) or m.group(4)
            mon = m.group(2) or m.group(3)
            return _dt.date(int(m.group(5)), month_number(mon) or 0, int(day))
        parsed = email.utils.parsedate_to_datetime(s)
        if parsed is not None:
            return parsed.date()
    except (ValueError, TypeError, IndexError):
        pass
    raise DocumentError("LG015", f"{field}={value!r}")


# "date 2021-09-17" or "Published: 2021-09-17" at the very start of a text
_LEADING_MARKER_RE = re.compile(
    r"^\s*(?:date|published|posted|updated|dated)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ][0-9:]+Z?)?", re.I
)
# News datelines: an upper-case city, an optional region, an optional date and agency, then a dash
# or a colon: "HANOI, Sept. 17 (VNA) —", "WASHINGTON, March 3, 2024 (Reuters) -", "GENEVA (AP) —",
# "GAZA CITY, Palestinian Territories:". Only a dateline with a date dates the text.
_DATELINE_RE = re.compile(
    rf"^\s*(?P<city>[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){{0,3}})"
    rf"(?:,\s*(?P<region>[A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){{0,3}}))?"
    rf"(?:,?\s+(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?)?"
    rf"\s*(?:\((?P<agency>[^)]{{1,40}})\))?\s*(?:--|—|–|-|:)(?=\s)",
)


def find_dateline(text: str) -> Optional[tuple[str, Optional[str], int]]:
    """The city of a wire story's dateline, the region named after it, and where the city starts
    in the text ("NAIROBI, March 3 (Reuters) - ..." -> ("NAIROBI", None, 0)); None without one."""
    m = _DATELINE_RE.match(text[:300])
    if m is None:
        return None
    return m.group("city"), m.group("region"), m.start("city")
_DAY_FIRST_RE = re.compile(rf"^\s*(\d{{1,2}})\s+({MONTH_RE})\s+(\d{{4}})\b")
_MONTH_FIRST_RE = re.compile(rf"^\s*({MONTH_RE})\s+(\d{{1,2}}),\s*(\d{{4}})\b")


def find_publication_date(
    text: str, year_hint: Optional[int] = None
) -> tuple[Optional[_dt.date], Optional[tuple[int, int]]]:
    """Find a publication date stated at the head of the text.

    Returns ``(date, span)`` where ``span`` is the marker's character range (page debris), or
    ``(None, None)``. A yearless dateline ("HANOI, Sept. 17 (VNA) —") is dated only with
    ``year_hint``; nothing is ever guessed from today's clock.
    """
    m = _LEADING_MARKER_RE.match(text)
    if m:
        try:
            return _dt.date.fromisoformat(m.group(1)), (m.start(), m.end())
        except ValueError:
            return None, None
    head = text[:300]
    m = _DATELINE_RE.match(head)
    if m and m.group("month"):
        # the dateline itself is page furniture: its date must not date the events of its sentence
        span = (m.start(), m.end())
        month = month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else year_hint
        if month and year:
            try:
                return _dt.date(year, month, int(m.group("day"))), span
            except ValueError:
                return None, span
        return None, span
    for rx, order in ((_DAY_FIRST_RE, "dmy"), (_MONTH_FIRST_RE, "mdy")):
        m = rx.match(head)
        if m:
            try:
                if order == "dmy":
                    return _dt.date(int(m.group(3)), month_number(m.group(2)) or 0, int(m.group(1))), (m.start(), m.end())
                return _dt.date(int(m.group(3)), month_number(m.group(1)) or 0, int(m.group(2))), (m.start(), m.end())
            except ValueError:
                return None, None
    return None, None


_DEBRIS_LINE_RES = [
    re.compile(r"^\s*(?:source|nguồn|via|read more|related|see also|tags?|share|print)\s*:?\s*(?:https?://\S+)?\s*$", re.I),
    re.compile(r"^\s*source\s*:\s*\S+\s*$", re.I),
    re.compile(r"^\s*https?://\S+\s*$", re.I),
    re.compile(r"^\s*comments?\s*\(\d+\)\s*$", re.I),
    re.compile(r"^\s*\(?\s*photo(?:s|graph)?\s*(?::|(?:by|courtesy|from)\b).*$", re.I),
    re.compile(r"^\s*(?:by|written by|reported by)\s+[A-Z][\w.'\- ]{1,60}$"),
    re.compile(r"^\s*©.*$|^\s*copyright\b.*$", re.I),
]
# an all-caps byline line of one to four words ("FLOWING WATER", "VNS"), not a heading ending in '?'/'.'
_CAPS_BYLINE_RE = re.compile(r"^\s*[A-ZÀ-Ỹ][A-ZÀ-Ỹ'\-]*(?:\s+[A-ZÀ-Ỹ][A-ZÀ-Ỹ'\-]*){0,3}\s*$")
# an in-line caption: "… Đặng Hoàng Giang. — Photo from the Ministry of Foreign Affairs"
_CAPTION_RE = re.compile(r"(?:[—–]|(?<!\w)-)\s*(?:photo|image|file photo|picture)s?\b[^\n]*", re.I)


def debris_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are page furniture rather than article prose."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        body = text[start:end]
        if not body.strip():
            continue
        if any(rx.match(body) for rx in _DEBRIS_LINE_RES) or (
            _CAPS_BYLINE_RE.match(body) and len(body.split()) <= 4
        ):
            spans.append((start, end))
            continue
        m = _CAPTION_RE.search(body)
        if m:
            # the whole caption line ("<name>. — Photo from ...") is furniture
            spans.append((start, end))
    return spans
