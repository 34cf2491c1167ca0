"""resolve: date expressions in a sentence, resolved against a reference (publication) date."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legation.resolve import find_dates
from legation.resolve._dates import shift_years

REF = dt.date(2021, 9, 17)  # a Friday


def _one(text: str, ref=REF, tense=None):
    found = find_dates(text, ref, tense)
    assert len(found) == 1, found
    return found[0]


def _range(text: str, ref=REF, tense=None):
    d = _one(text, ref, tense).date
    return d.start, d.end, d.precision


# ---------------------------------------------------------------------------- absolute dates


def test_day_range_within_a_month():
    dm = _one("President Phuc will pay an official visit to Cuba from September 18 to 20.", tense="future")
    assert (dm.date.start, dm.date.end) == (dt.date(2021, 9, 18), dt.date(2021, 9, 20))
    assert dm.date.precision == "day" and dm.date.basis == "text"
    assert dm.date.text == "from September 18 to 20"
    text = "President Phuc will pay an official visit to Cuba from September 18 to 20."
    assert text[dm.start : dm.end] == dm.date.text
    assert not dm.relative_to_event


def test_day_range_across_months():
    assert _range("The forum runs from September 30 to October 2.") == (dt.date(2021, 9, 30), dt.date(2021, 10, 2), "day")
    assert _range("Talks were held Sept. 30-Oct. 2.") == (dt.date(2021, 9, 30), dt.date(2021, 10, 2), "day")


def test_day_range_across_years():
    # a trailing year belongs to the end of the range
    assert _range("The talks run from December 30 to January 2, 2022.") == (dt.date(2021, 12, 30), dt.date(2022, 1, 2), "day")
    # without a year: the start's nearest year, the end in the next one
    assert _range("The talks run from December 30 to January 2.", dt.date(2021, 12, 1))[:2] == (dt.date(2021, 12, 30), dt.date(2022, 1, 2))
    assert _range("The talks ran from December 30 to 2.", dt.date(2022, 1, 10))[:2] == (dt.date(2021, 12, 30), dt.date(2022, 1, 2))


def test_day_first_range_with_year():
    assert _range("The summit on 18-20 September 2021 ended with a declaration.") == (dt.date(2021, 9, 18), dt.date(2021, 9, 20), "day")
    assert _range("from 21 to 24 September 2021") == (dt.date(2021, 9, 21), dt.date(2021, 9, 24), "day")


def test_range_with_explicit_year():
    assert _range("September 18-20, 2019") == (dt.date(2019, 9, 18), dt.date(2019, 9, 20), "day")


def test_single_days():
    assert _range("The treaty was signed on September 18, 2021.") == (dt.date(2021, 9, 18), dt.date(2021, 9, 18), "day")
    assert _range("It was signed on 18 September 2021.") == (dt.date(2021, 9, 18),) * 2 + ("day",)
    assert _range("It was signed on Sept. 18, 2021.")[0] == dt.date(2021, 9, 18)
    assert _range("It was signed on 2021-09-18.")[0] == dt.date(2021, 9, 18)


def test_yearless_day_takes_the_nearest_year_by_tense():
    ref = dt.date(2021, 1, 5)
    assert _range("He will visit on December 28.", ref, "future")[0] == dt.date(2021, 12, 28)
    assert _range("He visited on December 28.", ref, "past")[0] == dt.date(2020, 12, 28)
    assert _range("He visited on December 28.", ref)[0] == dt.date(2020, 12, 28)  # the nearest


def test_month_and_year_precision():
    assert _range("They met in September.") == (dt.date(2021, 9, 1), dt.date(2021, 9, 30), "month")
    assert _range("They met in February 2020.") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29), "month")
    assert _range("Viet Nam and Cuba set up diplomatic ties in 1960.") == (dt.date(1960, 1, 1), dt.date(1960, 12, 31), "year")


def test_sentence_initial_prepositions_are_recognised():
    assert _range("In 1960, the two countries set up diplomatic ties.") == (dt.date(1960, 1, 1), dt.date(1960, 12, 31), "year")
    assert _range("In September, the two leaders met.")[2] == "month"


def test_lowercase_may_is_a_verb_not_a_month():
    assert find_dates("The minister may visit Laos.", REF) == []
    assert find_dates("Both sides may 5 times meet.", REF) == []
    assert _range("They met in May.")[0] == dt.date(2021, 5, 1)


def test_term_spans_are_not_bare_years():
    assert find_dates("Vietnam is a member of the council for the 2020-2021 term.", REF) == []
    assert find_dates("It served in the 2020-2021 term.", REF) == []
    assert find_dates("It served from 2020-2021.", REF) == []


def test_years_out_of_range_are_ignored():
    assert find_dates("The law of 1066 was repealed.", REF) == []


# ---------------------------------------------------------------------------- relative dates


def test_next_week_and_last_month():
    dm = _one("The president will travel to Japan next week.")
    assert (dm.date.start, dm.date.end) == (dt.date(2021, 9, 20), dt.date(2021, 9, 26))
    assert dm.future is True
    dm = _one("The ministers met last month.")
    assert (dm.date.start, dm.date.end, dm.date.precision) == (dt.date(2021, 8, 1), dt.date(2021, 8, 31), "month")
    assert dm.future is False


def test_last_month_in_january_goes_back_a_year():
    assert _range("They met last month.", dt.date(2022, 1, 10))[:2] == (dt.date(2021, 12, 1), dt.date(2021, 12, 31))


def test_yesterday_today_tomorrow():
    assert _range("The leaders spoke by phone yesterday.")[:2] == (dt.date(2021, 9, 16),) * 2
    assert _range("The leaders meet today.")[0] == REF
    assert _range("The leaders meet tomorrow.")[0] == dt.date(2021, 9, 18)


def test_weekday_follows_the_tense():
    past = _one("The ministers met on Monday.", tense="past")
    assert past.date.start == dt.date(2021, 9, 13) and past.future is False
    future = _one("The ministers will meet on Monday.", tense="future")
    assert future.date.start == dt.date(2021, 9, 20) and future.future is True
    assert _one("They met on Friday.", tense="past").date.start == REF  # the same day
    # in Friday's paper, "will meet on Friday" is that day; "next Friday" is the week after
    assert _one("They will meet on Friday.", tense="future").date.start == REF
    assert _one("They will meet next Friday.", tense="future").date.start == dt.date(2021, 9, 24)


def test_sentence_initial_next_and_last_weekday():
    assert _one("Next Monday the ministers meet again.").date.start == dt.date(2021, 9, 20)
    assert _one("Last Monday the ministers met.").date.start == dt.date(2021, 9, 13)


def test_n_units_ago():
    assert _range("The embassy opened two years ago.") == (dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year")
    assert _range("They met three days ago.") == (dt.date(2021, 9, 14), dt.date(2021, 9, 14), "day")
    assert _range("They met 2 months ago.") == (dt.date(2021, 7, 1), dt.date(2021, 7, 31), "month")
    dm = _one("The delegation returns a few weeks later.")
    assert dm.future is True and dm.date.start > REF


def test_one_year_after_is_relative_to_the_event():
    dm = _one("One year after the two countries upgraded their ties, the leaders met.")
    assert dm.relative_to_event is True
    assert dm.date.start is None and dm.date.text.lower() == "one year after"


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("this weekend", dt.date(2021, 9, 18), dt.date(2021, 9, 19)),
        ("next weekend", dt.date(2021, 9, 25), dt.date(2021, 9, 26)),
        ("last weekend", dt.date(2021, 9, 11), dt.date(2021, 9, 12)),
        ("earlier this month", dt.date(2021, 9, 1), REF),
        ("later this year", REF, dt.date(2021, 12, 31)),
        ("earlier this week", dt.date(2021, 9, 13), REF),
        ("by the end of the year", dt.date(2021, 12, 1), dt.date(2021, 12, 31)),
        ("at the end of this month", dt.date(2021, 9, 21), dt.date(2021, 9, 30)),
        ("at the beginning of next year", dt.date(2022, 1, 1), dt.date(2022, 1, 31)),
    ],
)
def test_weekends_parts_of_periods_and_their_ends(text, start, end):
    dm = _one(f"The two sides will sign the accord {text}.")
    assert (dm.date.start, dm.date.end) == (start, end)
    assert dm.date.text.lower() in text


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("in early October", dt.date(2021, 10, 1), dt.date(2021, 10, 10)),
        ("in mid-October", dt.date(2021, 10, 11), dt.date(2021, 10, 20)),
        ("in late October", dt.date(2021, 10, 21), dt.date(2021, 10, 31)),
        ("by the end of October", dt.date(2021, 10, 21), dt.date(2021, 10, 31)),
        ("in late 2022", dt.date(2022, 9, 1), dt.date(2022, 12, 31)),
        ("early next year", dt.date(2022, 1, 1), dt.date(2022, 4, 30)),
        ("in the coming days", dt.date(2021, 9, 18), dt.date(2021, 9, 24)),
        ("in two weeks", dt.date(2021, 9, 28), dt.date(2021, 10, 4)),
        ("over the weekend", dt.date(2021, 9, 18), dt.date(2021, 9, 19)),
    ],
)
def test_parts_of_months_and_years_and_windows_ahead(text, start, end):
    dm = _one(f"The two sides will sign the accord {text}.", tense="future")
    assert (dm.date.start, dm.date.end) == (start, end)


def test_a_past_weekend_and_a_past_window():
    dm = _one("The ministers met over the weekend.")
    assert (dm.date.start, dm.date.end) == (dt.date(2021, 9, 11), dt.date(2021, 9, 12))
    dm = _one("The two armies clashed in the past few weeks.")
    assert (dm.date.start, dm.date.end) == (dt.date(2021, 8, 20), REF)


@pytest.mark.parametrize(
    "text",
    ["this weekend", "earlier this month", "by the end of the year"],
)
def test_new_relative_forms_stay_unresolved_without_a_reference(text):
    dm = _one(f"The ministers met {text}.", ref=None)
    assert dm.date.start is None and dm.date.precision == "unknown"


@pytest.mark.parametrize(
    "text",
    ["next week", "last month", "yesterday", "on Monday", "two years ago", "from September 18 to 20", "in September", "December 28"],
)
def test_relative_and_yearless_dates_stay_unresolved_without_a_reference(text):
    dm = _one(f"The ministers met {text}.", ref=None)
    assert dm.date.start is None and dm.date.end is None
    assert dm.date.text and dm.date.text.lower() in text.lower()
    assert dm.date.precision == "unknown" and dm.date.basis == "unresolved"


def test_absolute_dates_resolve_without_a_reference():
    assert _range("They met on 18 September 2021.", ref=None)[0] == dt.date(2021, 9, 18)
    assert _range("They met in 1960.", ref=None)[0] == dt.date(1960, 1, 1)


def test_several_dates_are_sorted_and_disjoint():
    text = "After talks in 1960 and on September 18, 2021, they will meet again next week."
    found = find_dates(text, REF)
    assert [d.date.text for d in found] == ["in 1960", "September 18, 2021", "next week"]
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_shift_years_handles_leap_days():
    assert shift_years(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 28)
    assert shift_years(dt.date(2021, 9, 17), -1) == dt.date(2020, 9, 17)


# ---------------------------------------------------------------------------- properties

_MONTHS_LONG = list(calendar.month_name)[1:]
_MONTHS_SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

FORMATS = [
    lambda y, m, d1, d2: f"on {_MONTHS_LONG[m - 1]} {d1}, {y}",
    lambda y, m, d1, d2: f"on {d1} {_MONTHS_LONG[m - 1]} {y}",
    lambda y, m, d1, d2: f"on {_MONTHS_SHORT[m - 1]} {d1} {y}",
    lambda y, m, d1, d2: f"on {y:04d}-{m:02d}-{d1:02d}",
    lambda y, m, d1, d2: f"from {_MONTHS_LONG[m - 1]} {d1} to {d2}, {y}",
    lambda y, m, d1, d2: f"from {_MONTHS_LONG[m - 1]} {d1} to {d2}",
    lambda y, m, d1, d2: f"{d1}-{d2} {_MONTHS_LONG[m - 1]} {y}",
    lambda y, m, d1, d2: f"from {d1} to {d2} {_MONTHS_LONG[m - 1]}",
    lambda y, m, d1, d2: f"between {_MONTHS_SHORT[m - 1]} {d1} and {_MONTHS_SHORT[m % 12]} {d2}",
    lambda y, m, d1, d2: f"on {_MONTHS_LONG[m - 1]} {d1}",
    lambda y, m, d1, d2: f"in {_MONTHS_LONG[m - 1]} {y}",
    lambda y, m, d1, d2: f"in {_MONTHS_LONG[m - 1]}",
    lambda y, m, d1, d2: f"in {y}",
]


@settings(max_examples=400, deadline=None)
@given(
    year=st.integers(1900, 2099),
    month=st.integers(1, 12),
    d1=st.integers(1, 31),
    d2=st.integers(1, 31),
    fmt=st.sampled_from(FORMATS),
    ref=st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))),
    tense=st.sampled_from([None, "past", "future"]),
)
def test_resolved_dates_have_start_before_end(year, month, d1, d2, fmt, ref, tense):
    text = f"The two ministers met {fmt(year, month, d1, d2)} in Hanoi."
    for dm in find_dates(text, ref, tense):
        d = dm.date
        assert text[dm.start : dm.end] == d.text
        if d.start is None:
            assert d.end is None and d.precision == "unknown"
            continue
        assert d.end is not None and d.start <= d.end
        assert d.precision in ("day", "month", "year")
        if d.precision == "month":
            assert (d.start.year, d.start.month) == (d.end.year, d.end.month) and d.start.day == 1


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1901, 1, 1), dt.date(2099, 12, 31)), st.sampled_from(FORMATS[:4]))
def test_full_dates_resolve_exactly(day, fmt):
    text = f"They met {fmt(day.year, day.month, day.day, day.day)}."
    (dm,) = find_dates(text, None)
    assert dm.date.start == dm.date.end == day
