"""ingest: anything in, :class:`~legation.records.Document` records out.

Owns encodings, JSONL records, HTML extraction (trafilatura), publication-date discovery, page
debris and per-document errors (quarantine as :class:`~legation.records.Failure`, never crash).
"""

from legation.ingest._readers import document_from_text, read_documents
from legation.ingest._text import debris_spans, find_publication_date, parse_date_value

__all__ = [
    "debris_spans",
    "document_from_text",
    "find_publication_date",
    "parse_date_value",
    "read_documents",
]
