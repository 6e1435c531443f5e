"""Inferring an article's date from its own words when no publication date is given.

A wrong reference date is worse than none: every relative date in the article moves with
it. Weekday and day-of-month agree every few years, and a story names days of several
events, so agreement alone once gave dates years off (0 of 55 right on Wikinews). A date is
inferred only when the text pins it:
- a dateline: a paragraph that is only a full date ("Sunday, October 18, 2020"), its
  weekday, when given, agreeing;
- a web page's own stamp (page_stamps: "Published 3/24/2011", "(Filed: 24/03/2011)", a
  paper's name and date after the story); beside a dateline, it must be the dateline's day
  or up to a week after it, else neither is taken;
- "today", "yesterday" or "tomorrow" with the full date written beside it ("yesterday,
  February 10, 2019,"), its weekday, when given, agreeing, and every such pair agreeing;
- a year the text computes ("80 years since 1945", or since an event of the anchor table),
  with a day of the month ("the 3 September parade") whose weekday agrees, in that year
  only, with a weekday the article names ("On Wednesday, he will join..."). The tense of
  that weekday says on which side of the article date it lies, and a weekday in a
  past-tense lead sentence is, by wire convention, the day of publication.
Never a day after today: an article is not written in the future. A bare latest year in the
text is no pin: stories name past years far more than their own (2 in 3 Wikinews articles
with a year do not name the year they appeared).

With a publication date given, the reference date is that date; a wire story's dateline ("TOKYO, Feb 27 -", not the
full-date paragraph above) gives only the day its relative dates count from (dateline_day, read by the component).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import ANCHOR_EVENTS, MONTH_ALT, MONTHS, NUMBERS, WEEKDAYS
from .page_stamps import stamped_day

_NUM = r"(\d{1,3}|" + "|".join(sorted((k for k in NUMBERS if " " not in k), key=len, reverse=True)) + r")"
_SINCE = re.compile(_NUM + r"(?:th)?\s+(?:years?|anniversary)\s+(?:since|after|of)\s+(.{0,120}?)(?:[.;]|$)", re.IGNORECASE)
# what every match of _SINCE holds, found far faster than _SINCE itself
_SINCE_WORDS = re.compile(r"(?:years?|anniversary)\s+(?:since|after|of)\s", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# "Sept. 3" not followed by a year; the comma's spaces are read after it, so a run of spaces is not shared out
# between two \s* at every "Sept. 3" (quadratic: 20,000 spaces after one took 26 s)
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_ALT})\b\.?|\b({MONTH_ALT})\.?\s+(\d{{1,2}})\b(?!\s*(?:,\s*)?\d{{4}})",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^[ \t]*(?:({_WEEKDAY_ALT})\.?,?\s+)?"
    rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_ALT})\.?|({MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?\s+(\d{4})\s*$",
    re.IGNORECASE | re.MULTILINE,
)

_DEICTIC_DAY = re.compile(
    rf"\b(today|yesterday|tomorrow)\b,?\s+\(?(?:({_WEEKDAY_ALT})\.?,?\s+)?"
    rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_ALT})\.?|({MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?\s+(\d{4})\b",
    re.IGNORECASE,
)
_DEICTIC_SHIFT = {"today": 0, "yesterday": 1, "tomorrow": -1}  # days from the date written to the report's


# a wire dateline opening the story ("<CITY>, Aug 29 (<Agency>) -", "TOKYO, Feb 27 -"): the day the story was filed
# in that city, which its "today", "this morning" and weekdays count from. It is put out that day, a day or a few
# later, or, by the clock of the desk that stamps it, the day before (a Tokyo story of the 27th stamped in New York
# on the 26th). The city is up to four words, capitalised, with its country or state after a comma or not
_WIRE_LINE = re.compile(
    r"^[ \t]*[A-Z][\w.'’]*(?:[ \t-][A-Za-z][\w.'’]*){0,3}(?:,[ \t]*[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,2})?,[ \t]+"
    rf"((?i:{MONTH_ALT}))\.?[ \t]+(\d{{1,2}})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*(?:-|–|—)",
    re.MULTILINE,
)
_WIRE_HEAD = 400  # the dateline opens the story, after a headline at most
_FILED_BEFORE = timedelta(days=7)  # the most a story's dateline lies before the day it is put out
_FILED_AFTER = timedelta(days=1)  # and after it, by the other city's clock


def dateline_day(text: str, published: date) -> date | None:
    """The day of the wire dateline opening the story, in the year that puts it nearest the publication date, when
    it lies from a week before that date to the day after; else None."""
    m = _WIRE_LINE.search(text[:_WIRE_HEAD])
    if m is None:
        return None
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(date(year, MONTHS[m.group(1).lower()], int(m.group(2))))
        except ValueError:
            continue
    if not days:
        return None
    day = min(days, key=lambda d: abs(d - published))
    return day if -_FILED_BEFORE <= day - published <= _FILED_AFTER else None


def _deictic_day(text: str) -> date | None:
    """The report's day from "yesterday, February 10, 2019": None when none is written, when a
    weekday disagrees, or when two such pairs give different days."""
    found = set()
    for m in _DEICTIC_DAY.finditer(text):
        try:
            d = date(int(m.group(7)), MONTHS[(m.group(4) or m.group(5)).lower()], int(m.group(3) or m.group(6)))
        except ValueError:
            return None
        if m.group(2) is not None and WEEKDAYS[m.group(2).lower()] != d.weekday():
            return None
        found.add(d + timedelta(days=_DEICTIC_SHIFT[m.group(1).lower()]))
    return found.pop() if len(found) == 1 else None


def _anchor_year(text: str) -> int | None:
    if not _SINCE_WORDS.search(text):
        return None  # _SINCE tries its many number words at every character: most texts have no such phrase
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


def infer(text: str, weekdays: list[tuple[int, str | None, bool]], today: date | None = None) -> date | None:
    """weekdays: (weekday, tense, in the lead sentence) for each bare weekday mention."""
    today = today or date.today()
    try:
        found = _dated_page(text) or _deictic_day(text) or _from_weekdays(text, weekdays)
    except (ValueError, OverflowError):
        return None
    return found if found and found <= today else None


def _dated_page(text: str) -> date | None:
    """The dateline's day, or the page's stamp: a story's dateline may be a few days older than the page's
    stamp (a page updated, or dated when it was put up), never newer and never far older; when they disagree
    so (a year mistyped in one), neither is trusted."""
    line, stamp = _dateline(text), stamped_day(text)
    if line is None or stamp is None:
        return line or stamp
    return line if timedelta(0) <= stamp - line <= _STAMP_LAG else None


_STAMP_LAG = timedelta(days=7)


def _dateline(text: str) -> date | None:
    for m in _DATELINE.finditer(text):
        month = MONTHS[(m.group(3) or m.group(4)).lower()]
        try:
            d = date(int(m.group(6)), month, int(m.group(2) or m.group(5)))
        except ValueError:
            continue
        if m.group(1) is None or WEEKDAYS[m.group(1).lower()] == d.weekday():
            return d
    return None


def _from_weekdays(text: str, weekdays: list[tuple[int, str | None, bool]]) -> date | None:
    year = _anchor_year(text) if weekdays else None
    if year is None:
        return None
    agreeing = agreeing_days(text, year, {wd for wd, _, _ in weekdays})
    if len(agreeing) != 1:
        return None  # two days agreeing with the named weekdays: at least one agreement is chance
    (event,) = agreeing
    wd = event.weekday()
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


def agreeing_days(text: str, year: int, weekdays: set[int]) -> set[date]:
    """The days of the month the text names ("3 September", "Sept. 3") that fall, in that year, on one of the
    weekdays (Monday = 0)."""
    found = set()
    for m in _DAY_MONTH.finditer(text):
        try:
            d = date(year, MONTHS[(m.group(2) or m.group(3)).lower()], int(m.group(1) or m.group(4)))
        except ValueError:
            continue
        if d.weekday() in weekdays:
            found.add(d)
    return found
