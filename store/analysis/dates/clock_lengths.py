"""A length told in units one after another, as race times and running times are written ("two hours
8 minutes 12 seconds", "one minute, 44.21 seconds", "three hours and 20 minutes"), and as spells of years are
("two years and four months", P2Y4M; "a year and 80 days" is not read: "a" counts nothing here): one length with
all its parts. Alone, the model ends the span at a comma or an "and" and splits a list there, and the unit words read
as one amount take the last unit with the first count (PT14S for fourteen minutes and some seconds).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import lowers
from .lexicon import NUMBERS, UNITS

# years before months before days, hours before minutes before seconds: a length is written largest unit first
# ("two years and four months", "three hours and 20 minutes"); weeks are counted alone (ISO 8601 writes no week
# beside another unit), as are decades
_ORDER = ("Y", "M", "D", "H", "MIN", "S")
_CLOCK = ("H", "MIN", "S")
_DECIMAL = re.compile(r"^\d{1,3}\.\d+$", re.ASCII)


def _amount(word: str) -> str | None:
    """A count as a TIMEX3 value writes it ("04.69" is 4.69, "one" is 1); a fraction only of the last part."""
    if word.isascii() and word.isdigit() and len(word) <= 3:
        return str(int(word))
    if _DECIMAL.match(word):
        whole, frac = word.split(".")
        return f"{int(whole)}.{frac}"
    return str(NUMBERS[word]) if word in NUMBERS and word not in ("a", "an") else None


# a length followed by one of these is a gap of its own, counted from an event ("12 hours later"): no part of a run
_GAP_AFTER = {"later", "earlier", "ago", "before", "after"}


def _run(words: list[str], i: int) -> tuple[list[tuple[str, str]], int]:
    """The (count, unit) parts of the run of lengths starting at words[i], largest unit first, with at most a
    comma and an "and" between two of them, and where the run ends."""
    parts: list[tuple[str, str]] = []
    end = i
    while i + 1 < len(words):
        amount, unit = _amount(words[i]), UNITS.get(words[i + 1])
        if amount is None or unit not in _ORDER:
            break
        if parts and (_ORDER.index(unit) <= _ORDER.index(parts[-1][1]) or "." in parts[-1][0]):
            break
        if parts and i + 2 < len(words) and words[i + 2] in _GAP_AFTER:
            break  # "stopped for two days and 12 hours later restarted": a gap of its own after the first length
        parts.append((amount, unit))
        end = i = i + 2
        if i < len(words) and words[i] == ",":
            i += 1
        if i < len(words) and words[i] == "and":
            i += 1
    return parts, end


def _value(parts: list[tuple[str, str]]) -> str:
    days = "".join(amount + unit for amount, unit in parts if unit not in _CLOCK)
    clock = "".join(amount + ("M" if unit == "MIN" else unit) for amount, unit in parts if unit in _CLOCK)
    return "P" + days + ("T" + clock if clock else "")


# the words a length may open with and stay the same length: "the past two years and three months"
_LEADS = {"the", "past", "last", "first", "next", "over", "nearly", "almost", "about", "some"}


def _lead(words: list[str], stop: int) -> int:
    """How many of words[:stop] open the expression as _LEADS words."""
    i = 0
    while i < stop and words[i] in _LEADS:
        i += 1
    return i


def clock_length(words: list[str]) -> str | None:
    """The value of an expression that is a run of two or more lengths ("13 minutes 51.07 seconds" is
    PT13M51.07S, "the past two years and three months" P2Y3M), after _LEADS words at most, else None. `words`
    are the cleaned words of the expression (commas gone)."""
    lead = _lead(words, len(words))
    parts, end = _run(words, lead)
    if end != len(words) or not parts or (lead and len(parts) < 2):
        return None
    # a time in seconds with its fraction ("won in 9.91 seconds") is one length too; no count reads it
    return _value(parts) if len(parts) > 1 or (parts[0][1] == "S" and "." in parts[0][0]) else None


def clock_runs(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (sorted), with a span that is part of a run of lengths widened to the whole run and the spans
    inside the run dropped: "one minute" and "44.21 seconds" of "one minute, 44.21 seconds" are one."""
    low = lowers(doc)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue  # inside the run just widened
        start = s
        while True:  # the run may start before the span: "two hours, | 23 minutes |"
            j = start - 1
            j -= j >= 0 and low[j] == "and"
            j -= j >= 0 and low[j] == ","
            if j < 1 or UNITS.get(low[j]) not in _ORDER or _amount(low[j - 1]) is None:
                break
            start = j - 1
        parts, end = _run(low, start)
        if len(parts) > 1 and start <= s < end:
            if out and out[-1][1] > start:
                # "the past two years | and three months": the span before holds the run's first part; one
                # expression when only words of _LEADS come before the run in it, else both are left as they are
                prior = out[-1][0]
                if prior + _lead(low[prior:], start - prior) == start:
                    out[-1] = (prior, max(e, end))
                else:
                    out.append((s, e))
                continue
            s, e = start, max(e, end)
        out.append((s, e))
    return out
