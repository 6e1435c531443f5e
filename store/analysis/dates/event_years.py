"""The year in an event's name: "the 1998 World Cup", "Euro 2004", "the 2000 Olympics".

The model tags the whole name as an event and leaves its year out, yet the year says when the event was held,
and TimeBank marks it alone as that year's DATE ("the 2000 Olympics", "the 1996 Olympic bombing"). A product's
or a place's name with a number ("Windows 2000", "Athens 2004") is no event and keeps its number.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import column, lowers
from .lexicon import EVENT_HEADS


def _year(word: str) -> bool:
    return len(word) == 4 and word.isascii() and word.isdigit() and 1900 <= int(word) <= 2099


def _capital(doc: Doc, i: int) -> bool:
    return doc[i].text[:1].isupper() and doc[i].is_alpha


def event_years(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """One-token spans of the years that open or close the name of an event (a capitalised word of
    EVENT_HEADS within the three after the year, or just before it), not inside another expression."""
    low, texts, pos = lowers(doc), column(doc, "ORTH"), column(doc, "POS")  # by index: no Token made per word
    out: list[tuple[int, int]] = []
    for i, text in enumerate(texts):
        if i in covered or not _year(text) or (i > 0 and pos[i - 1] in ("VERB", "AUX", "NUM")):
            continue  # "sold 2000 Olympic tickets": a count of what follows
        # the year first: the event's own word among the three capitalised words after it
        j = i + 1
        while j < len(doc) and j - i <= 3 and _capital(doc, j):
            if low[j] in EVENT_HEADS:
                break
            j += 1
        after = j < len(doc) and j - i <= 3 and _capital(doc, j) and low[j] in EVENT_HEADS
        # the year last: "Euro 2004", "World Cup 2006"
        before = i > 0 and _capital(doc, i - 1) and low[i - 1] in EVENT_HEADS
        if after or before:
            out.append((i, i + 1))
            covered.add(i)
    return out
