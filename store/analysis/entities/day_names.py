"""A word that with a weekday names a day: 'the Super Tuesday contests', 'sales on Cyber Monday', 'since Ash
Wednesday'. The model tags the weekday as a date and the word before it as a place or an organisation ("Super"
as GPE); a reader sees no name there. The words that do this are few and known; any other name before a weekday
is a name ('said on Twitter Tuesday', 'spoke in Boston Tuesday')."""

from __future__ import annotations

from spacy.tokens import Doc

from ..dates.lexicon import WEEKDAYS
from .mentions import Mention

# written out in full: "Palm Sun" is no day
_WEEKDAYS = {w for w in WEEKDAYS if w.endswith("day")}

# the words that name a day with a weekday: Super Tuesday, Black Friday, Cyber Monday, Ash Wednesday, Good Friday,
# Holy Thursday, Palm Sunday, Easter Monday, Fat Tuesday, Shrove Tuesday, Maundy Thursday, Bloody Sunday
_DAY_WORDS = {"super", "black", "cyber", "ash", "good", "holy", "palm", "easter", "fat", "shrove", "maundy", "bloody"}


def words_that_name_a_day(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not _names_a_day(doc, m)]


def _names_a_day(doc: Doc, m: Mention) -> bool:
    return len(m.words) == 1 and m.words[0].lower() in _DAY_WORDS and m.end < len(doc) \
        and doc[m.end].lower_ in _WEEKDAYS and bool(doc[m.end - 1].whitespace_)
