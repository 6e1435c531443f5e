"""Reading one temporal expression: its TIMEX3 type and value, given a reference date and tense.

The expression arrives as a short lowercase string (a span already found on the parse).
It is read as a bag of parts (year, month, day, weekday, unit, modifier...) rather than
by one grammar, because newswire writes the same date in many orders and spaCy's entity
extents are loose; the parts then decide the value (expression_parts cleans the words and reads the parts).
Everything returns None instead of raising, so odd text simply yields no mention.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .clock_lengths import clock_length
from .coming_quarters import coming_quarter_year
from .expression_parts import NTH, Parts, clean, parse
from .fortnights import as_weeks
from .holiday_years import year_shift
from .lexicon import (
    COUNTED_PLURALS,
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    REFS,
    SEASONS,
    SETS,
    TOLD_BEFORE_WORDS,
    UNITS,
    WEEKDAYS,
)
from .month_quarters import month_quarter, quarter_of
from .spoken_hours import as_clock
from .unit_words import long_length
from .value_shapes import MONTH_VALUE

Result = tuple[str, str]  # (type, value)


_YEAR_AGO = re.compile(r"\b(?:a |one )?year (?:ago|earlier|before)\b")
_PART_OF_CENTURY_OR_DECADE = re.compile(r"^(?:(?:a|the|more than|nearly|almost|about) )*(quarter|half)(?: of)?(?: a)? (century|decade)$")
_SEASON_BOUNDS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# "twice a year", "$2 billion a year" repeat; a bare "a year" ("within a year") is a length of time
_RATE_BEFORE = {"once", "twice", "thrice", "times", "million", "billion", "percent", "%"}


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
# October was last December. ("payable Dec. 7" is read as future, see clause_tense.told_tense.) With no
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
    return word in ORDINALS or word == NTH


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
    if step == 0 and this and season == "WI" and (ref.month <= 2 or ref.month == 3 and tense != "future"):
        # "snowfall this winter had been heavy", told in March: the winter under way or just ended, which began the
        # year before, whatever the verb
        return f"{y - 1:04d}-WI"
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
