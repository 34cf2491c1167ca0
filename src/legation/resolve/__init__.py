"""resolve: meaning for spans — actors (composition, dated dictionary, coreference), dates against
the publication date, places against the offline gazetteer, and the packaged knowledge itself."""

from legation.resolve._actors import ActorResolver, DocContext
from legation.resolve._dates import DateMention, find_dates
from legation.resolve._fold import fold
from legation.resolve._knowledge import Knowledge

__all__ = ["ActorResolver", "DateMention", "DocContext", "Knowledge", "find_dates", "fold"]
