"""The shapes of a date's TIMEX3 value that the date rules test, and a bare month's mention.

One place for them: the rules that move a month or a day by its neighbours each asked the same questions of a
value with a pattern of their own.
"""

from __future__ import annotations

import re
from datetime import date

from ..types import DateMention
from .lexicon import MONTHS

YEAR_VALUE = re.compile(r"^\d{4}$")  # "1987": a year, no part of it
CALENDAR = re.compile(r"^\d{4}(?:-\d\d){0,2}$")  # "1987", "1987-04", "1987-04-02": a year, month or day
MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")  # "1987-04": a month of a year
FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")  # "1987-04-02": a day, with no part of it
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(?:T[A-Z]{2})?$")  # "1987-04-02", "1987-04-02TMO": a day, or a part of one
QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")  # "1987-Q2": a quarter of a year


def real_day(value: str) -> bool:
    """ "1987-02-30" is no day: a day moved or made by a rule may fall on none."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def bare_month(m: DateMention) -> bool:
    """A month written alone ("June", "Sept."), read as a month of some year."""
    return m.type == "DATE" and bool(MONTH_VALUE.match(m.value)) and m.text.lower().rstrip(".") in MONTHS
