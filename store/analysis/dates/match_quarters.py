"""A quarter or half of a match: "the hosts led early in the final quarter", "scored twice in the second half".

Sports reports divide a game into quarters as company reports divide a year, and the model tags both alike; a
quarter of play became a calendar quarter (XXXX-Q4), which no timeline holds. A quarter named by its ordinal
alone, with no year and no "of", is one of play when its sentence or the one before speaks of the match (a
word of play, or a score such as "17-6") and neither holds a word of a company's figures ("profits", "sales",
"%", "$"); "the third quarter of 2011", "fourth-quarter profits" and "the quarter" stay dates. A match's halves
are told the same way and became a half year (XXXX-H2) the same way; "the second half of the year" and a half
beside a company's figures stay dates.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import lowers
from .lexicon import EARNINGS_WORDS, PLAY_WORDS

_ORDINALS = {"first", "second", "third", "fourth", "final", "last", "opening", "closing"}
_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$", re.ASCII)


def _words(doc: Doc, start: int, end: int) -> set[str]:
    return set(lowers(doc)[start:end])


def match_quarter(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s:e are a quarter or half of a match ("the final quarter", "the second half") rather than of
    a year."""
    words = [w for w in lowers(doc)[s:e] if w != "-"]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if len(words) != 2 or words[0] not in _ORDINALS or words[1] not in ("quarter", "half"):
        return False
    if e < len(doc) and doc[e].lower_ == "of":
        return False  # "the final quarter of 2011", "of the year"
    sent = doc[s].sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    context = _words(doc, before.start, sent.end)
    if context & EARNINGS_WORDS:
        return False  # a company's figures beside it: a quarter of its year
    return bool(context & PLAY_WORDS) or any(_SCORE.match(t.text) for t in doc[before.start:sent.end])
