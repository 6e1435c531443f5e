"""Years the model reads as a count: "before at least 2028", "by 2100", "a 2022 law".

The small model tags a four-digit number as a number (CARDINAL) where a bound comes before it ("at least"), where
the year lies far ahead ("by 2100"), and at times in "a 2022 law", though a count of two thousand is never written
after "a" and before a noun in the singular, nor, in news style, without its thousands comma after "by" or
"before". Such a number, where only a year can stand, is a year; the filters that keep measures and labels out
("a 1500 km pipeline", "flight 2028") read these spans as they read the model's own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers
from .token_shapes import year_word

# the words of time that a year follows, and the bounds a year may take between them and it
_YEAR_PREPS = {"by", "before", "until", "till", "since", "after", "from", "in", "through"}
_YEAR_BOUNDS = (["at", "least"], ["as", "early", "as"], ["as", "late", "as"], ["as", "soon", "as"])
# words after a figure that make it a count moved, not a year: "cut by 1950 to 3400"
_MOVED = {"to", "from", "-", "–", "%", "/"}
# the model's labels for a number that is no year here: a date it tagged itself, a sum, a measure
_NOT_YEARS = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT"}


def untagged_years(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """One-token spans of untagged years after "a"/"an" before a singular noun, or after a preposition of time
    (with "at least", "as early as" between them or not), with no noun, figure or move after them."""
    low = lowers(doc)
    n = len(doc)
    out: list[tuple[int, int]] = []
    for i, word in enumerate(low):
        if i in covered or i == 0 or not year_word(doc[i]) or not 1900 <= int(word) <= 2100 \
                or doc[i].ent_type_ in _NOT_YEARS:
            continue  # a sum or a measure the model tagged ("a 2000 dollar fine") is no year either
        nxt = doc[i + 1] if i + 1 < n else None
        if low[i - 1] in ("a", "an"):
            # "a 2022 law", "a 2019 judgment": a singular noun ("a 2000-tonne cargo" is joined with a dash)
            if nxt is not None and nxt.tag_ == "NN" and nxt.is_alpha:
                out.append((i, i + 1))
                covered.add(i)
            continue
        k = i - 1
        for bound in _YEAR_BOUNDS:
            if k - len(bound) >= 0 and low[k - len(bound) + 1:k + 1] == bound:
                k -= len(bound)
                break
        if low[k] not in _YEAR_PREPS:
            continue
        if nxt is not None and (nxt.lower_ in _MOVED or nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.like_num):
            continue
        out.append((i, i + 1))
        covered.add(i)
    return out
