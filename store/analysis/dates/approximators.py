"""A counted length with the word that bounds its count: "nearly two years", "more than four hours", "less than
a decade", "at least 30 days", "almost four years ago".

TIMEX3 keeps such a word inside the expression (it is the expression's MOD: the length is not two years but
nearly two years), and TimeBank marks it so for counts of units; the model tags the count alone or runs the
word in with a preposition, and the left trim, written for "for", "in" and "about", cut both. Only bounds that
change what the count says are taken back, and only before a count of units: "about" and "around" (which
TimeBank mostly leaves out, and which before a clock time are the writer's hedge, not the time's), "up to" and
"over" stay out, as do the bounds before a day or a year ("at least midday tomorrow").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers
from .lexicon import NUMBERS, UNITS

# the words before a count, longest first, as they are written in lower case
_BOUNDS = (
    ("just", "under"), ("just", "over"), ("no", "more", "than"), ("no", "less", "than"), ("more", "than"),
    ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("nearly",), ("almost",),
)


def _counted(words: list[str]) -> bool:
    """ "two years", "an hour", "30 days ago", "20 more years": a count and then its unit."""
    if len(words) < 2 or not (words[0] in NUMBERS or any(c.isdigit() for c in words[0])):
        return False
    k = 1
    while k < len(words) and (words[k] in NUMBERS or words[k] in ("more", "-", "and", "a", "half", "thousand")):
        k += 1
    return k < len(words) and words[k] in UNITS and words[k] not in ("night", "nights", "weekend", "weekends")


def bounded_start(doc: Doc, s: int, e: int, floor: int) -> int:
    """The start of tokens s:e with the bound before their count ("nearly", "more than") taken back in, or s;
    `floor` is the first token no earlier expression holds."""
    low = lowers(doc)
    if not _counted(low[s:e]):
        return s
    for bound in _BOUNDS:
        a = s - len(bound)
        if a >= floor and tuple(low[a:s]) == bound:
            return a
    return s
