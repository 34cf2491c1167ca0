"""Charts over merged events (matplotlib, imported lazily, rendered on an Agg canvas)::

    from legation.plot import dyad_timeline, partner_network
    dyad_timeline(events, "USA", "CHN", period="month", out="usa-chn.png")
    graph = partner_network(events, "VNM", since, until, out="vnm.svg")

Both accept :class:`~legation.records.MergedEvent` or :class:`~legation.records.Event` objects and
write PNG or SVG by the extension of ``out``.
"""

from legation.plot._charts import PERIODS, QUADS, dyad_timeline, partner_network

__all__ = ["PERIODS", "QUADS", "dyad_timeline", "partner_network"]
