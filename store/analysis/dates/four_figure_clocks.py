"""Four figures read as a time of day on a 24-hour clock, by the zone written after them.

The wire gives its times as "2100 UTC", "0600 gmt", "1400 hours" or "1700 New York time"; the model tags such
figures as a year, a number or nothing. With the zone after them they are a clock, not a year, and the zone
words are part of the expression.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import column
from .lexicon import CLOCK_DIGITS, TIME_ZONES, ZONE_NAME_WORDS

# the wire writes its zones in lower case as often as not ("(1900 gmt)", "shut at 1345 pdt")
_LOWER_ZONES = {z.lower() for z in TIME_ZONES}
# words of a zone named in full before "time": "1700 New York time", "1305 Central Time", "1100 local hours"
_ZONE_NAME_WORDS = ZONE_NAME_WORDS | {"u.s."}


def zone_end(doc: Doc, i: int) -> int | None:
    """Where the zone written after the four figures at i ends, when one does: "2100 UTC", "0600 gmt", "1400
    hours", "1430 EST/1930 GMT", "1640 local time", "1700 New York time"; the figures are then a time of day on a
    24-hour clock, not a year. Not "est" after a figure that could be a year: in a table "2000 est" is an
    estimate."""
    j = i + 1
    if j >= len(doc) or not CLOCK_DIGITS.match(doc[i].text):
        return None
    word = doc[j].text.split("/")[0]
    if word in TIME_ZONES or doc[j].lower_ in ("hours", "hrs"):
        return j + 1
    if word.lower() in _LOWER_ZONES:
        return None if word.lower() == "est" and 1900 <= int(doc[i].text) <= 2059 else j + 1
    k = j
    while k < len(doc) and k - j < 3 and doc[k].lower_ not in ("time", "hours") and (
            doc[k].lower_ in _ZONE_NAME_WORDS or doc[k].is_title and doc[k].is_alpha):
        k += 1
    return k + 1 if j < k < len(doc) and doc[k].lower_ in ("time", "hours") else None


def four_figure_clock(doc: Doc, start: int, end: int) -> bool:
    """ "2100 UTC", "0600 GMT", "1400 hours": a time of day on a 24-hour clock, not a year."""
    if end - start != 1:
        return False
    tok = doc[start]
    return len(tok.text) == 4 and tok.is_digit and \
        (zone_end(doc, start) is not None or end < len(doc) and doc[end].lower_ == "local")


def zone_clocks(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "7 p.m. local time (1800 UTC)", "0600 GMT", "1305 Central Time": a 24-hour time with its zone, which the
    model tags as a year, a number or nothing; the zone words are part of the expression."""
    out = []
    texts = column(doc, "ORTH")  # the words, not a Token per word
    for i in range(len(doc) - 1):
        if i in covered or i + 1 in covered or not CLOCK_DIGITS.match(texts[i]):
            continue
        end = zone_end(doc, i)
        if end is not None and not covered.intersection(range(i, end)):
            out.append((i, end))
            covered.update(range(i, end))
    return out
