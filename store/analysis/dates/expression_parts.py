"""The words of one temporal expression read into its parts: clean() lower-cases the text and writes its figures,
dates and clocks in forms the reading knows ("1984-85" as "1984", "3rd quarter" as "third quarter", "7/4/86" as one
word), and parse() reads those words as a bag of parts (year, month, day, weekday, unit, count, modifier...);
normalize decides the value from the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    CLOCK_DIGITS,
    COUNTED_PLURALS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    RELATIVE_DAYS,
    SEASONS,
    TIME_ZONES,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)


def _split_year(m: re.Match[str]) -> str:
    """ "1984-85" (or "1984–1985") as "1984"; "1982-86", two years, as written."""
    return m.group(1) if (int(m.group(1)) + 1) % 100 == int(m.group(2)[-2:]) and (
        len(m.group(2)) == 2 or int(m.group(2)) == int(m.group(1)) + 1
    ) else m.group(0)


# the word an ordinal in figures ("30th year") or a compound one ("twenty-second year") becomes before a unit of a
# run: read as an ordinal, as "sixth" is
NTH = "nth"
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
    (re.compile(rf"(?<![\w,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th)\s+(?={_RUN_UNITS})"), NTH + " "),
    (
        re.compile(
            rf"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth"
            rf"|sixth|seventh|eighth|ninth)\s+(?={_RUN_UNITS})"
        ),
        NTH + " ",
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
_PAST_MODS = {"last", "past", "previous", "prior", "preceding", "latest", "recent"}
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


def _last_quarter_back(toks: list[str], i: int) -> bool:
    """ "last quarter": the one before the report's, as "last month" is, not the report's own; "the last quarter of
    2004" is that year's fourth, and "the last quarter century" no quarter."""
    return toks[i] == "last" and toks[i + 1 : i + 2] == ["quarter"] and toks[i + 2 : i + 3] != ["century"] and not (
        _of_a_year(toks, i + 2)
    )
