"""Weeks counted within a month: "the first week of April", "the last week of April"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .value_shapes import MONTH_VALUE

_WEEK_OF = re.compile(r"(?i)^(?:the )?(first|second|third|fourth|last|final) week of [a-z]+\.?(?:,? \d{4})?$")
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def working_day(day: date, step: int) -> date:
    """`day` itself when it falls Monday to Friday, else the first such day `step` (+1 or -1) days at a time from it:
    a month's first and last working days here, the business day before or after a date in anchors."""
    while day.weekday() >= 5:
        day += timedelta(days=step)
    return day


def week_of_month(text: str, month: str) -> str | None:
    """The ISO week (YYYY-Www) of "the first week of April" given April's value (YYYY-MM), or None when the
    text names no week of a month. A week is the month's when it holds the month's working days: the first
    week is the one of the month's first weekday (Monday to Friday), the last the one of its last."""
    m = _WEEK_OF.match(text.strip())
    if not m or not MONTH_VALUE.match(month):
        return None
    year, mon = int(month[:4]), int(month[5:])
    if m.group(1).lower() in ("last", "final"):
        day = working_day(date(year, mon, calendar.monthrange(year, mon)[1]), -1)
    else:
        day = working_day(date(year, mon, 1), 1) + timedelta(weeks=_NTH[m.group(1).lower()])
        if day.month != mon:
            return None
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"
