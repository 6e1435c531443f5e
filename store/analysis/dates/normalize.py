"""Reading one temporal expression: its TIMEX3 type and value, given a reference date and tense.

The expression arrives as a short lowercase string (a span already found on the parse).
It is read as a bag of parts (year, month, day, weekday, unit, modifier...) rather than
by one grammar, because newswire writes the same date in many orders and spaCy's entity
extents are loose; the parts then decide the value. Everything returns None instead of
raising, so odd text simply yields no mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .clock_lengths import clock_length
from .coming_quarters import coming_quarter_year
from .fortnights import as_weeks
from .holiday_years import year_shift
from .lexicon import (
    CLOCK_DIGITS,
    COUNTED_PLURALS,
    HOLIDAYS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    REFS,
    RELATIVE_DAYS,
    SEASONS,
    SETS,
    TIME_ZONES,
    TOLD_BEFORE_WORDS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from .month_quarters import month_quarter, quarter_of
from .spoken_hours import as_clock
from .unit_words import long_length
from .value_shapes import MONTH_VALUE

Result = tuple[str, str]  # (type, value)


def _split_year(m: re.Match[str]) -> str:
    """ "1984-85" (or "1984–1985") as "1984"; "1982-86", two years, as written."""
    return m.group(1) if (int(m.group(1)) + 1) % 100 == int(m.group(2)[-2:]) and (
        len(m.group(2)) == 2 or int(m.group(2)) == int(m.group(1)) + 1
    ) else m.group(0)


# the word an ordinal in figures ("30th year") or a compound one ("twenty-second year") becomes before a unit of a
# run: read as an ordinal, as "sixth" is
_NTH = "nth"
# the units an ordinal figure before them numbers one of ("30th year"); quarters, halves and centuries keep theirs
_RUN_UNITS = r"(?:day|night|week|month|year|decade|hour|minute)\b"
_CLEAN = [
    (re.compile(r"[’‘`]"), "'"),
    (re.compile(r"'s\b"), ""),
    # "in three years' time": the plural's possessive mark, as "a week's time" loses its "'s"
    (re.compile(r"(?<=s)'(?!\w)"), ""),
    (re.compile(r"\b([ap])\.?\s?m\b\.?"), r"\1m"),
    (re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b"), r"iso\1_\2_\3"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b"), r"us\1_\2_\3"),
    # "1987/88": a farm or fiscal year over two calendar years, dated by the one it starts in
    (re.compile(r"\b((?:19|20)\d\d)/\d\d\b"), r"\1"),
    # "1984-85" (the spans keep it whole only when the second figures are the next year's): read as "1984/85" is
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)\b(?!-)"), _split_year),
    # "2012–13", "the winter of 2006–2007": the same run written with an en dash, which the tokenizer keeps in one
    # word with its second year in two figures or four; so one span, dated by the year it starts in
    (re.compile(r"\b((?:19|20)\d\d)–((?:19|20)?\d\d)\b(?!–)"), _split_year),
    # "now in its 30th year", "his 1,500th day in office", "in its twenty-second year": one year or day of a run, as
    # "in its sixth year" is, not a count of thirty years; the figure becomes a word the reading passes over, as it
    # passes over "sixth", and ordinal_unit reads as an ordinal ("the 3rd year of the plan")
    (re.compile(rf"(?<![\w,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th)\s+(?={_RUN_UNITS})"), _NTH + " "),
    (
        re.compile(
            rf"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth"
            rf"|sixth|seventh|eighth|ninth)\s+(?={_RUN_UNITS})"
        ),
        _NTH + " ",
    ),
    # "4th qtr", "the fourth qtr 1986": the wire's shorthand, read as the quarter it stands for (it was left a year)
    (re.compile(r"\bqtr(s?)\b"), r"quarter\1"),
    # "the 3rd quarter", "the 1st half": which quarter or half, read as the word spelt out is, not three quarters
    (
        re.compile(r"\b([1-4])(?:st|nd|rd|th)\s*(?=(?:quarter|qtr|half)\b)"),
        lambda m: ("first", "second", "third", "fourth")[int(m.group(1)) - 1] + " ",
    ),
    (re.compile(r"(\d)(st|nd|rd|th)\b"), r"\1"),
    # "7-1/2 years", as the wire writes a half: the whole number and its half, as "7 1/2 years" is read
    (re.compile(r"\b(\d{1,2})-(1/2)\b"), r"\1 \2"),
    # "3.5 years", "38.5 hours": the same half written as a decimal, which no count reads (it was left "some years")
    (re.compile(r"(?<![\d.,])(\d{1,3})\.50?(?=\s*-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?)\b)"), r"\1 1/2"),
    (re.compile(r"(\d)(am|pm)\b"), r"\1 \2"),
    # "10,000 hours", "1,200 years ago": a figure with thousands, which the comma below would split into two
    # numbers, kept whole and marked ("k1200") so that no year or clock ("1500 hours") is read in it
    (re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])"), lambda m: "k" + m.group(0).replace(",", "")),
    # a colon between digits is a clock ("7:15 p.m."), not punctuation
    (re.compile(r"(?<=[a-z])\.|[,;!?()\"]|(?<!\d):|:(?!\d)|(?<!\d)\.|\.(?!\d)|\s'|^'"), " "),
    (re.compile(r"(?<=[a-z])-(?=[a-z\d])|(?<=\d)-(?=[a-z])|\bmid-"), " "),
]
_SPELLED_DECADES = {"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6",
                    "seventies": "7", "eighties": "8", "nineties": "9"}
# the forms clean() writes numeric dates in; matched whole, so that text spelt like them ("us00[02_3") is no date
_ISO_TOKEN = re.compile(r"^iso(\d{4})_(\d\d)_(\d\d)$")
_US_TOKEN = re.compile(r"^us(\d{1,2})_(\d{1,2})_(\d{2,4})$")
_CLOCK24 = re.compile(r"^\d{1,2}:\d\d$")
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d\d))?$")
_ZONE_WORDS = {z.lower() for z in TIME_ZONES} | {"hours", "hrs"}
_DECADE = re.compile(r"^(?:(\d\d)(\d)0s|'?(\d)0s)$")
_YEAR_AGO = re.compile(r"\b(?:a |one )?year (?:ago|earlier|before)\b")
_PART_OF_CENTURY_OR_DECADE = re.compile(r"^(?:(?:a|the|more than|nearly|almost|about) )*(quarter|half)(?: of)?(?: a)? (century|decade)$")
_SEASON_BOUNDS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_PAST_MODS = {"last", "past", "previous", "prior", "preceding", "latest", "recent"}
# "twice a year", "$2 billion a year" repeat; a bare "a year" ("within a year") is a length of time
_RATE_BEFORE = {"once", "twice", "thrice", "times", "million", "billion", "percent", "%"}
_NEXT_MODS = {"next", "coming", "following", "upcoming"}
_THIS_MODS = {"this", "current", "same", "present"}


def clean(text: str) -> list[str]:
    return list(_cleaned(text))  # a new list each call: callers may change theirs


@lru_cache(maxsize=8192)
def _cleaned(text: str) -> tuple[str, ...]:
    """clean()'s words, kept: ten patterns per call, and the date rules clean the same few words (a
    weekday, "last year") several times per mention and again in every article."""
    # "²" passes isdigit() but is no number int() reads (an ASCII digit always is one)
    s = text.lower()
    if not s.isascii():
        s = "".join(" " if c.isdigit() and not c.isdecimal() else c for c in s)
    for pattern, repl in _CLEAN:
        s = pattern.sub(repl, s)
    return tuple(s.split())


def number(tok: str) -> int | None:
    if tok.isdigit() and len(tok) <= 4:
        return int(tok)
    if tok[:1] == "k" and tok[1:].isdigit() and len(tok) <= 5:
        return int(tok[1:])  # "1,200" as clean() writes it; a larger count is left vague
    return NUMBERS.get(tok)


@dataclass
class Parts:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: str | None = None
    century: int | None = None
    part: str | None = None
    clock: str | None = None
    deictic: int | None = None
    unit: str | None = None
    amount: int | str | None = None  # int, or "X" for several/few
    plural: bool = False
    mod: str | None = None  # past / next / this
    ago: int = 0  # -1 "ago/earlier", +1 "later/from now"
    the: bool = False
    fiscal: bool = False
    and_half: bool = False
    half_of: bool = False  # "half an hour", "half a day": half of one unit


def parse(toks: list[str]) -> Parts:
    p = Parts()
    n = len(toks)
    i = 0
    pending: int | str | None = None
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else ""
        iso = _ISO_TOKEN.match(t)
        us = _US_TOKEN.match(t)
        if iso:
            p.year, p.month, p.day = (int(x) for x in iso.groups())
        elif us:
            m, d, y = (int(x) for x in us.groups())
            if m > 12 >= d:
                m, d = d, m  # "19/03/2013": day first, as outside the US
            p.month, p.day, p.year = m, d, (y + 1900 if y < 100 else y)
        elif t in ("the", "a", "an") and i == 0:
            p.the = t == "the"
            if t != "the" and _unit_next(toks, i):
                pending = 1
        elif t in ("a", "an", "one") and nxt == "half" and i > 0 and toks[i - 1] == "and":
            pass  # "three and a half years": the amount stays three
        elif t == "half" and nxt in ("a", "an") and _unit_next(toks, i + 1):
            p.half_of = True  # the article after it counts the one unit halved
        elif t in ("a", "an") and _unit_next(toks, i):
            pending = 1  # "as long as a month"
        elif t == "1/2" and isinstance(pending, int):
            p.and_half = True  # "2 1/2 years"
        elif t in MONTHS and not (t == "may" and p.month) and not (t in ("sat", "sun", "mar") and n == 1):
            p.month = MONTHS[t]
            if nxt.isdigit() and 1 <= int(nxt) <= 31 and len(nxt) <= 2:
                p.day = int(nxt)
                i += 1
            elif nxt in ORDINALS and ORDINALS[nxt] <= 31 and nxt not in ("last", "final"):
                p.day = ORDINALS[nxt]
                i += 1
            elif nxt in NUMBERS and (2 <= NUMBERS[nxt] <= 31 or (nxt == "one" and _day_one_ends(toks, i + 2))) \
                    and (i + 2 >= n or toks[i + 2] not in UNITS) \
                    and _spelled_year(toks, i + 1) is None:  # not "January nineteen ninety-seven"
                p.day = NUMBERS[nxt]  # "on March eight", "as of March One": wire copy spells small days out
                i += 1
        elif t in WEEKDAYS or (t.endswith("s") and t[:-1] in WEEKDAYS and len(t) > 4):
            p.weekday = WEEKDAYS.get(t, WEEKDAYS.get(t[:-1]))
        elif t in SEASONS:
            p.season = SEASONS[t]
        elif t in ("noon", "midday"):
            p.clock = "12:00"
        elif t == "midnight":
            # the end of its day, written as TimeBank and the news set write it: the hour alone ("T24")
            p.clock = "24"
        elif t in PARTS_OF_DAY and not (t in ("night", "nights") and p.amount is not None):
            p.part = PARTS_OF_DAY[t]
            if t in RELATIVE_DAYS:
                p.deictic = RELATIVE_DAYS[t]
            if t.endswith("s"):
                p.plural = True
        elif t in RELATIVE_DAYS:
            p.deictic = RELATIVE_DAYS[t]
        elif CLOCK_DIGITS.match(t) and (nxt.split("/")[0] in _ZONE_WORDS or i == 0 and toks[-1] in ("time", "hours")):
            p.clock = f"{t[:2]}:{t[2:]}"  # "1700 UTC", "1640 local time", "1700 New York time": not the year 1700
            i = n if toks[-1] in ("time", "hours") else i + 1
        elif _CLOCK.match(t) and nxt in ("am", "pm"):
            m = _CLOCK.match(t)
            h, mi = int(m.group(1)), int(m.group(2) or 0)
            if nxt == "pm" and h < 12:
                h += 12
            if nxt == "am" and h == 12:
                h = 0
            if h < 25 and mi < 60:
                p.clock = f"{h:02d}:{mi:02d}"
            i += 1
        elif t in _SPELLED_DECADES and (i == 0 or toks[i - 1] in ("the", "early", "late", "mid", "the early", "the late")):
            p.decade = "19" + _SPELLED_DECADES[t]  # "the nineties"
        elif _CLOCK24.match(t) and not p.clock:
            h, mi = (int(x) for x in t.split(":"))
            if h < 25 and mi < 60:
                p.clock = f"{h:02d}:{mi:02d}"  # "14:35 GMT": a 24-hour clock
        elif _DECADE.match(t):
            m = _DECADE.match(t)
            if m.group(1) and m.group(2) == "0" and "10" <= m.group(1) <= "19":
                # "the 1800s" are the hundred years 1800-1899, a century as TIMEX3 writes it ("18"); "the 2000s"
                # is most often said of the decade
                p.century = int(m.group(1)) + 1
            else:
                p.decade = (m.group(1) + m.group(2)) if m.group(1) else ("19" + m.group(3))
        elif t.isdigit() and len(t) == 4 and 1000 <= int(t) <= 2199:
            p.year = int(t)
        elif t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 31 and p.day is None and (
            p.month or nxt in MONTHS or (nxt == "of" and i + 2 < n and toks[i + 2] in MONTHS)
        ):
            p.day = int(t)  # "7 August", "the 28th of March"
        elif t in ("century", "centuries") and pending is not None and i > 0 and toks[i - 1] in ORDINALS:
            p.century = ORDINALS[toks[i - 1]]
            pending = None
        elif t.isdigit() and nxt in ("century",):
            p.century = int(t)
            i += 1
        elif t in ("quarter", "quarters") and i > 0 and toks[i - 1] in ORDINALS and (
            toks[i - 1] != "last" or _of_a_year(toks, i + 1)
        ):
            p.quarter = ORDINALS[toks[i - 1]]  # "the last quarter of 2004" is its fourth; "last quarter" the one before
            pending = None
        elif t in ("quarter", "quarters") and i > 1 and toks[i - 1] == "fiscal" and toks[i - 2] in ORDINALS \
                and (toks[i - 2] != "last" or _of_a_year(toks, i + 1)):
            p.quarter = ORDINALS[toks[i - 2]]  # "the fourth fiscal quarter"
            pending = None
        elif len(t) == 2 and t[0] in "qh" and t[1] in ("1234" if t[0] == "q" else "12"):
            # "Q1 2013", "H2": the business shorthand for quarters and halves
            p.quarter, p.half = (int(t[1]), p.half) if t[0] == "q" else (p.quarter, int(t[1]))
        elif t == "half" and toks[i - 2:i] in (["and", "a"], ["and", "one"]) and (p.unit or isinstance(pending, int)):
            p.and_half = True  # "a year and a half", "three and a half years"
            if p.unit:
                pending = None
        elif t == "half" and i > 0 and toks[i - 1] in ("first", "second", "last"):
            p.half = min(2, ORDINALS[toks[i - 1]])
            pending = None
        elif (y := _spelled_year(toks, i)) is not None:
            p.year, skip = y
            i += skip
        elif t in ORDINALS and nxt in ("quarter", "quarters", "half", "century") and not (
            t in ("last", "final") and nxt == "century"
        ) and not _last_quarter_back(toks, i):  # "the last century" is the one before this, not the fourth
            pending = "ord"
        elif t in COUNTED_PLURALS and p.unit and i > 1 and toks[i - 1] in ("or", "and") \
                and toks[i - 2] in COUNTED_PLURALS:
            pass  # "weeks or months": one vague length, valued by its first unit as TIMEX3 marks it
        elif t in UNITS:
            if p.unit and p.ago and toks[i - 1] in _PAST_MODS | _NEXT_MODS | _THIS_MODS:
                # "three weeks later this year": the gap is told against something unnamed, and the year after it
                # is the date; counting the gap in years would move it years away
                p.amount, p.ago, p.plural = None, 0, False
            p.unit = UNITS[t]
            p.plural = p.plural or (t.endswith("s") and t != "hours" and p.unit not in ("S",)) or t == "hours"
            if pending is not None and pending != "ord":
                p.amount = pending
            elif p.amount is None and p.plural:
                p.amount = "X"
            pending = None
        elif t in _MULTIPLIERS and pending == "X":
            pass  # "a few hundred years", "several thousand years": still some number of them
        elif t in _MULTIPLIERS and isinstance(pending, int) and (pending < 100 or t == "thousand" and pending < 1000):
            pending *= _MULTIPLIERS[t]  # "two hundred years", "three thousand years", "two dozen years"
        elif t == "dozen" and pending is None and i > 0 and (toks[i - 1] == "half" or toks[i - 2:i] == ["half", "a"]):
            pending = 6  # "a half-dozen days", "half a dozen years": six, not twelve
        elif t in _MULTIPLIERS and pending is None:
            pending = _MULTIPLIERS[t]  # "a thousand years", "a dozen weeks": one of them, the article unread
        elif number(t) is not None and t not in ("a", "an"):
            v = number(t)
            if isinstance(pending, int) and pending >= 20 and v < 10:
                v += pending  # twenty four
            elif isinstance(pending, int) and pending >= 100 and pending % 100 == 0 and v < 100 and (
                toks[i - 1] == "hundred" or toks[i - 2:i] in (["hundred", "and"], ["thousand", "and"])
            ):
                v += pending  # "a hundred and fifty years", "two hundred fifty years": the count goes on
            pending = v
        elif (t in VAGUE_NUMBERS or t == "several") and not (t == "coming" and nxt in UNITS and not nxt.endswith("s")):
            pending = "X"  # "the coming weeks" are some weeks; "the coming week" is next week (_NEXT_MODS)
        elif t in ("ago", "earlier", "before", "previously") and (p.unit or p.amount):
            p.ago = -1
        elif (t in ("later", "after", "hence") or (t == "now" and i > 0 and toks[i - 1] == "from")) and p.unit:
            p.ago = 1  # "three days later", "eight years from now"
        elif t in ("year", "years") or t in ("yearago", "yearearlier"):
            p.unit = "Y"
        elif t == "last" and toks[i + 1:i + 3] == ["week", "of"]:
            pass  # "the last week of March" counts weeks in March, not last year's March
        elif t in _PAST_MODS:
            p.mod = "past" if p.mod in (None, "this") else p.mod  # "this past weekend" is the one gone
        elif t in _NEXT_MODS:
            p.mod = p.mod or "next"
        elif t in _THIS_MODS:
            p.mod = p.mod or "this"
        elif t == "fiscal":
            p.fiscal = True
        i += 1
    return p


_WHOLE = {"full", "whole", "entire", "additional", "extra", "further"}
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "dozen": 12}


def _of_a_year(toks: list[str], i: int) -> bool:
    """"of 2004", "of the year", "of last year" at i: what is counted in is a year."""
    rest = toks[i:i + 4]
    return rest[:1] == ["of"] and any(t == "year" or (t.isdigit() and len(t) == 4) for t in rest[1:])


def _unit_next(toks: list[str], i: int) -> bool:
    """A unit follows the article at i, maybe after "full": "a month", "a full month", "an additional
    year" (one month, one year)."""
    after = toks[i + 1:i + 3]
    return bool(after) and (after[0] in UNITS or (after[0] in _WHOLE and len(after) == 2 and after[1] in UNITS))


_TENS = {"nineteen": 1900, "twenty": 2000, "eighteen": 1800}


def _day_one_ends(toks: list[str], i: int) -> bool:
    """A spelled "one" after a month is its first day only where the span ends, or only its year follows ("July One,
    1987"); elsewhere it may be a count ("March one year later")."""
    return i == len(toks) or (i + 1 == len(toks) and len(toks[i]) == 4 and toks[i].isdigit())


def _spelled_year(toks: list[str], i: int) -> tuple[int, int] | None:
    """ "nineteen ninety six" -> 1996, "two thousand (and) one" -> 2001: transcripts spell years."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if t == "two" and nxt == "thousand":
        if toks[i + 2:i + 3] and toks[i + 2] in COUNTED_PLURALS:
            return None  # "two thousand years": a count of years
        rest = toks[i + 2:i + 4]
        rest = rest[1:] if rest[:1] == ["and"] else rest
        add = NUMBERS.get(rest[0], 0) if rest and rest[0] in NUMBERS and NUMBERS[rest[0]] < 20 else 0
        return 2000 + add, 1 + (1 if add else 0) + (1 if add and toks[i + 2] == "and" else 0)
    if t in _TENS and nxt in NUMBERS and 10 <= NUMBERS[nxt] <= 90 and nxt not in ("a", "an"):
        v = NUMBERS[nxt]
        extra = toks[i + 2] if i + 2 < len(toks) else ""
        if v >= 20 and extra in NUMBERS and NUMBERS[extra] < 10 and extra not in ("a", "an"):
            return _TENS[t] + v + NUMBERS[extra] - (100 if t == "twenty" else 0), 2
        return _TENS[t] + v - (100 if t == "twenty" else 0), 1
    return None


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift(ref: date, unit: str, k: int) -> str | None:
    """The calendar value `k` units away from ref, at that unit's granularity."""
    if unit == "Y":
        return f"{ref.year + k:04d}"
    if unit == "M":
        d = ref + relativedelta(months=k)
        return f"{d.year:04d}-{d.month:02d}"
    if unit in ("W", "WE"):
        return _week(ref + timedelta(weeks=k)) + ("-WE" if unit == "WE" else "")
    if unit == "D":
        return (ref + timedelta(days=k)).isoformat()
    if unit == "Q":
        q = (ref.month - 1) // 3 + k
        return f"{ref.year + q // 4:04d}-Q{q % 4 + 1}"
    if unit == "DE":
        return f"{(ref.year // 10 + k):03d}"
    if unit == "CE":
        return f"{(ref.year // 100 + k):02d}"
    return None


def weekday_date(ref: date, wd: int, tense: str | None) -> date:
    """A bare weekday: past tense looks back, future looks ahead, else the nearest (ties go back)."""
    back = (ref.weekday() - wd) % 7
    ahead = (wd - ref.weekday()) % 7
    if tense == "future":
        return ref + timedelta(days=ahead)
    if tense == "past" or back <= ahead:
        return ref - timedelta(days=back)
    return ref + timedelta(days=ahead)


# How far from the reference a yearless date may lie, in months, by tense: news looks back
# more than ahead when reporting, ahead when announcing (payable Dec. 7, effective Feb. 1).
# The windows overlap, and this year wins an overlap: a past-tense "January" in an October
# report is this January; a past tense reaches only about a month ahead ("said it will buy
# shares through Nov. 17" in late October), so "changed its books in December" in late
# October was last December. ("payable Dec. 7" is read as future, see dates._tense.) With no
# tense at all the story most likely looks back; a present tense is as often a schedule.
# "would" is a future told before the report: "would review it in September" said in March is
# this September, "would publish it in February" may have been said in January.
_PAST_DAY_AHEAD = 3
_WINDOWS = {"past": (-11, 1.5), "future": (-2, 11), None: (-8, 5), "present": (-6, 6), "would": (-3, 9)}


def month_year(ref: date, month: int, tense: str | None, day: int | None = None) -> int:
    """A month with no year: the year that puts it inside the tense's window around ref."""
    if day is None and tense == "future":
        # "will return in February" said in March is next February; the month of the report counts
        return ref.year if month >= ref.month else ref.year + 1
    low, high = _WINDOWS.get(tense, _WINDOWS[None])
    if day is not None and tense == "past":
        # a day is written with its year once it lies a season or more back ("last July 17", "July 17, 1986"),
        # so a bare day told in the past reaches further ahead than a bare month: "the move resulted from the
        # proposed June 30 deregulation", told in mid-April, is this June
        high = _PAST_DAY_AHEAD
    frac = ((day or 15) - ref.day) / 31
    for year in (ref.year, ref.year - 1, ref.year + 1):
        delta = (year - ref.year) * 12 + month - ref.month + frac
        if low <= delta < high:
            return year
    return ref.year


# units whose first (second...) one is a length ("the first year of the contract"); not days, which
# TimeBank dates ("the second day of an offensive" is that day)
_COUNTED_UNITS = {"Y", "M", "W", "H"}


def ordinal_unit(text: str) -> str | None:
    """The length of one unit for "the first year", "the second month" (P1Y, P1M), else None."""
    toks = clean(text)
    if (
        len(toks) != 3
        or toks[0] != "the"
        or not _ordinal(toks[1])
        or toks[1] in ("last", "final")
    ):
        return None
    unit = UNITS.get(toks[2])
    if unit not in _COUNTED_UNITS or toks[2].endswith("s"):
        return None
    return f"P{'T' if unit == 'H' else ''}1{unit}"


_HALF_OF = {"H": "PT30M", "MIN": "PT30S", "D": "PT12H", "Y": "P6M", "DE": "P5Y", "CE": "P50Y"}
_CLOCK_UNITS = {"H", "MIN", "S"}


def _duration(p: Parts) -> str | None:
    amt = p.amount if p.amount is not None else 1
    u = p.unit
    if p.half_of and amt == 1 and u in _HALF_OF:
        return _HALF_OF[u]  # "half an hour" is thirty minutes, not an hour
    half = p.and_half and isinstance(amt, int)
    if u == "DE":
        return f"P{amt * 10 + (5 if half else 0)}Y" if isinstance(amt, int) else "PXDE"
    if u == "CE":
        return f"P{amt * 100 + (50 if half else 0)}Y" if isinstance(amt, int) else "PXCE"
    if u == "Q":
        return f"P{amt}Q" if isinstance(amt, int) else "PXQ"  # as TimeBank writes them: "the past two quarters" P2Q
    if u in ("H", "MIN", "S"):
        return f"PT{amt}{'M' if u == 'MIN' else u}" + ({"H": "30M", "MIN": "30S"}.get(u, "") if half else "")
    if half and u in ("M", "W"):
        return f"P{amt}.5{u}"  # "3-1/2 months": no whole smaller unit holds half a month, so ISO 8601's decimal
    if u in ("Y", "M", "W", "D"):
        return f"P{amt}{u}" + ({"Y": "6M", "D": "T12H"}.get(u, "") if half else "")
    return None


# one day, week or month of a stretch the calendar does not place
_UNPLACED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}


def _ordinal(word: str) -> bool:
    return word in ORDINALS or word == _NTH


def _ordinal_of_a_stretch(toks: list[str]) -> str | None:
    """ "the 14th week of last season", "the third week of the season": one week of a stretch no calendar word
    places, so no reference day dates it (the reading that passes the ordinal over gave the report's own week);
    "the third week of March", "of 1986", "of last year", "of spring" name the calendar and are read as before."""
    for i in range(len(toks) - 3):
        if _ordinal(toks[i]) and toks[i + 1] in _UNPLACED and toks[i + 2] == "of":
            rest = toks[i + 3 :]
            if any(
                t[:1].isdigit() or t in MONTHS or t in UNITS or t in WEEKDAYS or t in SEASONS or t in HOLIDAYS
                for t in rest
            ):
                return None
            return _UNPLACED[toks[i + 1]]
    return None


def _last_quarter_back(toks: list[str], i: int) -> bool:
    """ "last quarter": the one before the report's, as "last month" is, not the report's own; "the last quarter of
    2004" is that year's fourth, and "the last quarter century" no quarter."""
    return toks[i] == "last" and toks[i + 1 : i + 2] == ["quarter"] and toks[i + 2 : i + 3] != ["century"] and not (
        _of_a_year(toks, i + 2)
    )


def _year_before(quarter: str | None) -> str | None:
    return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}" if quarter else None


def normalize(text: str, ref: date | None, tense: str | None, quarterly: str | None = None) -> Result | None:
    """`quarterly`: the quarter an earnings story reports (reported_quarter); there "a year ago"
    and "the quarter" mean that quarter."""
    toks = as_clock(as_weeks(clean(text)))  # "a fortnight" is two weeks; "4 in the morning" is 4 a.m.
    if not toks:
        return None
    joined = " ".join(toks)
    m = _YEAR_AGO.search(joined)
    if m and ref is not None:
        # "year-ago quarter", "a year earlier": the same thing one year back
        rest = (joined[: m.start()] + " " + joined[m.end():]).split()
        back = ref - relativedelta(years=1)
        if not rest or rest == ["the"] or rest[-1] in ("period", "level", "levels") or (
            TOLD_BEFORE_WORDS & set(rest) and rest[-1] in COUNTED_PLURALS
        ):  # "the same months a year earlier" lie where "the same period a year earlier" does
            return "DATE", _year_before(quarterly) if quarterly else f"{back.year:04d}"
        if quarterly and rest in (["the", "same", "quarter"], ["same", "quarter"]):
            # "the same quarter a year earlier" is the reported quarter's, which a fiscal label may put in another
            # calendar quarter than the report's day a year back
            return "DATE", _year_before(quarterly)
        return normalize(" ".join(rest), back, tense, _year_before(quarterly))
    if ref is not None and "ago" in toks[:-1] and (then := _back_then(toks, ref)) is not None:
        return normalize(" ".join(toks[toks.index("ago") + 1:]), then, tense)
    if joined in REFS:
        return "DATE", REFS[joined]
    if length := long_length(toks):
        return "DURATION", length  # "week-long": a week's length, not this week
    if (as_month := month_quarter(toks)) is not None:
        # "the March quarter": the quarter ending in March, in the year the month would be read in
        found = normalize(" ".join(as_month), ref, tense)
        return ("DATE", quarter_of(found[1])) if found and MONTH_VALUE.match(found[1] or "") else found
    if (m := _PART_OF_CENTURY_OR_DECADE.match(joined)) and (m.group(2) == "century" or m.group(1) == "half"):
        # "a quarter-century", "half a century": a length of years, not the century itself; "a half-decade" is five
        # years, and a quarter of a decade no length a story tells
        return "DURATION", f"P{(25 if m.group(1) == 'quarter' else 50) // (10 if m.group(2) == 'decade' else 1)}Y"
    if joined == "overnight":
        # a report's "overnight" in the past tense is the night before it appeared; with no report date, a night
        if ref is None:
            return "TIME", "XXXX-XX-XXTNI"
        return "TIME", f"{ref - timedelta(days=1 if tense == 'past' else 0)}TNI"
    if joined in SETS:
        return "SET", SETS[joined]
    if (run := clock_length(toks)) is not None:
        return "DURATION", run
    if re.search(r"(?i)\byear-?end\b", text) and (end := _year_end(toks, ref, tense)) is not None:
        return "DATE", end
    if toks in (["year", "end"], ["the", "year", "end"], ["end", "year"]) and ref is not None and tense == "past":
        # "its year end stocks were lower", "had end-year cash of": figures of a year's close told in the past
        # are of the year before the report, as the compound's are ("at year-end"); TimeBank gives the words
        # apart the year, not its last day
        return "DATE", f"{ref.year - 1:04d}"
    if (h := _holiday(toks, ref, tense)) is not None:
        return h
    if (unplaced := _ordinal_of_a_stretch(toks)) is not None:
        return "DATE", unplaced
    p = parse(toks)
    if toks[0] in ("every", "each", "per") or (len(toks) > 1 and toks[-2] == "per" and toks[-1] in UNITS) or (
        len(toks) > 2 and toks[-2] in ("a", "an") and toks[-1] in UNITS and toks[-3] in _RATE_BEFORE
    ):
        if len(toks) > 2 and toks[-3] == "times" and toks[-2] == "per":
            p.amount = None  # "4 times per day": the count is how often (TimeML's freq), the value one day
        return _set(p)
    if p.weekday is not None and ("nights" in toks or any(t[:-1] in WEEKDAYS for t in toks if t.endswith("s"))):
        # "Tuesday nights", "Mondays"; "the early hours of Thursday morning" is one morning
        return "SET", f"XXXX-WXX-{p.weekday + 1}" + (f"T{p.part}" if p.part else "")
    if p.part in ("NI", "EV") and p.mod == "past" and p.weekday is None and p.month is None:
        # "last night", "last evening": the day before the report; with no report date a night all the same, as
        # "yesterday" and "this morning" are days. A clock told with it ("at midnight last night", "10 p.m. last
        # night") is the moment, not the whole night
        return "TIME", f"{ref - timedelta(days=1) if ref is not None else 'XXXX-XX-XX'}T{p.clock or p.part}"
    if p.clock or (p.part and (p.weekday is not None or p.deictic is not None or p.mod == "this" or p.month)):
        return _time(p, ref, tense)
    if p.unit and p.ago and p.amount is not None or (p.unit and p.ago and toks[0] in ("a", "an")):
        if p.amount == "X" and toks[-1] in ("later", "earlier") and (d := _duration(p)):
            # "A few days later, the company announced": a gap of unknown length after something told,
            # neither the future nor the past of the report
            return "DURATION", d
        if p.unit in _CLOCK_UNITS and toks[-1] in ("later", "earlier") and (d := _duration(p)):
            # "scored again eight minutes later": a gap of hours, minutes or seconds after an event the story told
            # has no calendar value (no year, nor a day, lies eight minutes from the report); a length, as TimeBank
            # marks "an hour later"
            return "DURATION", d
        return _ago(p, ref)
    if p.unit and (p.amount is not None) and p.year is None and p.month is None and p.weekday is None:
        if p.amount == "X" and TOLD_BEFORE_WORDS & set(toks):
            # "on the same respective days", "in the corresponding months": the days or months the story named
            # before, not some length of them; told of last year, they lie in it, as "the same period" does
            if ref is not None and p.mod == "past" and "year" in toks:
                return "DATE", f"{ref.year - 1:04d}"
            return None
        if p.amount == "X" and p.mod == "past" and p.unit in ("Y",) and not p.the:
            return "DATE", "PAST_REF"
        if p.amount == "X" and p.mod == "next" and not p.the:
            return "DATE", "FUTURE_REF"
        d = _duration(p)
        return ("DURATION", d) if d else None
    if quarterly and ref is not None and p.year is not None and not (p.quarter or p.month or p.half or p.season) and (
        p.unit == "Q" or (p.the and "period" in toks)
    ):
        # earnings stories: "the 1988 quarter", "the 1988 period" is the reported quarter, in 1988
        return "DATE", f"{p.year:04d}-Q{quarterly[-1]}"
    if "period" in toks and p.unit is None and p.year is None and p.mod == "past":
        # "the latest period": the quarter just reported, in an earnings story; elsewhere unknowable
        return ("DATE", quarterly) if quarterly and ref is not None and p.the else None
    return _calendar(p, toks, ref, tense, quarterly)


_YEAR_END_WORDS = {"the", "last", "this", "next", "past", "coming", "current"}


def _year_end(toks: list[str], ref: date | None, tense: str | None) -> str | None:
    """ "by year-end", "last year-end", "the 1986 yearend": the last day of the year, as TimeBank dates the
    compound; told in the past, the year-end before the report. A fiscal year's end is some other day, and
    TimeBank leaves "by year end" and "by year's end" the year."""
    if toks[-2:] == ["year", "end"]:
        rest = toks[:-2]
    elif toks[-1:] == ["yearend"]:
        rest = toks[:-1]
    else:
        return None
    years = [int(t) for t in rest if len(t) == 4 and t.isdigit()]
    if any(t not in _YEAR_END_WORDS and not (len(t) == 4 and t.isdigit()) for t in rest) or len(years) > 1:
        return None
    if years:
        return f"{years[0]:04d}-12-31"
    if ref is None:
        return None
    step = -1 if {"last", "past"} & set(rest) else 1 if {"next", "coming"} & set(rest) else 0
    if not step and not {"this", "current"} & set(rest) and tense == "past":
        step = -1
    return f"{ref.year + step:04d}-12-31"


def _set(p: Parts) -> Result | None:
    if p.weekday is not None:
        return "SET", f"XXXX-WXX-{p.weekday + 1}"
    if p.month is not None:
        return "SET", f"XXXX-{p.month:02d}"
    if p.season:
        return "SET", f"XXXX-{p.season}"
    if p.unit:
        p.amount = p.amount if isinstance(p.amount, int) else 1
        d = _duration(p)
        return ("SET", d) if d else None
    return None


def _day_of(p: Parts, ref: date | None, tense: str | None) -> str | None:
    if ref is None:
        if p.weekday is not None:
            return f"XXXX-WXX-{p.weekday + 1}"
        return "XXXX-XX-XX"
    if p.month and p.day:
        y = p.year or month_year(ref, p.month, tense, p.day)
        try:
            return date(y, p.month, p.day).isoformat()
        except ValueError:
            return None
    if p.deictic is not None:
        return (ref + timedelta(days=p.deictic)).isoformat()
    if p.weekday is not None:
        return weekday_date(ref, p.weekday, tense).isoformat()
    return ref.isoformat()


def _time(p: Parts, ref: date | None, tense: str | None) -> Result | None:
    day = _day_of(p, ref, tense)
    if ref is not None and p.weekday is not None and p.mod and not p.month and p.deictic is None:
        # "next Thursday night", "last Monday evening": the day "next Thursday" names, never the report's own
        day = (_calendar(p, [], ref, tense, None) or (None, day))[1]
    if day is None:
        return None
    return "TIME", f"{day}T{p.clock or p.part}"


def _back_then(toks: list[str], ref: date) -> date | None:
    """ "ten years ago this week": the reference moved back, for reading "this week" from there."""
    p = parse(toks[:toks.index("ago") + 1])
    if not isinstance(p.amount, int) or p.unit not in ("Y", "M", "W", "D"):
        return None
    span = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}[p.unit]
    return ref - relativedelta(**{span: p.amount})


def _ago(p: Parts, ref: date | None) -> Result | None:
    if not isinstance(p.amount, int):
        return "DATE", "PAST_REF" if p.ago < 0 else "FUTURE_REF"
    if ref is None:
        return "DATE", "XXXX"
    if p.unit in ("DE", "CE"):
        # "a decade ago" is the year ten years back, not the decade it falls in
        return "DATE", _shift(ref, "Y", p.ago * p.amount * (10 if p.unit == "DE" else 100))
    return ("DATE", v) if (v := _shift(ref, p.unit, p.ago * p.amount)) else None


def _calendar(p: Parts, toks: list[str], ref: date | None, tense: str | None, quarterly: str | None) -> Result | None:
    if p.century is not None:
        return "DATE", f"{p.century - 1:02d}"
    if p.decade:
        return "DATE", p.decade
    if p.year is not None:
        y = f"{p.year:04d}"
        if p.month:
            if p.day:
                try:
                    day = date(p.year, p.month, p.day)
                except ValueError:
                    return None
                return "DATE", _week(day) if p.unit == "W" and "of" in toks else day.isoformat()
            return "DATE", f"{y}-{p.month:02d}"
        if p.quarter:
            return "DATE", f"{y}-Q{p.quarter}"
        if p.half:
            return "DATE", f"{y}-H{p.half}"
        if p.season:
            return "DATE", f"{y}-{p.season}"
        return "DATE", y
    if p.unit in ("DE", "CE") and "past" in toks and p.year is None:
        # "over the past decade" is the ten years up to now, not the calendar decade before; a length
        # with or without a report date
        return "DURATION", "P10Y" if p.unit == "DE" else "P100Y"
    if ref is None:
        return _underspecified(p)
    step = {"past": -1, "next": 1}.get(p.mod or "", 0)
    if p.month:
        if p.day and p.unit == "Y" and step and p.weekday is None:
            try:  # "17 July last year", "March 5 next year"
                return "DATE", date(ref.year + step, p.month, p.day).isoformat()
            except ValueError:
                return None
        if p.day and p.mod == "past" and p.unit is None and p.weekday is None:
            # "announced last February 28" told on February 26: the latest such day before the report, never
            # one still ahead of it, which the tense window allows a bare day
            for year in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
                try:
                    day = date(year, p.month, p.day)
                except ValueError:
                    continue  # "last February 29" names a leap year's
                if day < ref:
                    return "DATE", day.isoformat()
            return None
        if p.day and p.mod == "this" and p.unit is None and p.weekday is None:
            # "ends this September 30" told in March: "this" names the report year's day, where the present
            # tense's window alone would reach back to the last one
            try:
                return "DATE", date(ref.year, p.month, p.day).isoformat()
            except ValueError:
                return None
        if p.day:
            day = _day_of(p, ref, tense)
            if day and p.unit == "W" and "of" in toks:
                return "DATE", _week(date.fromisoformat(day))  # "the week of March 6"
            return "DATE", day
        if p.mod == "past":
            y = ref.year if p.month < ref.month else ref.year - 1
            if p.month == ref.month - 1 and "last" in toks and "this" not in toks:
                # "crashed last February" told in March: the month just gone is "last month" or "in
                # February"; named with "last", it is the year before's ("this past February" is not)
                y -= 1
        elif p.mod == "next":
            y = ref.year if p.month > ref.month else ref.year + 1
        elif p.mod == "this":
            y = ref.year
        else:
            y = month_year(ref, p.month, tense)
        if p.unit == "Y" and "last" in toks:  # "June last year"
            y = ref.year - 1
        elif p.unit == "Y" and "next" in toks:  # "by July next year": the year is next, whatever the month
            y = ref.year + 1
        return "DATE", f"{y:04d}-{p.month:02d}"
    if p.weekday is not None:
        if p.unit == "W" and p.amount is None and p.mod is not None:
            # "Wednesday next week", "Monday last week": that weekday of the week named, not the nearest one
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
            return "DATE", (monday + timedelta(days=p.weekday)).isoformat()
        if p.mod in ("past", "next"):
            d = weekday_date(ref, p.weekday, "past" if step < 0 else "future")
            if d == ref:
                d += timedelta(days=7 * step)
            return "DATE", d.isoformat()
        if p.mod == "this":
            d = ref + timedelta(days=p.weekday - ref.weekday())
            if tense == "past" and d > ref or tense == "future" and d < ref:
                # "This Sunday, he crossed the Channel" in a Tuesday report: the Sunday just gone
                d += timedelta(days=7 if d < ref else -7)
            return "DATE", d.isoformat()
        return "DATE", weekday_date(ref, p.weekday, tense).isoformat()
    if p.deictic is not None:
        return "DATE", (ref + timedelta(days=p.deictic)).isoformat()
    if p.season:
        return "DATE", _season(ref, p.season, step, tense, p.mod == "this")
    if p.quarter and quarterly and p.unit != "Y" and p.mod is None:
        # an earnings story counts its quarters in the year of the one it reports, which a company's
        # fiscal labels can put ahead of the calendar ("the third quarter", told in March after the
        # second ended January 31); a quarter before that one and yet to come is next year's
        year, reported = int(quarterly[:4]), int(quarterly[-1])
        year += p.quarter < reported and tense in ("future", "would")
        current = (ref.month - 1) // 3 + 1
        if tense == "past" and year == ref.year and p.quarter > current and quarterly in (
            _shift(ref, "Q", 0), _shift(ref, "Q", -1)
        ):
            # a quarter not yet begun told in the past is last year's ("GNP grew 1.3 pct in the fourth quarter",
            # in March, in a story of first-quarter figures), where the story labels its quarters as the calendar
            year -= 1
        return "DATE", f"{coming_quarter_year(year, p.quarter, ref, tense):04d}-Q{p.quarter}"
    if p.quarter:
        y = ref.year + (p.unit == "Y" and step or 0)
        current = (ref.month - 1) // 3 + 1
        if p.unit != "Y" and tense == "past" and p.quarter > current:
            y -= 1
        elif p.unit != "Y" and tense != "future" and p.quarter >= current + 2 and not p.mod:
            y -= 1  # "fourth-quarter profit" in February: results are reported after the quarter
        if p.unit != "Y":
            y = coming_quarter_year(y, p.quarter, ref, tense)
        return "DATE", f"{y:04d}-Q{p.quarter}"
    if p.half:  # "the first half of next year"
        if p.unit == "H":
            return "DURATION", "PT30M"  # "in the first half hour after the speech": a length, not a half year
        if p.unit == "M":
            v = _shift(ref, "M", step)  # "in the first half of next month": TIMEX3 has no half month, the month
            return ("DATE", v) if v else None
        return "DATE", f"{ref.year + (p.unit == 'Y' and step or 0):04d}-H{p.half}"
    if p.mod == "past" and "year" in toks and {"quarter", "period"} & set(toks) and not p.amount:
        # "last year's quarter", "the same period last year": the reported quarter, a year back;
        # outside an earnings story "the same period last year" is only known to lie last year
        if quarterly is None and "quarter" not in toks:
            return "DATE", f"{ref.year - 1:04d}"
        return "DATE", _year_before(quarterly or _shift(ref, "Q", -1))
    if p.unit:
        if p.unit == "Q" and p.the and p.mod in (None, "past"):
            return "DATE", quarterly or _shift(ref, "Q", -1)  # "the (latest) quarter": the last one reported
        if p.unit == "WE":
            if p.mod is None and tense == "past" and ref.weekday() < 5:
                step = -1  # "over the weekend" in a weekday's report: the one just gone
            elif p.mod == "this" and tense == "past" and ref.weekday() < 2:
                step = -1  # "this weekend" told in the past early in the week: the one two days back, not ahead
            return "DATE", _shift(ref, "WE", step)
        if p.unit in ("H", "MIN", "S"):
            return None
        v = _shift(ref, p.unit, step)
        return ("DATE", v) if v else None
    return None


def _season(ref: date, season: str, step: int, tense: str | None = None, this: bool = False) -> str:
    start, end = _SEASON_BOUNDS[season]
    y = ref.year
    if step == 0 and tense == "past" and start > ref.month and not (this and season != "WI"):
        # "in the fall, sales slowed" in a February report; but "this fall" is the report year's, whatever
        # the verb ("a vote was expected this autumn", told in March), bar a winter that began the year before
        return f"{y - 1:04d}-{season}"
    if step == 0 and tense == "future" and end < ref.month:
        return f"{y + 1:04d}-{season}"  # "will open in the spring" in an October report
    if step < 0:
        y = y if ref.month > end else y - 1
    elif step > 0:
        y = y if ref.month < start else y + 1
    return f"{y:04d}-{season}"


def _underspecified(p: Parts) -> Result | None:
    if p.month:
        return "DATE", f"XXXX-{p.month:02d}" + (f"-{p.day:02d}" if p.day else "")
    if p.weekday is not None:
        return "DATE", f"XXXX-WXX-{p.weekday + 1}"
    if p.season:
        return "DATE", f"XXXX-{p.season}"
    if p.quarter:
        return "DATE", f"XXXX-Q{p.quarter}"
    if p.deictic is not None or p.unit in ("D",):
        return "DATE", "XXXX-XX-XX"
    if p.unit == "M":
        return "DATE", "XXXX-XX"
    if p.unit == "W":
        return "DATE", "XXXX-WXX"
    if p.unit == "WE":
        return "DATE", "XXXX-WXX-WE"  # "at the weekend" in an undated story: a weekend all the same, as "Friday" is a day
    if p.unit == "Q":
        return "DATE", "XXXX-QX"  # "the previous quarter", "the quarter" in an undated story: some quarter
    if p.unit == "Y":
        return "DATE", "XXXX"
    return None


_HOLIDAY_MODS = {"the", "last", "past", "next", "coming", "this", "on", "upcoming", "previous"}


def _holiday_on(rule: list, year: int) -> date | None:
    if rule[0] == "easter":
        return easter(year) + timedelta(days=rule[1])
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, n, wd, *after = rule  # a fourth number: days after that weekday ("the Tuesday after the first Monday")
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1) + sum(after))
    last = date(year, month, 1) + relativedelta(months=1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _holiday(toks: list[str], ref: date | None, tense: str | None) -> Result | None:
    """ "Thanksgiving Day", "last Christmas", "Easter 1998": the holiday's date in the year the context gives."""
    toks, shift = year_shift(toks)
    mods = [t for t in toks if t in _HOLIDAY_MODS]
    years = [int(t) for t in toks if t.isdigit() and len(t) == 4]
    rest = " ".join(t for t in toks if t not in _HOLIDAY_MODS and not (t.isdigit() and len(t) == 4))
    rule = HOLIDAYS.get(rest) or HOLIDAYS.get("the " + rest)
    if not rule or len(years) > 1:
        return None
    if shift is not None:
        # "Election Day next year": the holiday in the year the words name, counted from the report's; with no
        # report date the year is unknown, and the words are read as before
        return ("DATE", _holiday_on(rule, ref.year + shift).isoformat()) if ref is not None and not years else None
    if years:
        return "DATE", _holiday_on(rule, years[0]).isoformat()
    if ref is None:
        return ("DATE", f"XXXX-{rule[0]:02d}-{rule[1]:02d}") if len(rule) == 2 and rule[0] != "easter" else None
    around = [_holiday_on(rule, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    before = [d for d in around if d < ref]
    after = [d for d in around if d > ref]
    if "this" in mods:
        return "DATE", around[1].isoformat()
    if ref in around:
        pick = ref
    elif {"last", "past", "previous"} & set(mods):
        pick = before[-1]
    elif {"next", "coming", "upcoming"} & set(mods):
        pick = after[0]
    elif tense == "past" and (after[0] - ref).days < _WINDOWS["past"][1] * 30.5:
        # as a yearless month: a past tense reaches a little ahead ("March sales were hurt by a late Easter",
        # told in early April, is this Easter, not last year's)
        pick = after[0]
    elif tense in ("past", "future"):
        pick = before[-1] if tense == "past" else after[0]
    else:
        pick = min(before[-1], after[0], key=lambda d: (abs((d - ref).days), d > ref))
    return "DATE", pick.isoformat()
