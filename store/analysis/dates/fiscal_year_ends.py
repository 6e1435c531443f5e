"""The day a named fiscal year ends on: "expects flat net for fiscal 1987 ending Oct. 31", "in the 1986 fiscal year
ended June 30".

The day is written without its year, so the tense places it, and a present or future tense told early in the year
puts an October still ahead a year back. The fiscal year's own year says where the day is: a firm's fiscal year is
named by the calendar year it ends in, or (Japan's April-to-March year) by the one it starts in, so the day falls in
the named year or the one after it. A reading already in one of those two is kept; any other is the named year's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import DateMention
from .value_shapes import FULL_DAY, MONTH_VALUE, real_day

# "fiscal 1987", "fiscal year 1987", "the 1987 fiscal year", "the fiscal 1987 year"
_FISCAL_YEAR = re.compile(r"(?i)^(?:the )?(?:fiscal (?:year )?((?:19|20)\d\d)(?: year)?|((?:19|20)\d\d) fiscal year)$")
_TO_ITS_END = re.compile(r"(?i)^,? (?:that |which )?(?:ending|ended|ends)(?: on)? $")


def fiscal_year_ends(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Each day just after "<fiscal year> ending/ended" put in the fiscal year's end year when the tense put it
    outside the two calendar years the fiscal year can end in."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, n = out[i - 1], out[i]
        found = _FISCAL_YEAR.match(m.text)
        if not found or n.type != "DATE" or not _TO_ITS_END.match(text[m.end : n.start]):
            continue
        if not (FULL_DAY.match(n.value) or MONTH_VALUE.match(n.value)):
            continue
        named = int(found.group(1) or found.group(2))
        value = f"{named:04d}{n.value[4:]}"
        if int(n.value[:4]) in (named, named + 1):
            continue
        if FULL_DAY.match(value) and not real_day(value):
            continue  # a February 29 moved to a year without one: left as the tense read it
        out[i] = replace(n, value=value)
    return out
