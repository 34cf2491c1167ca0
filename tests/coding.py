"""Shared helpers for the model-backed tests: code a text with the shared ``coder`` fixture and
project its events to the sets and tuples the assertions compare.

Importable as ``coding`` (pytest puts the tests folder on ``sys.path``, as for ``export_factories``).
Every helper takes the document date explicitly (``day``): each test module keeps its own ``DAY``,
since resolving leaders and relative dates depends on it. Modules bind their date once, e.g.
``_pairs = partial(triples, day=DAY, source="country")``, so the test bodies stay short.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from legation import Coder
from legation.records import Event


def code(coder: Coder, text: str, day: Optional[dt.date], doc_id: str = "t") -> list[Event]:
    """The events ``coder`` codes from ``text``, dated ``day``."""
    return coder.code_text(text, doc_id=doc_id, date=day)


def code_stories(coder: Coder, stories: dict[str, tuple[str, Optional[dt.date]]]) -> dict[str, list[Event]]:
    """Each story of ``stories`` (key -> (text, day)) coded as its own document, ``doc_id`` the key."""
    return {key: code(coder, text, day, doc_id=key) for key, (text, day) in stories.items()}


def field(event: Event, path: str) -> Any:
    """One value of an event by dotted path (``"cameo_root"``, ``"source.code"``, ``"target.country"``);
    None where a step is missing (an event without a target)."""
    value: Any = event
    for name in path.split("."):
        if value is None:
            return None
        value = getattr(value, name)
    return value


def project(events: list[Event], *paths: str) -> set[tuple]:
    """The set of tuples of the ``paths`` values (see ``field``) of ``events``."""
    return {tuple(field(e, p) for p in paths) for e in events}


def triples(coder: Coder, text: str, day: Optional[dt.date], *, cameo: str = "cameo_root",
            source: str = "code", target: str = "country", more: tuple[str, ...] = ()) -> set[tuple]:
    """The set of ``(event code, source value, target value, *more)`` of the events coded from ``text``.

    ``cameo`` is ``"cameo_root"`` (the two-digit root) or ``"cameo"`` (the full code); ``source`` and
    ``target`` name the actor attribute (``"code"`` or ``"country"``; a missing target gives None);
    ``more`` adds further event fields (e.g. ``("modality",)``)."""
    return project(code(coder, text, day), cameo, f"source.{source}", f"target.{target}", *more)


def codes(coder: Coder, text: str, day: Optional[dt.date]) -> set[str]:
    """The set of full CAMEO codes of the events coded from ``text``."""
    return {e.cameo for e in code(coder, text, day)}


def roots(coder: Coder, text: str, day: Optional[dt.date]) -> set[str]:
    """The set of CAMEO roots of the events coded from ``text``."""
    return {e.cameo_root for e in code(coder, text, day)}


def find(coder: Coder, text: str, root: str, day: Optional[dt.date]) -> list[Event]:
    """The events coded from ``text`` whose CAMEO root is ``root``."""
    return [e for e in code(coder, text, day) if e.cameo_root == root]


def in_sentence(coder: Coder, text: str, words: str, day: Optional[dt.date]) -> list[Event]:
    """The events coded from ``text`` whose sentence contains ``words``."""
    return [e for e in code(coder, text, day) if words in e.sentence]
