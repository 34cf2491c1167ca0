"""The merge rules as pure functions (no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from store_factories import make_event

from legation.store._merge import Candidate, actor_key, choose, codes_compatible, fold, match, view_of


def v(**kw):
    doc_date = kw.pop("doc_date", "2024-09-26")
    return view_of(make_event(doc_date=doc_date, **kw))


def test_codes_compatible():
    assert codes_compatible("042", "042", "04") == "code 042"
    assert "generalised as 040" in codes_compatible("040", "042", "04")
    assert "generalised as 04" in codes_compatible("042", "04", "04")
    assert "parent 031" in codes_compatible("0311", "031", "03")
    assert codes_compatible("042", "043", "04") is None
    assert codes_compatible("0311", "0312", "03") is None


def test_actor_key():
    e = make_event(source="IGOUNO", target="VNMGOV")
    assert actor_key(e.source) == "IGOUNO"
    assert actor_key(e.target) == "VNM"
    assert actor_key(None) is None


def test_same_meeting_matches_with_reason():
    a, b = v(cameo="042", place="USA"), v(cameo="040", date="2024-09-26", place="USA")
    reason, _ = match(b, a)
    assert reason.startswith("same dyad VNM/GOV->USA/GOV, root 04")
    assert "within 1 day" in reason and "place USA" in reason


@pytest.mark.parametrize(
    "change",
    [
        {"target": "USAMIL"},  # different sector
        {"target": "CHNGOV"},  # different target
        {"source": "USAGOV", "target": "VNMGOV"},  # reversed, not reciprocal
        {"cameo": "043"},  # incompatible code
        {"cameo": "051"},  # other root
        {"date": "2024-09-27"},  # two days apart
        {"place": "FRA"},  # different place
        {"modality": "planned"},  # a plan is not the event
    ],
)
def test_does_not_match(change):
    base = dict(cameo="042", date="2024-09-25", place="USA")
    assert match(v(**{**base, **change}), v(**base)) is None


def test_bare_country_is_compatible_with_sectors():
    assert match(v(source="VNM", target="USA"), v()) is not None


def test_reciprocal_matches_either_direction():
    a = v(source="VNM", target="CUB", cameo="057", reciprocal=True)
    b = v(source="CUBGOV", target="VNM", cameo="057", date="2024-09-26")
    reason, _ = match(b, a)
    assert reason.startswith("same pair CUB<->VNM (reciprocal)")


def test_undated_reports_merge_only_on_close_publication_dates():
    dated = v(doc_date="2024-09-25")
    assert match(v(date=None, doc_date="2024-09-27"), dated) is not None
    assert match(v(date=None, doc_date="2024-09-28"), dated) is None
    assert match(replace(v(date=None), doc_date=None), dated) is None


def test_same_document_needs_exact_code_and_overlap():
    a = v(cameo="042")
    assert match(v(cameo="042"), a, same_document=True) is not None
    assert match(v(cameo="040"), a, same_document=True) is None
    assert match(v(cameo="042", date="2024-09-26"), a, same_document=True) is None
    assert match(v(cameo="042", date="2024-09-26"), a, same_document=False) is not None


def test_two_visits_in_one_month_stay_two():
    first = v(target="FRAGOV", date="2024-10-06", place="FRA")
    second = v(target="FRAGOV", date="2024-10-28", place="FRA")
    assert match(second, first) is None
    assert choose(second, [Candidate("ev1", first)]) is None


def test_month_report_merges_only_when_unambiguous():
    month = v(date="2024-10-01", end="2024-10-31", precision="month", target="FRAGOV")
    visit1 = v(target="FRAGOV", date="2024-10-06")
    visit2 = v(target="FRAGOV", date="2024-10-28")
    assert choose(month, [Candidate("a", visit1)]) is not None
    assert choose(month, [Candidate("a", visit1, order=1), Candidate("b", visit2, order=2)]) is None


def test_choose_prefers_the_better_match_and_refuses_ties():
    new = v(cameo="042", date="2024-09-25", place="USA")
    exact = v(cameo="042", date="2024-09-25", place="USA")
    loose = v(cameo="040", date="2024-09-24")
    d = choose(new, [Candidate("loose", loose, order=1), Candidate("exact", exact, order=2)])
    assert d is not None and d.event_id == "exact"
    assert choose(new, [Candidate("a", exact, order=1), Candidate("b", exact, order=2)]) is None


def test_fold_keeps_the_sharpest_facts():
    old = v(cameo="040", date="2024-09-01", end="2024-09-30", precision="month")
    new = v(cameo="042", date="2024-09-25", place="USA")
    f = fold(old, new)
    assert f.cameo == "042" and f.window == (dt.date(2024, 9, 25), dt.date(2024, 9, 25)) and f.place == "USA"
    # a later coarse report does not blur it
    assert fold(f, old).window == f.window and fold(f, old).cameo == "042"


def test_unmergeable_without_source_key():
    e = make_event()
    e = replace(e, source=replace(e.source, code="", country=None))
    assert not view_of(e).mergeable
    assert match(view_of(e), v()) is None


def test_symmetric_codes_match_in_either_direction():
    a = v(source="VNMGOV", target="USAGOV", cameo="040")
    b = v(source="USAGOV", target="VNMGOV", cameo="040", date="2024-09-26")
    reason, _ = match(b, a)
    assert reason.startswith("same pair USA<->VNM (symmetric code)")
    # a visit is directional: VNM visiting USA is not USA visiting VNM
    assert match(v(source="USAGOV", target="VNMGOV", cameo="042"), v(cameo="042")) is None
    # nor is a directional code reversed against a symmetric one
    assert match(v(source="USAGOV", target="VNMGOV", cameo="042"), a) is None


def test_visit_and_hosting_are_one_event():
    visit = v(source="VNMGOV", target="USAGOV", cameo="042", place="USA")
    host = v(source="USAGOV", target="VNMGOV", cameo="043", place="USA")
    reason, _ = match(host, visit)
    assert reason.startswith("same visit VNM->USA (042 visit = 043 host USA->VNM)")
    assert match(v(source="VNMGOV", target="USAGOV", cameo="043"), visit) is None  # VNM hosting USA
    assert match(host, visit, same_document=True) is None  # one document: codes must be equal


def test_incomplete_dyads_merge_across_documents_only_with_a_shared_place():
    # unnamed groups of unknown country: never across documents, still within one
    a = v(source="---REB", target="---MIL", cameo="190", place="SOM")
    b = v(source="---REB", target="---MIL", cameo="190", place="SOM")
    assert match(b, a) is None
    assert match(b, a, same_document=True) is not None
    # a named source and no (or an unnamed) target: only when both name the same place
    t1 = v(source="PAKGOV", target="---REB", cameo="190", place="PAK")
    assert match(v(source="PAKGOV", target="---REB", cameo="190", place="PAK"), t1)[0].endswith(
        "place PAK (anchors the incomplete dyad)"
    )
    assert match(v(source="PAKGOV", target="---REB", cameo="190"), t1) is None
    assert match(v(source="USAGOV", target=None, cameo="190"), v(source="USAGOV", target=None, cameo="190")) is None
