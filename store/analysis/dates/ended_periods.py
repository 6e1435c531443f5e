"""A week or a month told by the day it ends on: "stocks fell in the week ended Feb 27", "jobless rose in the
month to end-March".

Alone, "the week" and "the month" are read as the ones under way, but a figures story told on a Tuesday about the
week that closed the Friday before, or early in April about the month to end-March, means the period holding that
end. The story then goes on with "in the week", "in the month" for the same period, so later bare mentions read
the same way as the first take its value too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..types import DateMention
from .value_shapes import FULL_DAY, MONTH_VALUE

_UNITS = {"the week": "W", "the month": "M"}
# only the words that tie a period to its last day: "the week ended Feb 27", "the month to end-March"
_TO_ITS_END = re.compile(r"(?i)^ (?:ended|ending|to|through)(?: on)? $")


def _holding(value: str, unit: str) -> str | None:
    """The ISO week or the month that holds the end day `value`."""
    if unit == "M" and (FULL_DAY.match(value) or MONTH_VALUE.match(value)):
        return value[:7]
    if unit == "W" and FULL_DAY.match(value):
        year, week, _ = date.fromisoformat(value).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return None


def periods_to_their_end(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "the week" or "the month" followed by "ended/ending/to/through" and a day (or an end-of-month) is the
    week or month holding that day; a later bare "the week"/"the month" read as the first was is that period."""
    out = list(mentions)
    carried: dict[str, tuple[str, str]] = {}  # unit -> (the value the first was read as, the period it is)
    for i, m in enumerate(out):
        unit = _UNITS.get(m.text.lower())
        if m.type != "DATE" or unit is None:
            continue
        end = out[i + 1] if i + 1 < len(out) else None
        if (
            end is not None
            and end.type == "DATE"
            and _TO_ITS_END.match(text[m.end : end.start])
            and (meant := _holding(end.value, unit))
        ):
            carried[unit] = (m.value, meant)
            out[i] = replace(m, value=meant)
        elif unit in carried and m.value == carried[unit][0]:
            out[i] = replace(m, value=carried[unit][1])
    return out
