"""Charts over merged events: a dyad's timeline and a country's partner network.

matplotlib is imported lazily and used through its object API on an Agg canvas (no pyplot, no
global backend switch), so the charts render headless and never disturb an interactive session.
The file type follows the extension of ``out``: ``.png`` or ``.svg``.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from legation._errors import ConfigError
from legation.export._common import PathLike, actor_matches, as_event, in_range
from legation.records import Actor, Event, MergedEvent

__all__ = ["PERIODS", "QUADS", "dyad_timeline", "partner_network"]

PERIODS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")

# quad class -> (label, colour): cooperation in greens, conflict in oranges/reds
QUADS: dict[int, tuple[str, str]] = {
    1: ("Verbal cooperation", "#a6d96a"),
    2: ("Material cooperation", "#1a9641"),
    3: ("Verbal conflict", "#fdae61"),
    4: ("Material conflict", "#d7191c"),
}

_FORMATS = {".png": "png", ".svg": "svg"}

Item = Union[MergedEvent, Event]


# --------------------------------------------------------------------------- helpers


def _out_format(out: PathLike) -> tuple[Path, str]:
    path = Path(out)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ConfigError("LG003", f"--output {path}: charts are written as .png or .svg")
    path.parent.mkdir(parents=True, exist_ok=True)
    return path, fmt


def _new_figure(width: float, height: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Any, path: Path, fmt: str) -> None:
    fig.savefig(path, format=fmt, metadata={"Software": "legation"} if fmt == "png" else {"Creator": "legation"})


def period_start(day: _dt.date, period: str) -> _dt.date:
    """The first day of the period holding ``day`` (weeks start on Monday)."""
    if period == "day":
        return day
    if period == "week":
        return day - _dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return _dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if period == "year":
        return _dt.date(day.year, 1, 1)
    raise ConfigError("LG003", f"period {period!r}: use one of {', '.join(PERIODS)}")


def _next_period(start: _dt.date, period: str) -> _dt.date:
    if period == "day":
        return start + _dt.timedelta(days=1)
    if period == "week":
        return start + _dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[period]
    m = start.month - 1 + months
    return _dt.date(start.year + m // 12, m % 12 + 1, 1)


def period_label(start: _dt.date, period: str) -> str:
    if period == "day":
        return start.isoformat()
    if period == "week":
        iso = start.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if period == "month":
        return f"{start:%Y-%m}"
    if period == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}"


def _party_key(actor: Actor) -> str:
    """How a partner is named on the network: its country, else its organisation, else its code."""
    country = (actor.country or "").upper()
    if country and country != "IGO":
        return country
    return (actor.organisation or actor.code or country or "?").upper()


# --------------------------------------------------------------------------- dyad timeline


def dyad_timeline(
    events: Iterable[Item],
    source: str,
    target: str,
    period: str = "month",
    out: PathLike = "dyad.png",
    *,
    both_directions: bool = False,
    since: Optional[_dt.date] = None,
    until: Optional[_dt.date] = None,
    title: Optional[str] = None,
) -> Any:
    """Events from ``source`` to ``target`` per period, stacked by quad class, with the mean Goldstein
    score as a line on a second axis; written to ``out`` (.png or .svg).

    ``source`` / ``target`` name an actor by country (``USA``), organisation (``UNO``) or code prefix
    (``USAGOV``). Events are placed on their start date; undated events are left out. With
    ``both_directions`` events from target to source count too. Returns the plotted table as a
    pandas DataFrame (one row per period: ``period``, ``start``, ``q1``..``q4``, ``events``,
    ``goldstein``), empty periods included.
    """
    import pandas as pd

    if period not in PERIODS:
        raise ConfigError("LG003", f"--period {period!r}: use one of {', '.join(PERIODS)}")
    path, fmt = _out_format(out)
    counts: dict[_dt.date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    scores: dict[_dt.date, list[float]] = defaultdict(list)
    undated = 0
    for item in events:
        ev = as_event(item)
        forward = actor_matches(ev.source, source) and actor_matches(ev.target, target)
        backward = both_directions and actor_matches(ev.source, target) and actor_matches(ev.target, source)
        if not (forward or backward):
            continue
        if ev.date.start is None:
            undated += 1
            continue
        if not in_range(ev.date, since, until):
            continue
        key = period_start(ev.date.start, period)
        if 1 <= ev.quad_class <= 4:
            counts[key][ev.quad_class - 1] += 1
        scores[key].append(ev.goldstein)

    rows = []
    if counts or scores:
        cur, last = min(scores), max(scores)
        while cur <= last:
            q = counts.get(cur, [0, 0, 0, 0])
            s = scores.get(cur, [])
            rows.append(
                {
                    "period": period_label(cur, period),
                    "start": cur,
                    "q1": q[0],
                    "q2": q[1],
                    "q3": q[2],
                    "q4": q[3],
                    "events": len(s),
                    "goldstein": sum(s) / len(s) if s else math.nan,
                }
            )
            cur = _next_period(cur, period)
    table = pd.DataFrame(rows, columns=["period", "start", "q1", "q2", "q3", "q4", "events", "goldstein"])
    table.attrs["undated"] = undated

    arrow = "↔" if both_directions else "→"
    width = max(8.0, min(14.0, 4.0 + 0.28 * len(table)))
    fig = _new_figure(width, 4.8)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_title(title or f"{source.upper()} {arrow} {target.upper()}: events per {period}", loc="left", fontsize=12)
    if table.empty:
        ax.text(0.5, 0.5, "no dated events for this dyad", ha="center", va="center", transform=ax.transAxes, color="#666666")
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        x = list(range(len(table)))
        bottom = [0] * len(table)
        for q in (1, 2, 3, 4):
            label, colour = QUADS[q]
            values = table[f"q{q}"].tolist()
            ax.bar(x, values, bottom=bottom, color=colour, label=label, width=0.8, edgecolor="white", linewidth=0.5)
            bottom = [b + v for b, v in zip(bottom, values)]
        ax.set_ylabel("events")
        ax.set_xlim(-0.6, len(table) - 0.4)
        ax.set_ylim(0, max(1, max(bottom)) * 1.15)
        step = max(1, math.ceil(len(table) / 16))
        ax.set_xticks(x[::step])
        ax.set_xticklabels(table["period"].tolist()[::step], rotation=45 if len(table) > 8 else 0, ha="right" if len(table) > 8 else "center")
        ax.spines[["top"]].set_visible(False)
        ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
        ax.set_axisbelow(True)

        ax2 = ax.twinx()
        ax2.axhline(0, color="#999999", linewidth=0.8, linestyle="--")
        ax2.plot(x, table["goldstein"].tolist(), color="#2b2b2b", marker="o", markersize=3.5, linewidth=1.6, label="mean Goldstein")
        ax2.set_ylim(-10.5, 10.5)
        ax2.set_ylabel("mean Goldstein (−10 conflict … +10 cooperation)")
        ax2.spines[["top"]].set_visible(False)
        handles, labels = ax.get_legend_handles_labels()
        h2, l2 = ax2.get_legend_handles_labels()
        fig.legend(handles + h2, labels + l2, loc="outside lower center", ncols=5 if width >= 9.5 else 3, frameon=False, fontsize=8.5)
    if undated:
        fig.text(0.995, 0.005, f"{undated} undated event(s) not shown", ha="right", va="bottom", fontsize=7, color="#666666")
    _save(fig, path, fmt)
    return table


# --------------------------------------------------------------------------- partner network


def partner_network(
    events: Iterable[Item],
    country: str,
    since: Optional[_dt.date] = None,
    until: Optional[_dt.date] = None,
    out: PathLike = "network.svg",
    *,
    top: int = 25,
    title: Optional[str] = None,
) -> Any:
    """The partners of ``country`` as a networkx graph (edge ``count`` and mean ``goldstein``), drawn to
    ``out`` (.png or .svg): the country in the centre, partners on a ring, edge width = event count,
    edge colour = mean Goldstein (red conflict … green cooperation).

    Events in either direction count; events inside the country (both sides the country) and events
    without a second actor are left out, as are undated events when ``since``/``until`` is given.
    ``top`` keeps the partners with the most events in the drawing (the returned graph keeps all).
    """
    import networkx as nx

    path, fmt = _out_format(out)
    center = country.strip().upper()
    agg: dict[str, dict[str, Any]] = {}
    for item in events:
        ev = as_event(item)
        if ev.target is None:
            continue
        src_in, tgt_in = actor_matches(ev.source, center), actor_matches(ev.target, center)
        if src_in == tgt_in:  # not this country's event, or a domestic one
            continue
        if not in_range(ev.date, since, until):
            continue
        partner = _party_key(ev.target if src_in else ev.source)
        a = agg.setdefault(partner, {"count": 0, "sum": 0.0, "out": 0, "in": 0, "quads": [0, 0, 0, 0]})
        a["count"] += 1
        a["sum"] += ev.goldstein
        a["out" if src_in else "in"] += 1
        if 1 <= ev.quad_class <= 4:
            a["quads"][ev.quad_class - 1] += 1

    graph = nx.Graph(country=center, since=since, until=until)
    graph.add_node(center, role="country")
    for partner, a in agg.items():
        graph.add_node(partner, role="partner")
        graph.add_edge(
            center,
            partner,
            count=a["count"],
            goldstein=a["sum"] / a["count"],
            outgoing=a["out"],
            incoming=a["in"],
            quads=tuple(a["quads"]),
        )
    _draw_network(graph, center, path, fmt, top=top, since=since, until=until, title=title)
    return graph


def _draw_network(graph: Any, center: str, path: Path, fmt: str, *, top: int, since: Any, until: Any, title: Optional[str]) -> None:
    from matplotlib import colormaps
    from matplotlib.cm import ScalarMappable
    from matplotlib.collections import LineCollection
    from matplotlib.colors import Normalize

    partners = sorted(graph.neighbors(center), key=lambda p: (-graph.edges[center, p]["count"], p))
    shown = partners[: max(1, top)]
    hidden = len(partners) - len(shown)

    fig = _new_figure(7.6, 6.6)
    ax = fig.add_subplot(1, 1, 1)
    span = f"{since or '…'} – {until or '…'}" if (since or until) else "all dates"
    ax.set_title(title or f"{center}: partners ({span})", loc="left", fontsize=12)
    ax.set_aspect("equal")
    ax.axis("off")
    cmap, norm = colormaps["RdYlGn"], Normalize(vmin=-10, vmax=10)

    if not shown:
        ax.text(0.5, 0.5, f"no events between {center} and a partner", ha="center", va="center", transform=ax.transAxes, color="#666666")
    else:
        # the country in the centre; partners clockwise from the top, busiest first
        pos = {center: (0.0, 0.0)}
        for i, p in enumerate(shown):
            angle = math.pi / 2 - 2 * math.pi * i / len(shown)
            pos[p] = (math.cos(angle), math.sin(angle))
        maxc = max(graph.edges[center, p]["count"] for p in shown)
        segments, widths, colours = [], [], []
        for p in shown:
            e = graph.edges[center, p]
            segments.append([pos[center], pos[p]])
            widths.append(1.0 + 11.0 * e["count"] / maxc)
            colours.append(cmap(norm(e["goldstein"])))
        # a grey casing keeps pale (neutral) edges visible on white
        ax.add_collection(LineCollection(segments, linewidths=[w + 1.6 for w in widths], colors="#8a8a8a", alpha=0.6, zorder=1))
        ax.add_collection(LineCollection(segments, linewidths=widths, colors=colours, zorder=1.5))
        sizes = [300 + 900 * graph.edges[center, p]["count"] / maxc for p in shown]
        ax.scatter([pos[p][0] for p in shown], [pos[p][1] for p in shown], s=sizes, c="white", edgecolors="#333333", linewidths=1.2, zorder=2)
        ax.scatter([0], [0], s=1500, c="#2b2b2b", zorder=3)
        ax.text(0, 0, center, ha="center", va="center", color="white", fontsize=10, fontweight="bold", zorder=4)
        for p in shown:
            x, y = pos[p]
            e = graph.edges[center, p]
            ax.text(x, y, p, ha="center", va="center", fontsize=8, fontweight="bold", zorder=4)
            ax.text(x * 1.2, y * 1.2, f"{e['count']} · {e['goldstein']:+.1f}", ha="center", va="center", fontsize=7, color="#444444", zorder=4)
        ax.set_xlim(-1.4, 1.4)
        ax.set_ylim(-1.4, 1.4)
    bar = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.7, pad=0.02)
    bar.set_label("mean Goldstein of the pair's events")
    note = "edge width = events; label = events · mean Goldstein"
    if hidden:
        note += f"; {hidden} smaller partner(s) not drawn"
    fig.text(0.01, 0.01, note, fontsize=7, color="#666666")
    _save(fig, path, fmt)
