"""Days named in pairs or ranges share a month and a year: "April 24 and 25", "March 3-5",
"25 and 26 April", "April 25 and 26, 2019".

The lone day has no month of its own (the model tags it, if at all, as a number), so it
takes the month of the day it pairs with; a year written after the pair is both days' year.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..types import DateMention
from .lexicon import MONTHS
from .value_shapes import FULL_DAY

_JOIN = re.compile(r"^\s*(?:and|to|through|or|-|–)\s*$")
_DAY = re.compile(r"^(\d{1,2})(?:,?\s+(\d{4}))?$")
# "from July 13 to 17 of last year": the year named after the second day, relative to the report
_DAY_RELATIVE_YEAR = re.compile(r"^(\d{1,2})\s+(?:of\s+)?(last|this|next)\s+year$", re.IGNORECASE)
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_YEAR = re.compile(r"\b\d{4}\b")
# "25–26 April", "April 25–26, 2019": the tokenizer keeps a range written with an en dash as one
# word, so the model's entity holds both days
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[–—-]\s*(\d{1,2})(\s+[A-Za-z].*)$")
_MONTH_FIRST = re.compile(r"^([A-Za-z]+\.?\s+)(\d{1,2})\s*[–—-]\s*(\d{1,2})(\b.*)$")
# "March 31-April 2": a range over two months, each day with its own
_MONTH_TO_MONTH = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})\s*[–—-]\s*(([A-Za-z]+)\.?\s+(\d{1,2}))(\b.*)$")


def joined(text: str, start: int, end: int) -> bool:
    """Only "and", "to", "through", "or" or a dash lie between the two days."""
    return bool(_JOIN.match(text[start:end]))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def pair_end(
    text: str, previous: DateMention, span_text: str, start: int, ref: date | None = None
) -> tuple[str, DateMention] | None:
    """The value of the day ending a pair, and the first day, moved to the year written after
    the pair ("2019", "of last year") when it had none of its own; None when the span does
    not end a pair."""
    if not FULL_DAY.match(previous.value) or not joined(text, previous.end, start):
        return None
    words = span_text.strip()
    if (m := _DAY_RELATIVE_YEAR.match(words)) and ref is not None:
        day, year = int(m.group(1)), ref.year + _YEAR_STEP[m.group(2).lower()]
    elif m := _DAY.match(words):
        day, year = int(m.group(1)), int(m.group(2) or previous.value[:4])
    else:
        return None
    month, first_day = int(previous.value[5:7]), int(previous.value[8:])
    if day <= first_day or (value := _iso(year, month, day)) is None:
        return None
    first = previous
    if m.group(2) and not _YEAR.search(previous.text):  # the year written after the pair is both days'
        first = replace(previous, value=_iso(year, month, first_day) or previous.value)
    return value, first


def pair_start(text: str, span_text: str, end: int, following: DateMention) -> str | None:
    """ "25 and 26 April": the value of the bare day opening a pair, from the day after it."""
    m = _DAY.match(span_text.strip())
    if not m or m.group(2) or not FULL_DAY.match(following.value) or not joined(text, end, following.start):
        return None
    if int(m.group(1)) >= int(following.value[8:]):
        return None
    return _iso(int(following.value[:4]), int(following.value[5:7]), int(m.group(1)))


def day_range(span_text: str) -> list[tuple[int, int, str]] | None:
    """The two days of a range held in one expression, each as (start, end, words to read it by):
    "25–26 April 2019" gives (0, 2, "25 April 2019") and (3, 16, "26 April 2019"); None when the
    expression is no such range or its days are not in order."""
    if (m := _MONTH_TO_MONTH.match(span_text)) and (months := _months(m.group(1), m.group(4))):
        if (months[0], int(m.group(2))) >= (months[1], int(m.group(5))) or not 1 <= int(m.group(2)) <= 31:
            return None
        rest = m.group(6)
        return [(0, m.end(2), span_text[:m.end(2)] + rest), (m.start(3), len(span_text), m.group(3) + rest)]
    if m := _DAY_FIRST.match(span_text):
        first, second, rest = m.group(1), m.group(2), m.group(3)
        pieces = [(m.start(1), m.end(1), first + rest), (m.start(2), len(span_text), second + rest)]
    elif m := _MONTH_FIRST.match(span_text):
        month, first, second, rest = m.group(1), m.group(2), m.group(3), m.group(4)
        pieces = [(0, m.end(2), month + first + rest), (m.start(3), len(span_text), month + second + rest)]
    else:
        return None
    words = (rest if _DAY_FIRST.match(span_text) else month).split()
    if not words or words[0].lower().rstrip(".") not in MONTHS:
        return None  # "10-15 years ago" is a span of years, not two days
    return pieces if 1 <= int(first) < int(second) <= 31 else None


def _months(*words: str) -> tuple[int, ...] | None:
    """The month numbers of the words, or None when one is no month."""
    found = tuple(MONTHS.get(w.lower()) for w in words)
    return found if None not in found else None
