"""legation: an offline event coder for news about diplomacy and international relations.

Public API (everything else is private and may change)::

    from legation import Coder, Options, read_documents
    coder = Coder(Options())
    for result in coder.code(read_documents(["article.txt"])):
        ...  # CodedDocument (document, sentences, events) or Failure

    legation.code_documents(docs) -> Iterator[Event]   # the short form
"""

from legation._errors import (
    ConfigError,
    DocumentError,
    EvaluationError,
    LegationError,
    ResourceError,
    StoreError,
)
from legation.options import Options
from legation.records import (
    Actor,
    Document,
    Event,
    EventDate,
    EventMention,
    Failure,
    MergedEvent,
    Mention,
    Place,
    Plover,
    Sentence,
)
from legation.pipeline import CodedDocument, Coder, code_documents
from legation.ingest import read_documents, document_from_text

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "CodedDocument",
    "Coder",
    "ConfigError",
    "Document",
    "DocumentError",
    "EvaluationError",
    "Event",
    "EventDate",
    "EventMention",
    "Failure",
    "LegationError",
    "MergedEvent",
    "Mention",
    "Options",
    "Place",
    "Plover",
    "ResourceError",
    "Sentence",
    "StoreError",
    "code_documents",
    "document_from_text",
    "read_documents",
    "__version__",
]
