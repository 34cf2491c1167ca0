"""Charts: files exist, are valid PNG/SVG of a reasonable size, and the plotted data is right."""

from __future__ import annotations

import datetime as dt
import math
import xml.etree.ElementTree as ET

import pytest

from export_factories import actor, make_merged, timeline_events
from legation import ConfigError
from legation.plot import dyad_timeline, partner_network

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _is_png(path):
    data = path.read_bytes()
    return data[:8] == PNG_MAGIC and b"IEND" in data[-16:]


def _is_svg(path):
    root = ET.parse(path).getroot()
    return root.tag.endswith("svg")


def test_dyad_timeline_png(tmp_path):
    out = tmp_path / "dyad.png"
    table = dyad_timeline(timeline_events(), "USA", "CHN", period="month", out=out)
    assert _is_png(out) and out.stat().st_size > 20_000
    assert list(table.period) == [f"2021-{m:02d}" for m in range(1, 13)]
    assert table.events.sum() == (table[["q1", "q2", "q3", "q4"]].sum(axis=1)).sum()
    # only USA -> CHN events are counted
    expected = sum(1 for m in timeline_events() if m.event.source.country == "USA" and m.event.target.country == "CHN")
    assert table.events.sum() == expected
    both = dyad_timeline(timeline_events(), "USA", "CHN", out=tmp_path / "both.png", both_directions=True)
    assert both.events.sum() > expected


def test_dyad_timeline_svg_weeks_and_gaps(tmp_path):
    out = tmp_path / "dyad.svg"
    events = [
        make_merged("a", cameo="042", day=dt.date(2021, 1, 4)),
        make_merged("b", cameo="190", day=dt.date(2021, 1, 6)),
        make_merged("c", cameo="057", day=dt.date(2021, 2, 1)),
        make_merged("u", cameo="042", day=None),  # undated: not drawn, counted
    ]
    table = dyad_timeline(events, "USA", "VNM", period="week", out=out)
    assert _is_svg(out) and out.stat().st_size > 10_000
    assert len(table) == 5  # 2021-W01 .. 2021-W05, empty weeks included
    assert table.iloc[0].period == "2021-W01" and table.iloc[0].events == 2
    assert math.isclose(table.iloc[0].goldstein, (1.9 - 10.0) / 2)
    assert math.isnan(table.iloc[1].goldstein) and table.iloc[1].events == 0
    assert table.attrs["undated"] == 1


def test_dyad_timeline_without_events_still_draws(tmp_path):
    out = tmp_path / "none.png"
    table = dyad_timeline(timeline_events(20), "USA", "XXX", out=out)
    assert table.empty and _is_png(out)


def test_partner_network(tmp_path):
    out = tmp_path / "net.png"
    graph = partner_network(timeline_events(), "USA", dt.date(2021, 1, 1), dt.date(2021, 12, 31), out=out)
    assert _is_png(out) and out.stat().st_size > 20_000
    assert set(graph.neighbors("USA")) == {"CHN", "JPN", "VNM", "DEU", "NAT", "RUS", "GBR"}
    assert sum(d["count"] for _, _, d in graph.edges(data=True)) == 160
    chn = graph.edges["USA", "CHN"]
    assert chn["count"] == chn["outgoing"] + chn["incoming"] and -10 <= chn["goldstein"] <= 10


def test_partner_network_window_and_domestic_events(tmp_path):
    domestic = make_merged("d", source=actor("USAGOV", "USA", "Washington"), target=actor("USAOPP", "USA", "Republicans"))
    lonely = make_merged("l", target=None)
    visit = make_merged("v", day=dt.date(2021, 9, 17))
    late = make_merged("x", day=dt.date(2022, 1, 1), target=actor("JPNGOV", "JPN", "Tokyo"))
    graph = partner_network([domestic, lonely, visit, late], "USA", dt.date(2021, 1, 1), dt.date(2021, 12, 31), out=tmp_path / "n.svg")
    assert _is_svg(tmp_path / "n.svg")
    assert list(graph.edges(data="count")) == [("USA", "VNM", 1)]


def test_partner_network_top_limits_the_drawing_only(tmp_path):
    graph = partner_network(timeline_events(), "USA", out=tmp_path / "n.svg", top=3)
    assert graph.degree("USA") == 7


def test_bad_extension_and_period(tmp_path):
    with pytest.raises(ConfigError):
        dyad_timeline([], "USA", "CHN", out=tmp_path / "x.jpg")
    with pytest.raises(ConfigError):
        dyad_timeline([], "USA", "CHN", period="fortnight", out=tmp_path / "x.png")
    with pytest.raises(ConfigError):
        partner_network([], "USA", out=tmp_path / "x.pdf")


def test_matplotlib_backend_untouched(tmp_path):
    import matplotlib

    before = matplotlib.get_backend()
    dyad_timeline(timeline_events(10), "USA", "CHN", out=tmp_path / "x.png")
    assert matplotlib.get_backend() == before
