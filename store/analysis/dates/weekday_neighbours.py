"""A weekday read again beside the date mention next to it, once every mention has its value: a weekday written
just before the date it falls on is one expression with it ("Thursday, 10 October 2019"), a weekday paired with one
in a week named after it takes that week ("from Monday to Wednesday last week"), and a weekday joined to the report's
own days lies on their side of the report ("rain fell yesterday and Sunday"). The component runs these in this order.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..types import DateMention
from .anchors import weekday_from
from .lexicon import WEEKDAYS
from .pairs import joined
from .value_shapes import DAY_VALUE, FULL_DAY


def _weekday_of(value: str) -> int | None:
    try:
        return date.fromisoformat(value).weekday()
    except ValueError:
        return None


def weekday_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on Thursday, 10 October 2019", "Friday Oct. 13": a weekday written just before the date it
    falls on is one expression with it (as the model mostly tags "Saturday, April 25" and TimeBank
    marks it), whatever the tense would make of the weekday alone."""
    out: list[DateMention] = []
    for n in mentions:
        m = out[-1] if out else None
        wd = WEEKDAYS.get(m.text.lower().rstrip(".")) if m is not None else None
        if wd is not None and m.type == "DATE" and n.type == "DATE" and FULL_DAY.match(n.value) \
                and text[m.end:n.start] in (" ", ", ", ",") and _weekday_of(n.value) == wd \
                and n.text.lower() != "the day":  # "Tuesday, the day the mill reopened": two expressions of it
            # (a weekday that disagrees with its date is a slip: both stay as they were read)
            out[-1] = replace(n, start=m.start, text=text[m.start:n.end], sentence_start=min(m.sentence_start, n.sentence_start))
        else:
            out.append(n)
    return out


_WEEK_NAMED = re.compile(r"(?i)\b(?:next|last|this|coming|past|following|previous) week$")


def weekday_pairs(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "from Monday to Wednesday last week", "on Monday or Tuesday next week": the week named after the
    second weekday is the first one's too, which alone would be read as the nearest Monday."""
    out = list(mentions)
    for i in range(len(out) - 1):
        m, n = out[i], out[i + 1]
        wd = WEEKDAYS.get(m.text.lower().rstrip("."))
        if wd is None or m.type != "DATE" or n.type != "DATE" or not FULL_DAY.match(n.value) \
                or not _WEEK_NAMED.search(n.text) or not joined(text, m.end, n.start):
            continue
        second = date.fromisoformat(n.value)
        if wd < second.weekday():
            out[i] = replace(m, value=(second - timedelta(days=second.weekday() - wd)).isoformat())
    return out


_NEAR_AHEAD = re.compile(r"(?i)^(?:(?:late|early) )?(?:today|tonight|tomorrow(?: (?:morning|afternoon|evening|night))?)$")
_NEAR_BACK = re.compile(r"(?i)^(?:(?:late|early) )?(?:yesterday(?: (?:morning|afternoon|evening))?|last night)$")


def weekdays_beside_deictics(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "watches were issued for late tonight and Wednesday", "rain fell yesterday and Sunday": a weekday joined
    to the report's own days lies on their side of the report, whatever the tense of the verb (which told
    of the warning, not of the weather)."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, n = out[i - 1], out[i]
        wd = WEEKDAYS.get(n.text.lower().rstrip("."))
        if wd is None or n.type != "DATE" or not FULL_DAY.match(n.value) or not DAY_VALUE.match(m.value) \
                or not joined(text, m.end, n.start):
            continue
        if _NEAR_AHEAD.match(m.text) and n.value <= m.value[:10]:
            out[i] = replace(n, value=weekday_from(m.value[:10], wd, 1) or n.value)
        elif _NEAR_BACK.match(m.text) and n.value >= m.value[:10]:
            out[i] = replace(n, value=weekday_from(m.value[:10], wd, -1) or n.value)
    return out
