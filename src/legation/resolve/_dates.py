"""Date expressions in a sentence, resolved against a reference (publication) date.

Handles absolute dates and ranges ("from September 18 to 20", "Sept. 30-Oct. 2", "18-20 September
2021"), months ("in September", "last month"), bare years ("in 1960"), weekdays ("on Monday"),
parts of months and years ("early March", "mid-July", "the end of March", "late 2024"), windows
("in the coming days", "in two weeks", "over the weekend") and relative expressions ("next week",
"this weekend", "earlier this month", "by the end of the year", "yesterday", "two years ago",
"one year after", "on the 15th"). Relative
and yearless expressions need a reference date; without one they stay unresolved (start/end None)
but keep their text — never guessed from today's clock.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Optional

from legation.ingest._text import MONTH_RE, month_number
from legation.records import EventDate

__all__ = ["CALENDAR_WORDS", "DateMention", "find_dates", "shift_years"]

_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# month and weekday names (lower case): times, never places or names ("in March", "on Sunday")
CALENDAR_WORDS = frozenset(m.lower() for m in list(calendar.month_name[1:]) + list(calendar.day_name))
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(\d{4})"
_M = f"({MONTH_RE})"


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the sentence text
    end: int
    date: EventDate
    relative_to_event: bool = False  # "one year after ...": a shift of the enclosing clause's time
    future: Optional[bool] = None  # the expression itself points forward ("next week")


def _month_end(y: int, m: int) -> _dt.date:
    return _dt.date(y, m, calendar.monthrange(y, m)[1])


def _nearest_year(month: int, day: int, ref: _dt.date, tense: Optional[str]) -> Optional[int]:
    best: Optional[tuple[int, int]] = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = _dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))
        except ValueError:
            continue
        delta = (d - ref).days
        if tense == "future" and delta < -3:
            continue
        if tense == "past" and delta > 3:
            continue
        score = abs(delta)
        if best is None or score < best[0]:
            best = (score, y)
    return best[1] if best else None


def shift_years(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _ed(start: Optional[_dt.date], end: Optional[_dt.date], text: str, precision: str) -> EventDate:
    if start is None:
        return EventDate(None, None, text, "unknown", "unresolved")
    return EventDate(start, end or start, text, precision, "text")  # type: ignore[arg-type]


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # from September 18 to 20[, 2021] / September 18-20 / between Sept. 18 and 20
    ("m_d_to_d", re.compile(rf"\b(?:from\s+|between\s+)?{_M}\s+{_D}\s*(?:-|–|to|and|through|until)\s*{_D}(?:,?\s+{_Y})?\b", re.I)),
    # from September 30 to October 2[, 2021]
    ("m_d_to_m_d", re.compile(rf"\b(?:from\s+|between\s+)?{_M}\s+{_D}\s*(?:-|–|to|and|through|until)\s*{_M}\s+{_D}(?:,?\s+{_Y})?\b", re.I)),
    # from 18 to 20 September [2021] / 18-20 September
    ("d_to_d_m", re.compile(rf"\b(?:from\s+|between\s+)?{_D}\s*(?:-|–|to|and|through|until)\s*{_D}\s+{_M}(?:,?\s+{_Y})?\b", re.I)),
    # September 18, 2021 / Sept. 18 2021
    ("m_d_y", re.compile(rf"\b{_M}\s+{_D},?\s+{_Y}\b", re.I)),
    # 18 September 2021
    ("d_m_y", re.compile(rf"\b{_D}\s+{_M},?\s+{_Y}\b", re.I)),
    # 2021-09-18
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # September 18 / 18 September
    ("m_d", re.compile(rf"\b{_M}\s+{_D}\b(?!\s*(?:-|–|,?\s*\d{{4}}))", re.I)),
    ("d_m", re.compile(rf"\b{_D}\s+{_M}\b(?!,?\s*\d{{4}})", re.I)),
    # early/mid/late March [2025], the end of March: a third of the month
    ("part_m", re.compile(rf"\b(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[-\s]+{_M}\b(?:,?\s+{_Y}\b)?(?!\s+\d)", re.I)),
    # early/mid/late 2024, late last year: a third of the year
    ("part_y", re.compile(r"\b(early|mid|late)[-\s]+(?:(\d{4})\b|(last|next|this)\s+year\b)", re.I)),
    # September 2021 / in September
    ("m_y", re.compile(rf"\b{_M}\s+{_Y}\b", re.I)),
    ("in_m", re.compile(rf"\b(?:in|since|by|until|during)\s+{_M}\b(?!\s+\d)", re.I)),
    # last November / next March: the month's latest past (or next) occurrence
    ("last_m", re.compile(rf"\b(last|next|this\s+past|this\s+coming)\s+{_M}\b(?!\s+\d)", re.I)),
    # in the coming days / over the next few weeks / in the past months
    ("window", re.compile(r"\b(?:in|over|during|within)\s+the\s+(coming|next|past|last|previous)\s+(?:few\s+|several\s+)?(days|weeks|months)\b", re.I)),
    # in two weeks / in a month (from the publication date)
    ("in_n", re.compile(rf"\bin\s+({_NUM})\s+(day|week|month)s?\b(?!\s+(?:ago|earlier|later|after|before))", re.I)),
    # over/at/during the weekend
    ("the_weekend", re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b", re.I)),
    # N years/months/weeks/days ago | later | earlier | after | before
    ("n_units", re.compile(rf"\b({_NUM})\s+(year|month|week|day)s?\s+(ago|earlier|later|after|before|from now)\b", re.I)),
    ("end_of", re.compile(r"\b(?:the\s+)?(end|beginning|start)\s+of\s+(?:the\s+|this\s+)?(next\s+|last\s+)?(year|month|week)\b", re.I)),
    ("rel_unit", re.compile(r"\b(?:(earlier|later)\s+)?(next|last|this|past|previous|coming|following)\s+(year|month|week|weekend)\b", re.I)),
    # on the 15th / on the 3rd: a day of the publication's month (the next month's when the
    # sentence speaks of the future and the day is past; the last month's when past and ahead)
    ("the_nth", re.compile(r"\b(?:on|by|until|since|from)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:century|anniversary|round|session|summit|congress|day|week|month|year|time|floor|[A-Z]))")),
    ("rel_day", re.compile(r"\b(yesterday|today|tomorrow|tonight)\b", re.I)),
    ("weekday", re.compile(r"\b(?i:on\s+|last\s+|next\s+|this\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    # in 1960 / in the year 2023 / since 1995 (not part of "2020-2021 term")
    ("year", re.compile(r"\b(?i:in|since|by|until|during|of|from)\s+(?i:the\s+year\s+)?(\d{4})\b(?![-–/]\d)")),
]


def find_dates(text: str, ref: Optional[_dt.date], tense: Optional[str] = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``ref`` (non-overlapping, longest first)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            dm = _resolve(kind, m, ref, tense)
            if dm is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(dm)
    found.sort(key=lambda d: d.start)
    return found


def _year_or_guess(y: Optional[str], month: int, day: int, ref: Optional[_dt.date], tense: Optional[str]) -> Optional[int]:
    if y:
        return int(y)
    if ref is None:
        return None
    return _nearest_year(month, day, ref, tense)


def _resolve(kind: str, m: "re.Match[str]", ref: Optional[_dt.date], tense: Optional[str]) -> Optional[DateMention]:
    s, e, text = m.start(), m.end(), m.group(0)
    g = m.groups()
    try:
        if kind == "m_d_to_d":
            mon = month_number(g[0]) or 0
            d1, d2 = int(g[1]), int(g[2])
            if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
                return None
            y = _year_or_guess(g[3], mon, d1, ref, tense)
            if y is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            start = _dt.date(y, mon, d1)
            end = _dt.date(y, mon, d2) if d2 >= d1 else _dt.date(y + (mon == 12), mon % 12 + 1, d2)
            if g[3] and end.year != y:  # a trailing year belongs to the end: "December 30 to 2, 2022"
                start, end = shift_years(start, y - end.year), shift_years(end, y - end.year)
            return DateMention(s, e, _ed(start, end, text, "day"))
        if kind == "m_d_to_m_d":
            m1, m2 = month_number(g[0]) or 0, month_number(g[2]) or 0
            d1, d2 = int(g[1]), int(g[3])
            y = _year_or_guess(g[4], m1, d1, ref, tense)
            if y is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            start = _dt.date(y, m1, d1)
            end = _dt.date(y + (m2 < m1), m2, d2)
            if g[4] and end.year != y:  # a trailing year belongs to the end: "December 30 to January 2, 2022"
                start, end = shift_years(start, y - end.year), shift_years(end, y - end.year)
            return DateMention(s, e, _ed(start, end, text, "day"))
        if kind == "d_to_d_m":
            mon = month_number(g[2]) or 0
            d1, d2 = int(g[0]), int(g[1])
            y = _year_or_guess(g[3], mon, d1, ref, tense)
            if y is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            # "30-2 October": the range starts in the month before
            start = _dt.date(y, mon, d1) if d1 <= d2 else _dt.date(y - (mon == 1), (mon - 2) % 12 + 1, d1)
            return DateMention(s, e, _ed(start, _dt.date(y, mon, d2), text, "day"))
        if kind == "m_d_y":
            d = _dt.date(int(g[2]), month_number(g[0]) or 0, int(g[1]))
            return DateMention(s, e, _ed(d, d, text, "day"))
        if kind == "d_m_y":
            d = _dt.date(int(g[2]), month_number(g[1]) or 0, int(g[0]))
            return DateMention(s, e, _ed(d, d, text, "day"))
        if kind == "iso":
            d = _dt.date(int(g[0]), int(g[1]), int(g[2]))
            return DateMention(s, e, _ed(d, d, text, "day"))
        if kind in ("m_d", "d_m"):
            mon_s, day_s = (g[0], g[1]) if kind == "m_d" else (g[1], g[0])
            mon, day = month_number(mon_s) or 0, int(day_s)
            if mon_s.lower() == "may" and kind == "m_d" and not text[0].isupper():
                return None  # "may 5" is rarely a date in lowercase
            if not 1 <= day <= 31:
                return None
            y = _year_or_guess(None, mon, day, ref, tense)
            if y is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            d = _dt.date(y, mon, day)
            return DateMention(s, e, _ed(d, d, text, "day"))
        if kind == "m_y":
            mon, y = month_number(g[0]) or 0, int(g[1])
            return DateMention(s, e, _ed(_dt.date(y, mon, 1), _month_end(y, mon), text, "month"))
        if kind == "part_m":
            part = g[0].lower().split()[-2] if " of" in g[0].lower() else g[0].lower()
            mon = month_number(g[1]) or 0
            if not mon or (g[1].lower() == "may" and not g[1][0].isupper()):
                return None
            if g[2]:
                y: Optional[int] = int(g[2])
            elif ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            else:
                y = _nearest_year(mon, 15, ref, tense) or ref.year
            assert y is not None
            last = _month_end(y, mon).day
            lo, hi = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
                      "late": (21, last), "end": (21, last)}[part]
            return DateMention(s, e, _ed(_dt.date(y, mon, lo), _dt.date(y, mon, hi), text, "day"))
        if kind == "part_y":
            part = g[0].lower()
            if g[1]:
                y = int(g[1])
                if not 1800 <= y <= 2100:
                    return None
            elif ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            else:
                y = ref.year + {"last": -1, "next": 1, "this": 0}[g[2].lower()]
            m1, m2 = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
            return DateMention(s, e, _ed(_dt.date(y, m1, 1), _month_end(y, m2), text, "month"))
        if kind == "window":
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            span = {"days": 7, "weeks": 28, "months": 90}[g[1].lower()]
            if g[0].lower() in ("coming", "next"):
                return DateMention(s, e, _ed(ref + _dt.timedelta(days=1), ref + _dt.timedelta(days=span), text, "day"), future=True)
            return DateMention(s, e, _ed(ref - _dt.timedelta(days=span), ref, text, "day"), future=False)
        if kind == "in_n":
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            n = int(g[0]) if g[0].isdigit() else _NUM_WORDS.get(g[0].lower().replace("a few", "few"), 1)
            return DateMention(s, e, _shift(ref, g[1].lower(), n, text), future=True)
        if kind == "the_nth":
            n = int(g[0])
            if ref is None or not 1 <= n <= 31:
                return None if ref is not None else DateMention(s, e, _ed(None, None, text, "unknown"))
            y, mon = ref.year, ref.month
            if tense == "future" and n < ref.day:
                y, mon = (y + 1, 1) if mon == 12 else (y, mon + 1)
            elif tense != "future" and n > ref.day:
                y, mon = (y - 1, 12) if mon == 1 else (y, mon - 1)
            if n > calendar.monthrange(y, mon)[1]:
                return None
            d = _dt.date(y, mon, n)
            return DateMention(s, e, _ed(d, d, text, "day"), future=d > ref)
        if kind == "the_weekend":
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            # a weekend ahead when the sentence speaks of the future, else the last one (or this one, on a weekend)
            k = 0 if tense == "future" or ref.weekday() >= 5 else -1
            return DateMention(s, e, _period(ref, "weekend", k, text), future=tense == "future")
        if kind == "in_m":
            if g[0].lower() == "may" and not g[0][0].isupper():
                return None
            mon = month_number(g[0]) or 0
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            y = _nearest_year(mon, 15, ref, tense) or ref.year
            return DateMention(s, e, _ed(_dt.date(y, mon, 1), _month_end(y, mon), text, "month"))
        if kind == "last_m":
            mon = month_number(g[1]) or 0
            if ref is None or not mon:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            ahead = g[0].lower() in ("next", "this coming")
            # never the publication's own month: "last November" in November is a year back
            y = ref.year + (1 if ahead and mon <= ref.month else 0) - (1 if not ahead and mon >= ref.month else 0)
            return DateMention(s, e, _ed(_dt.date(y, mon, 1), _month_end(y, mon), text, "month"), future=ahead)
        if kind == "n_units":
            n = int(g[0]) if g[0].isdigit() else _NUM_WORDS.get(g[0].lower().replace("a few", "few"), 1)
            unit, direction = g[1].lower(), g[2].lower()
            sign = -1 if direction in ("ago", "earlier", "before") else 1
            if direction in ("after", "before"):
                # "one year after X upgraded..." — shifts the clause it governs, relative to the event
                return DateMention(s, e, EventDate(None, None, text, "unknown", "unresolved"), relative_to_event=True, future=None)
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            return DateMention(s, e, _shift(ref, unit, sign * n, text), future=sign > 0)
        if kind == "rel_unit":
            side, which, unit = (g[0] or "").lower(), g[1].lower(), g[2].lower()
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            k = {"next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1, "this": 0}[which]
            period = _period(ref, unit, k, text)
            if k == 0 and side and period.start and period.end and period.start <= ref <= period.end:
                # "earlier this month" ends at the publication date, "later this year" starts there
                if side == "earlier":
                    return DateMention(s, e, _ed(period.start, ref, text, "day" if unit.startswith("week") else period.precision), future=False)
                return DateMention(s, e, _ed(ref, period.end, text, "day" if unit.startswith("week") else period.precision), future=True)
            return DateMention(s, e, period, future=k > 0 if k else None)
        if kind == "end_of":
            edge, which, unit = g[0].lower(), (g[1] or "").strip().lower(), g[2].lower()
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            k = {"next": 1, "last": -1}.get(which, 0)
            period = _period(ref, unit, k, text)
            assert period.start is not None and period.end is not None
            if unit == "year":  # its first or last month
                a = period.start if edge != "end" else _dt.date(period.end.year, 12, 1)
                return DateMention(s, e, _ed(a, _month_end(a.year, a.month), text, "month"), future=k > 0 if k else None)
            if unit == "month":  # its first or last ten days
                a, b = (period.start, period.start + _dt.timedelta(days=9)) if edge != "end" else (period.end - _dt.timedelta(days=9), period.end)
                return DateMention(s, e, _ed(a, b, text, "day"), future=k > 0 if k else None)
            a, b = (period.start, period.start + _dt.timedelta(days=1)) if edge != "end" else (period.end - _dt.timedelta(days=2), period.end)
            return DateMention(s, e, _ed(a, b, text, "day"), future=k > 0 if k else None)
        if kind == "rel_day":
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            k = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g[0].lower()]
            d = ref + _dt.timedelta(days=k)
            return DateMention(s, e, _ed(d, d, text, "day"), future=k > 0 if k else None)
        if kind == "weekday":
            if ref is None:
                return DateMention(s, e, _ed(None, None, text, "unknown"))
            wd = _WEEKDAYS[g[0].lower()]
            low = text.lower()
            forward = low.startswith("next") or (tense == "future" and not low.startswith("last"))
            if forward:
                # "next Wednesday" is never today; "will speak on Wednesday" in Wednesday's paper is today
                delta = (wd - ref.weekday()) % 7 or (7 if low.startswith("next") else 0)
            else:
                delta = -((ref.weekday() - wd) % 7)
            d = ref + _dt.timedelta(days=delta)
            return DateMention(s, e, _ed(d, d, text, "day"), future=forward)
        if kind == "year":
            y = int(g[0])
            if not 1800 <= y <= 2100:
                return None
            return DateMention(s, e, _ed(_dt.date(y, 1, 1), _dt.date(y, 12, 31), text, "year"))
    except ValueError:
        return None
    return None


def _shift(ref: _dt.date, unit: str, n: int, text: str) -> EventDate:
    if unit == "day":
        d = ref + _dt.timedelta(days=n)
        return _ed(d, d, text, "day")
    if unit == "week":
        d = ref + _dt.timedelta(weeks=n)
        return _ed(d - _dt.timedelta(days=3), d + _dt.timedelta(days=3), text, "day")
    if unit == "month":
        y, mo = divmod(ref.month - 1 + n, 12)
        y += ref.year
        return _ed(_dt.date(y, mo + 1, 1), _month_end(y, mo + 1), text, "month")
    y = ref.year + n
    return _ed(_dt.date(y, 1, 1), _dt.date(y, 12, 31), text, "year")


def _period(ref: _dt.date, unit: str, k: int, text: str) -> EventDate:
    if unit == "weekend":  # Saturday and Sunday of the week (Monday to Sunday) holding ref, shifted by k weeks
        saturday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=5, weeks=k)
        return _ed(saturday, saturday + _dt.timedelta(days=1), text, "day")
    if unit == "week":
        monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(weeks=k)
        return _ed(monday, monday + _dt.timedelta(days=6), text, "day")
    if unit == "month":
        y, mo = divmod(ref.month - 1 + k, 12)
        y += ref.year
        return _ed(_dt.date(y, mo + 1, 1), _month_end(y, mo + 1), text, "month")
    y = ref.year + k
    return _ed(_dt.date(y, 1, 1), _dt.date(y, 12, 31), text, "year")
