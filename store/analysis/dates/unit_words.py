"""A unit of time inside a longer word group that is not the date it looks like: "week-long" is a length,
"after hours trading" a market session, "10 pct a year" a rate whose figure is none of the expression."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import AMOUNT_WORDS

if TYPE_CHECKING:  # normalize reads long_length without spaCy
    from spacy.tokens import Doc

# units a "-long" makes a length of one of them: "a week-long visit", "the day-long talks"
LONG_UNITS = {"hour": "PT1H", "day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
_RATE_UNITS = {"day", "week", "month", "year", "annum"}
_RATE_FIGURES = AMOUNT_WORDS | {"barrels", "points", "cents"}


def long_end(doc: Doc, e: int) -> int:
    """The end of a span whose last word is a unit, taken over a "-long" written after it ("week-long"):
    the model tags the unit alone, which would read as this week; with "-long" it is a week's length."""
    if e + 1 < len(doc) and doc[e - 1].lower_ in LONG_UNITS and doc[e].text == "-" and doc[e + 1].lower_ == "long" \
            and not doc[e - 1].whitespace_ and not doc[e].whitespace_:
        return e + 2
    return e


def long_unit(doc: Doc, s: int, e: int) -> int | None:
    """The index of the unit when the span s..e ends in "<unit>-long", else None."""
    u = e - 3
    if u >= s and doc[e - 1].lower_ == "long" and doc[e - 2].text == "-" and doc[u].lower_ in LONG_UNITS \
            and not doc[u].whitespace_ and not doc[e - 2].whitespace_:
        return u
    return None


def long_length(words: list[str]) -> str | None:
    """ "week-long", "day long" (the words as normalize cleans them): one unit's length. "three-day-long"
    and "a month-long" have their count and read as lengths already."""
    if len(words) == 2 and words[1] == "long":
        return LONG_UNITS.get(words[0])
    return None


def after_hours(doc: Doc, s: int, e: int) -> bool:
    """ "rose two pfennigs in after hours trading", "after-hours New York trading": the session after the
    market's close, a name for trading, not a length of hours. "after hours of talks" keeps its hours."""
    if e - s != 1 or doc[s].lower_ != "hours" or s == 0 or e >= len(doc):
        return False
    k = s - 1
    if doc[k].text == "-" and k > 0:
        k -= 1
    return doc[k].lower_ == "after" and doc[e].pos_ in ("NOUN", "PROPN", "ADJ") and doc[e].lower_ != "of"


def rate_start(doc: Doc, start: int, end: int) -> int:
    """ "running at 10 pct a year", "cut prices 10 pct per year": the model runs the figure into the rate;
    the expression is "a year" (a rate, as TimeBank marks it), not a length of ten years."""
    if end - start < 3 or doc[end - 1].lower_ not in _RATE_UNITS or doc[end - 2].lower_ not in ("a", "an", "per"):
        return start
    if all(t.like_num or t.lower_ in _RATE_FIGURES or any(c.isdigit() for c in t.text) for t in doc[start:end - 2]):
        return end - 2
    return start


def long_spans(doc: Doc, text: str, low: list[str], covered: set[int]) -> list[tuple[int, int]]:
    """ "following day-long discussions": a "-long" length the model left untagged. `text` is the Doc's
    text, read first: most articles have no "-long" at all."""
    if "-long" not in text:
        return []
    out = []
    for i in range(2, len(low)):
        if low[i] == "long" and low[i - 1] == "-" and low[i - 2] in LONG_UNITS and covered.isdisjoint((i - 2, i - 1, i)) \
                and long_end(doc, i - 1) == i + 1:
            out.append((i - 2, i + 1))
            covered.update((i - 2, i - 1, i))
    return out
