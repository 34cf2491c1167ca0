"""The documentation stays in sync with the code: error catalogue and output contract."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from legation._errors import CATALOGUE
from legation.records import Actor, Event, EventDate, Mention, Place, Plover

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _doc(name: str) -> str:
    path = DOCS / name
    assert path.is_file(), f"{path} is missing: it documents every user-facing code/field (see the issue)"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_error_code_is_documented(code):
    text = _doc("errors.md")
    assert re.search(rf"\b{code}\b", text), f"{code} ({CATALOGUE[code][0]}) is not in docs/errors.md"


def test_error_catalogue_codes_are_well_formed():
    for code, (title, fix) in CATALOGUE.items():
        assert re.fullmatch(r"LG\d{3}", code)
        assert title and fix and fix.rstrip().endswith((".", ")", "`"))


def _sample_event() -> Event:
    actor = Actor("Vietnam", 0, 7, "VNMGOV", "VNM", ("GOV",), "Nguyen Xuan Phuc", "President", None, "dictionary")
    return Event(
        event_id="0123456789abcdef",
        doc_id="doc",
        sentence_index=0,
        sentence="Vietnam visited Cuba.",
        sentence_start=0,
        sentence_end=21,
        trigger=Mention("visited", 8, 15),
        cameo="042",
        cameo_root="04",
        cameo_name="Make a visit",
        goldstein=1.9,
        quad_class=1,
        plover=Plover("CONSULT", "visit", ()),
        source=actor,
        target=Actor("Cuba", 16, 20, "CUB", "CUB"),
        date=EventDate(dt.date(2021, 9, 18), dt.date(2021, 9, 20), "from September 18 to 20", "day"),
        modality="planned",
        location=Place("Cuba", "Cuba", "CUB"),
        confidence=0.9,
        doc_date=dt.date(2021, 9, 17),
    )


def _keys(d: dict, prefix: str = "") -> list[str]:
    out = []
    for k, v in d.items():
        out.append(k)
        if isinstance(v, dict):
            out.extend(_keys(v, prefix + k + "."))
    return out


def test_every_output_field_is_documented():
    text = _doc("output.md")
    missing = [k for k in dict.fromkeys(_keys(_sample_event().to_dict())) if not re.search(rf"`{re.escape(k)}`|\b{re.escape(k)}\b", text)]
    assert not missing, f"fields of Event.to_dict() missing from docs/output.md: {missing}"


def test_event_round_trips_through_its_dict():
    ev = _sample_event()
    back = Event.from_dict(ev.to_dict())
    assert back.to_dict() == ev.to_dict()
