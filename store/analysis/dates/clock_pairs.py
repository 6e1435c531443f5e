"""The first clock of a pair: "between 1800 and 2100 hours", "from 0645 to 1530 local time".

The wire writes a span of the day with its zone or "hours" once, after the second clock. The second is read as a
time; the first, four bare digits, the model tags as a year (1800) or passes over. It shares the second's zone and
day, so it is a time of that day."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import DateMention
from .lexicon import CLOCK_24

# a 24-hour clock and the word joining it to the next
_OPENING = re.compile(rf"(?<![\d.,/-])({CLOCK_24})\s*(?:and|to|until|till|-|–)\s*$")
_CLOCK = re.compile(rf"^{CLOCK_24}\b")
_TIME_VALUE = re.compile(r"^(.*T)\d\d:\d\d$")


def paired_clocks(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions with the first clock of each pair whose second is a TIME mention written as a 24-hour clock
    ("2300 hours") read as a time of the second's day, in place of any year or other mention made of its digits."""
    out = list(mentions)
    for m in mentions:
        day = _TIME_VALUE.match(m.value)
        if m.type != "TIME" or not day or not _CLOCK.match(m.text):
            continue
        before = text[max(0, m.start - 16):m.start]
        found = _OPENING.search(before)
        if not found:
            continue
        start = m.start - len(before) + found.start(1)
        end = start + 4
        digits = found.group(1)
        out = [o for o in out if o.end <= start or o.start >= end]
        out.append(replace(m, start=start, end=end, text=digits, value=f"{day.group(1)}{digits[:2]}:{digits[2:]}"))
    out.sort(key=lambda o: o.start)
    return out
