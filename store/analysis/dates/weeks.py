"""Weeks counted within a month: "the first week of April", "the last week of April"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_WEEK_OF = re.compile(r"(?i)^(?:the )?(first|second|third|fourth|last|final) week of [a-z]+\.?(?:,? \d{4})?$")
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def week_of_month(text: str, month: str) -> str | None:
    """The ISO week (YYYY-Www) of "the first week of April" given April's value (YYYY-MM), or None when the
    text names no week of a month. A week is the month's when it holds the month's working days: the first
    week is the one of the month's first weekday (Monday to Friday), the last the one of its last."""
    m = _WEEK_OF.match(text.strip())
    if not m or not re.match(r"^\d{4}-\d\d$", month):
        return None
    year, mon = int(month[:4]), int(month[5:])
    if m.group(1).lower() in ("last", "final"):
        day = date(year, mon, calendar.monthrange(year, mon)[1])
        while day.weekday() > 4:
            day -= timedelta(days=1)
    else:
        day = date(year, mon, 1)
        while day.weekday() > 4:
            day += timedelta(days=1)
        day += timedelta(weeks=_NTH[m.group(1).lower()])
        if day.month != mon:
            return None
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"
