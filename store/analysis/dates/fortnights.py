"""A fortnight: "in a fortnight", "the last fortnight", "a fortnight ago", "two fortnights".

British news counts time in fortnights as it does in weeks, and the model, trained on American text, never
tags the word: a length of two weeks was lost. The expression is found here when a count or a deictic word
stands before the word, and read as the same count of weeks twice over ("a fortnight" is "two weeks", "the
last fortnight" "the last two weeks"), so that lengths, "ago" and "later" take the values weeks already get.
A fortnight with nothing to count it ("fortnight-long", "the Fortnight" of a festival's name) is left out.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers
from .lexicon import NUMBERS

_WORDS = {"fortnight", "fortnights"}
# what makes the fortnight one the story counts from its own time: "the last fortnight", "the next fortnight"
_DEICTIC = {"last", "past", "next", "coming", "previous", "following"}
_COUNTS = {w for w in NUMBERS if " " not in w}  # "a", "one", "two" ... (not "a couple of")


def fortnight_spans(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Token spans of fortnights counted ("a fortnight", "three fortnights") or placed ("the past fortnight"),
    with "ago", "later" or "earlier" after them."""
    low = lowers(doc)
    out = []
    for i, word in enumerate(low):
        if word not in _WORDS or i == 0 or i in covered or (i + 1 < len(doc) and doc[i + 1].text == "-"):
            continue
        before = low[i - 1]
        if before in _DEICTIC:
            start = i - 2 if i > 1 and low[i - 2] == "the" else i - 1
        elif before in _COUNTS or (doc[i - 1].text.isascii() and doc[i - 1].text.isdigit() and len(before) <= 2):
            start = i - 1
        else:
            continue
        end = i + 1
        if end < len(doc) and low[end] in ("ago", "later", "earlier"):
            end += 1
        if covered.isdisjoint(range(start, end)):
            out.append((start, end))
            covered.update(range(start, end))
    return out


def as_weeks(toks: list[str]) -> list[str]:
    """The cleaned words of an expression with its fortnights written as weeks: "a fortnight ago" -> "2 weeks
    ago", "three fortnights" -> "6 weeks", "the last fortnight" -> "the last 2 weeks"."""
    if not _WORDS.intersection(toks):
        return toks
    out: list[str] = []
    for t in toks:
        if t not in _WORDS:
            out.append(t)
            continue
        count = NUMBERS.get(out[-1]) if out else None
        if count is None and out and out[-1].isdigit():
            count = int(out[-1])
        if count is not None:
            out[-1] = str(2 * count)
        else:
            out.append("2")
        out.append("weeks")
    return out
