"""Two bare months joined into one stretch share a year: "shipments ran from February to July", "wool futures
for June and September closed firmer", "in July or August".

The tense reads each month alone and a past verb sends a month not yet begun a year back, so in an April
report "shipments ran from February to July" came out this February and last July: a stretch that runs
backwards. The two months are one stretch of time, so one year holds both (or the second follows into the
next year when it comes before the first in the calendar, "November to January"). Which month keeps its
reading is the one that puts the stretch nearer the report: a stretch is told of the months around the
story, not of months a year away from it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..types import DateMention
from .pairs import joined
from .value_shapes import bare_month

_LIST = re.compile(r"(?i)^\s*(?:and|or)\s*$")


def _distance(ref: date, first: tuple[int, int], last: tuple[int, int]) -> int:
    """How many months the stretch from month `first` to month `last` (year, month) lies from the report's."""
    at, low, high = ref.year * 12 + ref.month, first[0] * 12 + first[1], last[0] * 12 + last[1]
    return max(low - at, at - high, 0)


def _stretch(first_year: int, first_month: int, last_month: int) -> tuple[tuple[int, int], tuple[int, int]]:
    return (first_year, first_month), (first_year + (last_month < first_month), last_month)


def month_pair_years(text: str, mentions: list[DateMention], ref: date | None) -> list[DateMention]:
    """Each pair of bare months joined by "and", "or", "to", "through" or a dash, read a year or more apart
    or backwards, moved into one stretch: the first month's year or the second's, whichever lies nearer
    the report. Months of a shipment period written with a slash ("Dec/Feb-Jan/Mar") are not one stretch."""
    if ref is None:
        return mentions
    out = list(mentions)
    for i in range(1, len(out)):
        m, n = out[i - 1], out[i]
        if not (bare_month(m) and bare_month(n)) or not joined(text, m.end, n.start):
            continue
        if text[m.start - 1:m.start] == "/" or text[n.end:n.end + 1] == "/":
            continue
        (y1, m1), (y2, m2) = (int(m.value[:4]), int(m.value[5:])), (int(n.value[:4]), int(n.value[5:]))
        if m1 == m2 or (y2, m2) == _stretch(y1, m1, m2)[1]:
            continue
        if y1 == y2 and (m1 - m2) % 12 < (m2 - m1) % 12 and _LIST.match(text[m.end:n.start]):
            # "output fell 0.2 pct and 0.4 pct in November and October": a list told backwards, not a stretch
            # round the year ("weak orders in December and January" is one)
            continue
        kept_first = _stretch(y1, m1, m2)
        kept_second = _stretch(y2 - (m2 < m1), m1, m2)
        first, last = min(kept_first, kept_second, key=lambda s: _distance(ref, *s))
        out[i - 1] = replace(m, value=f"{first[0]:04d}-{first[1]:02d}")
        out[i] = replace(n, value=f"{last[0]:04d}-{last[1]:02d}")
    return out
