"""A minute of play counted from the kick-off: "in the 33rd minute", "his 81st-minute winner", "scored on 52
minutes".

A match report places a goal by the minute of the game it came in, and the ordinal in figures says which
minute, not how long anything lasted: read as a count it became a length of 33 minutes (PT33M), and no
calendar holds a match's own clock, so the timeline has nothing to show for it. Reports write the same point
as a count in figures after "on" ("went ahead on 64 minutes"), closing its clause or followed by the next
event. "the first minute", "the final minute" and lengths in minutes ("after 72 minutes") are left to the other
rules.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import lowers

# a minute of play's ordinal: three figures at most, a match's clock never reaching a thousand (spans' _FIGURE_ORDINAL
# takes an ordinal in figures of any length, for a count of comparisons)
_MINUTE_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$", re.ASCII)
_FIGURE_COUNT = re.compile(r"^\d{1,3}$", re.ASCII)
# what follows a minute of play: the sentence ends or goes on with its next event ("agreed on 20 minutes for each
# speaker" is a length given to something, and "on 30 minutes of video" what the minutes hold)
_CLAUSE_GOES_ON = {".", ",", ";", "when", "as", "but", "and", "to", "before", "after", "through"}


def match_minute(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s:e are a minute of play named by its ordinal in figures ("the 87th minute",
    "81st-minute"), with at most an article or a possessive before it, or by a count in figures after "on"
    ("on 52 minutes")."""
    words = [w for w in lowers(doc)[s:e] if w != "-"]
    if words and words[0] in ("the", "a", "his", "her", "their", "its"):
        words = words[1:]
    if len(words) == 2 and words[1] == "minute" and _MINUTE_ORDINAL.match(words[0]) is not None:
        return True
    if e - s != 2 or words != lowers(doc)[s:e] or words[1] != "minutes" or _FIGURE_COUNT.match(words[0]) is None:
        return False
    return s > 0 and doc[s - 1].lower_ == "on" and (e == len(doc) or doc[e].lower_ in _CLAUSE_GOES_ON)
