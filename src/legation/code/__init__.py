"""code: event candidates in parsed sentences — triggers from the lexicon and their arguments."""

from legation.code._extract import EventExtractor

__all__ = ["EventExtractor"]
