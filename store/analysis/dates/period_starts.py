"""The day a year or season starts on: "the crop year beginning August 1", "fiscal 1987/88 starting July 1",
"fiscal 1988 beginning Oct. 1".

The day is written without its year, so the tense places it, and a plan told in the past ("asked for higher prices
in the crop year beginning August 1", told in March) puts the start a year back, though the year it opens is still
to come. Where the story names the year, that year says where its first day is: a split year ("1987/88") starts in
its first calendar year; a fiscal year named by one year starts in that year (Japan's April year) or in the one
before it (a year named by the year it ends in), so a reading in neither is put in the nearer of the two. Where no
year is named, a year or season "beginning" on a day is the one whose first day lies nearest the report: either
the one under way, begun a few months back, or the one about to open.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..types import DateMention
from .value_shapes import FULL_DAY

_START_GAP = re.compile(r"(?i)^,? (?:that |which )?(?:beginning|starting|begins|starts)(?: on)? $")
# "fiscal 1987/88", "the 1986/87 crop year", "the 1987/88 season"
_SPLIT_YEAR = re.compile(
    r"(?i)^(?:the )?(?:(?:fiscal|financial|business|crop|marketing) )?(?:year )?((?:19|20)\d\d)/(\d\d)"
    r"(?: (?:fiscal |financial |business |crop |marketing )?(?:year|season))?$"
)
# "fiscal 1988", "fiscal year 1988", "the 1988 fiscal year"
_FISCAL_YEAR = re.compile(r"(?i)^(?:the )?(?:fiscal (?:year )?((?:19|20)\d\d)(?: year)?|((?:19|20)\d\d) fiscal year)$")
# "the crop year beginning", "the government's year starting", "a season which begins"
_UNNAMED_START = re.compile(r"(?i)\b(?:year|season),? (?:that |which )?(?:beginning|starting|begins|starts)(?: on)? $")
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def period_starts(text: str, mentions: list[DateMention], ref: date | None) -> list[DateMention]:
    """Each day a year or season is said to begin on, put in the year that year starts in."""
    out = list(mentions)
    for i, n in enumerate(out):
        if n.type != "DATE" or not FULL_DAY.match(n.value) or _YEAR_WRITTEN.search(n.text):
            continue
        m = out[i - 1] if i > 0 else None
        if m is not None and _START_GAP.match(text[m.end : n.start]):
            if split := _SPLIT_YEAR.match(m.text):
                years = [int(split.group(1))]
            elif named := _FISCAL_YEAR.match(m.text):
                year = int(named.group(1) or named.group(2))
                years = [year - 1, year]
            else:
                continue
        elif (
            ref is not None
            and _UNNAMED_START.search(text[max(0, n.start - 60) : n.start])
            and not (_YEAR_WRITTEN.search(text[max(0, n.start - 60) : n.start]))
        ):
            years = [ref.year - 1, ref.year, ref.year + 1]
        else:
            continue
        read = int(n.value[:4])
        if read in years and len(years) < 3:
            continue
        # the candidate nearest the reading for a named year; nearest the report for an unnamed one
        target = _day(read, n.value[4:]) if len(years) < 3 else ref
        days = [d for y in years if (d := _day(y, n.value[4:]))]
        if not days:
            continue
        best = min(days, key=lambda d: abs((d - target).days))
        out[i] = replace(n, value=best.isoformat())
    return out


def _day(year: int, rest: str) -> date | None:
    try:
        return date.fromisoformat(f"{year:04d}{rest}")
    except ValueError:
        return None
