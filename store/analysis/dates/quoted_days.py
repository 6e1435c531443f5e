"""A quotation's own "today" or "last night": the day the words were said, which a news story names in its
lead ("On Monday, the senator endorsed her rival. ... She said: 'Today, I ask all of you ...'"), not the day
the story came out a few days later. The lead's day also holds a clock time told in the past far from any other
day ("A bus crashed on Thursday. ... The crash took place at around 15:00").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from ..types import DateMention
from .lexicon import WEEKDAYS
from .value_shapes import FULL_DAY

# the words that count from the day they are said; "this evening", "tonight", "this day" already go to the
# last day the story named (component._QUOTED_DEICTICS)
SAID_DAY_WORDS = {"today", "yesterday", "tomorrow", "this morning", "this afternoon", "last night", "earlier today"}
_PERIOD = re.compile(r"^\d{4}(?:-\d\d)?$")  # a year or a month of one
# a weekday written in full, or "yesterday": the words by which a lead names the day it tells of
_FULL_WEEKDAYS = "|".join(w for w in WEEKDAYS if w.endswith("day"))
_LEAD = re.compile(rf"(?i)\b(?:{_FULL_WEEKDAYS}|yesterday)\b")


def lead_day(mentions: list[DateMention], first_end: int, ref: date) -> str | None:
    """The day the story's first sentence tells of, by a weekday or "yesterday" ("On Monday, ...", "Early
    Wednesday morning, ..."), when it lies before the report; None when the lead names no such day ("An
    engineer died last night")."""
    for m in mentions:
        if m.start >= first_end:
            break
        if _named_day(m):
            return m.value[:10] if m.value[:10] < ref.isoformat() else None
    return None


def said_day(mentions: list[DateMention], text: str, at: int, first_end: int, ref: date) -> str | None:
    """The day a quote at `at` was given: the last day its paragraph names before it ("Wednesday, the day he
    withdrew, he endorsed his rival. 'Today, I ...'"), else the lead's day."""
    para = text.rfind("\n", 0, at) + 1
    opened = max(text.rfind('"', para, at), text.rfind("\u201c", para, at))  # the quote's own days do not count
    for m in reversed(mentions):
        if m.start < para:
            break
        if m.start < opened and _named_day(m):
            return m.value[:10] if m.value[:10] < ref.isoformat() else None
    return lead_day(mentions, first_end, ref)


def _named_day(m: DateMention) -> bool:
    return m.type in ("DATE", "TIME") and _LEAD.search(m.text) is not None and FULL_DAY.match(m.value[:10]) is not None


def said_on(value: str, lead: str, ref: date) -> str | None:
    """`value`, read from the report's day, read from the lead's day instead; None when it is not a day
    within one of the report's (the expression was placed some other way)."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if abs((day - ref).days) > 1:
        return None
    return (day + (date.fromisoformat(lead) - ref)).isoformat() + value[10:]


def other_period(mentions: list[DateMention], i: int, sentences: list[int], lead: str) -> bool:
    """Whether mentions[i]'s sentence or the two before it name a year or month apart from the lead's day
    in figures ("He was killed in June 1968. He was shot just after midnight"): the time is in that period;
    "invented three years ago" tells of the device, not of the day."""
    k = bisect_right(sentences, mentions[i].sentence_start) - 1
    since = sentences[max(0, k - 2)]
    return any(
        m.type == "DATE" and _PERIOD.match(m.value) and re.search(r"\d{4}", m.text) and not lead.startswith(m.value)
        for m in mentions[:i] if m.start >= since
    )
