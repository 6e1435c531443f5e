"""Inferring an article's date from its own words when no publication date is given.

Two kinds of evidence, combined:
- the year: "80 years since 1945" (or since a well-known event in the anchor table) gives
  1945 + 80; failing that, the latest explicit year in the text;
- the day: a day of the month ("the 3 September parade") whose weekday, in a candidate
  year, agrees with a weekday the article names ("On Wednesday, he will join..."). The
  tense of that weekday says on which side of the article date it lies, and a weekday in
  a past-tense lead sentence is, by news convention, the day of publication.
Without a pinned day the answer is None: a guessed day would mislead every relative date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import ANCHOR_EVENTS, MONTHS, NUMBERS

_NUM = r"(\d{1,3}|" + "|".join(sorted((k for k in NUMBERS if " " not in k), key=len, reverse=True)) + r")"
_SINCE = re.compile(_NUM + r"(?:th)?\s+(?:years?|anniversary)\s+(?:since|after|of)\s+(.{0,120}?)(?:[.;]|$)", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_ALT})\b\.?|\b({_MONTH_ALT})\.?\s+(\d{{1,2}})\b(?!\s*,?\s*\d{{4}})", re.IGNORECASE)


def _anchor_year(text: str) -> int | None:
    for m in _SINCE.finditer(text):
        n = m.group(1).lower()
        years = int(n) if n.isdigit() else NUMBERS.get(n)
        if not years:
            continue
        tail = m.group(2)
        if y := _YEAR.search(tail):
            return int(y.group(1)) + years
        low = tail.lower()
        for event, year in ANCHOR_EVENTS.items():
            if event in low:
                return year + years
    return None


def infer(text: str, weekdays: list[tuple[int, str | None, bool]]) -> date | None:
    """weekdays: (weekday, tense, in the lead sentence) for each bare weekday mention."""
    try:
        return _infer(text, weekdays)
    except (ValueError, OverflowError):
        return None


def _infer(text: str, weekdays: list[tuple[int, str | None, bool]]) -> date | None:
    if not weekdays:
        return None
    anchor = _anchor_year(text)
    if anchor is None:
        years = [int(y) for y in _YEAR.findall(text)]
        anchor = max(years) if years else None
    named = {wd for wd, _, _ in weekdays}
    best: tuple[int, date, int] | None = None
    for m in _DAY_MONTH.finditer(text):
        day = int(m.group(1) or m.group(4))
        month = MONTHS[(m.group(2) or m.group(3)).lower()]
        center = anchor if anchor is not None else date.today().year
        for year in range(center - 6, center + 7):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if d.weekday() in named:
                score = abs(year - center)
                if best is None or score < best[0]:
                    best = (score, d, d.weekday())
    if best is None:
        return None
    _, event, wd = best
    tenses = [t for w, t, _ in weekdays if w == wd]
    lead = [w for w, t, first in weekdays if first and t != "future"]
    if lead:
        # the lead's weekday is the publication day: the one within the week around the event
        offset = (event.weekday() - lead[0]) % 7
        return event - timedelta(days=offset) if "future" in tenses else event + timedelta(days=(lead[0] - event.weekday()) % 7)
    if "future" in tenses:
        return event - timedelta(days=1)
    if "past" in tenses:
        return event + timedelta(days=1)
    return event
