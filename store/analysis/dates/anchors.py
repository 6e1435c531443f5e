"""Expressions dated from another date than the publication day: the last date the story
named ("that day", "a year later") or the quarter an earnings story reports ("a year ago").

Split from normalize, which reads one expression on its own; these need the story.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .day_parts import narrowed_part
from .expression_parts import clean, parse
from .fortnights import as_weeks
from .lexicon import BUSINESS_DAY_WORDS, MONTHS, ORDINALS, PARTS_OF_DAY, WEEKDAYS
from .normalize import _shift
from .weeks import working_day

_ORDINAL_QUARTER = re.compile(r"\b(first|second|third|fourth)[- ](?:fiscal )?quarter\b")
# a quarter of the year, not "headquarters", "a quarter-century", "a quarter of the market", "a quarter-point"
_QUARTER_WORD = re.compile(r"(?<!\ba )(?<!\bone )(?<!\bthree )\bquarters?\b(?![- ](?:century|centuries|point|mile)\b)")


def reported_quarter(text: str, ref: date | None) -> str | None:
    """The quarter an earnings story reports, or None when the story is not about quarters.

    The ordinal quarter named most is the reported one ("third-quarter profit rose...");
    companies label fiscal quarters their own way, so the label wins over the calendar.
    Without one, the quarter before the report is the likeliest.
    """
    low = text.lower()
    if ref is None or "quarter" not in low or not _QUARTER_WORD.search(low):  # its look-behinds run at every place
        return None
    named = _ORDINAL_QUARTER.findall(low)
    if not named:
        return _shift(ref, "Q", -1)
    q = ORDINALS[max(named, key=named.count)]  # ties: the first named
    if (end := _quarter_end(low, ref)) is not None:
        # "its second fiscal quarter ending March 31", told on March 5: a fiscal label ahead of the
        # calendar's; the year is the one the quarter ends in
        return f"{end.year:04d}-Q{q}"
    # a label ahead of the calendar's quarter: in the year's first quarter, last year's ("fourth-quarter
    # profit", told in February; a fiscal quarter ended in December), and so is a fourth quarter in the
    # second (annual figures out late); from April on, a fiscal quarter just ended ("third-quarter net", a
    # quarter ended March 31) or one ahead ("steel orders firm through the third quarter") is this year's
    current = (ref.month - 1) // 3 + 1
    behind = q > current and (current == 1 or (q == 4 and current == 2))
    return f"{ref.year - behind:04d}-Q{q}"


# the words a bare "quarter" follows in earnings copy ("in quarter", "at quarter's end", "the quarter's net" with "the"
# left out of the span); after others it is some other quarter ("each quarter", "the January/March quarter")
_BEFORE_BARE_QUARTER = {"in", "at", "for", "during", "by", "the"}


def bare_quarter(words: list[str], s: int) -> bool:
    """Whether the lower-cased word `words[s]` is "quarter" with no article or modifier of its own ("dlrs vs 9 dlrs
    in quarter and 12 dlrs in year", "loans at quarter's end", "reduced the quarter's net", where the entity reader
    leaves "the" out): terse earnings copy drops the article, and it is still the quarter the story reports, not
    the one under way."""
    if words[s] != "quarter" or s == 0 or words[s - 1] not in _BEFORE_BARE_QUARTER:
        return False
    return s + 1 >= len(words) or words[s + 1] != "to"


_NAMED_QUARTER = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal )?(?:quarter|qtr)\b|\bqtrs?\b")


def quarter_named(text: str, ref: date) -> bool:
    """Whether the story names a quarter of its own ("third-quarter profit", "1st qtr", "the quarter ended March
    31"). When it names none, reported_quarter only guessed the quarter before the report, and a story that says
    "the close of the quarter" need not be an earnings story at all."""
    low = text.lower()
    return _NAMED_QUARTER.search(low) is not None or _quarter_end(low, ref) is not None


_QUARTER_END = re.compile(
    r"\bquarter,? (?:that |which )?(?:ended|ending|ends|to) ([a-z]+)\.? (\d{1,2})\b(?:,? (\d{4})\b)?"
)


def _quarter_end(low: str, ref: date) -> date | None:
    """The day the story's quarter ends ("the third quarter ended Feb. 28"), in the year that puts it
    at most a quarter after the report, or None when the story names none."""
    m = _QUARTER_END.search(low)
    month = MONTHS.get(m.group(1)) if m else None
    if month is None:
        return None
    day = min(int(m.group(2)), 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)  # "November 31"
    years = [int(m.group(3))] if m.group(3) else [ref.year, ref.year - 1]
    for year in years:
        end = date(year, month, day)
        if m.group(3) or (end - ref).days <= 92:
            return end
    return None


# "that day", "later that year", "the same month", "the following year", "the next morning": dated by
# the last date the story named, not by the publication date
_ANAPHOR = re.compile(
    r"^(?:(?:earlier|later|late|early) )?(?:(that|that same|the same|the very same)"
    r"|the (following|previous|prior|preceding)|the (next)) (day|night|morning|evening|afternoon|week|month|year|quarter)$"
)
# "in the morning" has no day of its own: it is the day the story just named, and none where it names none
# ("she jogs in the morning")
_THE_PART = re.compile(r"^the (morning|afternoon|evening)$")
# "from 2.4 billion dlrs on the previous business day": the working day before the one the story named (a Monday's
# is the Friday before), unit "B"; not "the last trading day", which is as often that of a month or a contract
_BUSINESS_DAY = re.compile(
    rf"^the (?:(following|next)|previous|prior|preceding) (?:{'|'.join(sorted(BUSINESS_DAY_WORDS))}) day$"
)
_ANAPHOR_UNIT = {"night": "D", "morning": "D", "evening": "D", "afternoon": "D", "day": "D",
                 "week": "W", "month": "M", "year": "Y", "quarter": "Q"}
_ANCHOR = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-Q([1-4])|-H[12])?$")  # a half counts in years only
_WEEK_ANCHOR = re.compile(r"^(\d{4})-W(\d\d)$")


_DAY_BEFORE_AFTER = {"the day before": (-1, None), "the day after": (1, None), "the night before": (-1, "NI"),
                     "the morning after": (1, "MO")}


def anaphor(text: str, opens: bool = False) -> tuple[str, int, str | None] | None:
    """(unit, step, part of the day or None) when the expression is dated by an earlier mention,
    else None: "the next morning" is (D, 1, MO). `opens`: the expression opens its sentence, where
    "The next month, ..." can only follow the story."""
    words = " ".join(clean(text))
    if words in _DAY_BEFORE_AFTER:
        return "D", *_DAY_BEFORE_AFTER[words]  # "The day before, he had met...": no event named after it
    if part := _THE_PART.match(words):
        return "D", 0, PARTS_OF_DAY[part.group(1)]  # "closes on Tuesday in the afternoon": that day's afternoon
    if narrowed := narrowed_part(text):
        return "D", 0, narrowed  # "fell in late afternoon dealings": the day named, else the report's
    if in_the_day(text):
        return "D", 0, None  # "said Thursday ... Earlier in the day, ...": that Thursday, not the report's day
    if business := _BUSINESS_DAY.match(words):
        return "B", 1 if business.group(1) else -1, None
    m = _ANAPHOR.match(words)
    if not m:
        return None
    if m.group(3) and m.group(4) not in ("day", "morning", "night", "evening", "afternoon") and not opens:
        return None  # "the next year" is as often "over the next year" (a duration) as anaphoric
    step = 0 if m.group(1) else (1 if (m.group(2) == "following" or m.group(3)) else -1)
    return _ANAPHOR_UNIT[m.group(4)], step, PARTS_OF_DAY.get(m.group(4))


_IN_THE_DAY = re.compile(r"^(?:earlier|later) in the day$")


def in_the_day(text: str) -> bool:
    """ "earlier in the day", "later in the day": the day the story last named; with none named shortly
    before, the report's own day ("she will speak later in the day")."""
    return _IN_THE_DAY.match(" ".join(clean(text))) is not None


_WEEKDAY_ANAPHOR = re.compile(
    r"^the (?:(previous|prior|preceding)|(following|next)) (\w+)$|^the (\w+) (before|after)$"
)


def weekday_anaphor(text: str) -> tuple[int, int] | None:
    """(weekday, -1 or +1) for "the previous Friday", "the following Monday", "the Friday
    before": a weekday counted from the day the story just named, not from the report."""
    m = _WEEKDAY_ANAPHOR.match(" ".join(clean(text)))
    if not m:
        return None
    day = m.group(3) or m.group(4)
    if day not in WEEKDAYS or len(day) < 6:  # full names only: "the previous sat" is no weekday
        return None
    return WEEKDAYS[day], -1 if (m.group(1) or m.group(5) == "before") else 1


def weekday_from(anchor: str, weekday: int, step: int) -> str | None:
    """The `weekday` strictly before (step -1) or after (+1) the day an earlier mention names."""
    if not (m := _ANCHOR.match(anchor or "")) or not m.group(3):
        return None
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    gap = ((day.weekday() - weekday) * -step) % 7 or 7  # a week away when it is that weekday itself
    return (day + timedelta(days=gap * step)).isoformat()


_YEARS_IN = {"DE": 10, "CE": 100}


def relative_shift(text: str) -> tuple[str, int] | None:
    """(unit, signed amount) for "a year later", "the year before": a shift from the date the
    story last named, when there is one, rather than from the publication date."""
    toks = as_weeks(clean(text))
    if len(toks) < 2 or toks[-1] not in ("later", "earlier", "after", "before"):
        return None
    p = parse(toks)
    amount = 1 if len(toks) == 3 and toks[0] == "the" else p.amount  # "the year before"
    unit = p.unit
    if unit in _YEARS_IN and isinstance(amount, int):
        unit, amount = "Y", amount * _YEARS_IN[unit]  # "a decade later": ten years after the year named
    if unit not in ("Y", "Q", "M", "W", "D") or not isinstance(amount, int) or p.year or p.month or p.weekday:
        return None
    return unit, amount * (1 if toks[-1] in ("later", "after") else -1)


def business_day(day: date, step: int) -> date:
    """The working day `step` (+1 or -1) from `day`, passing over a Saturday and Sunday."""
    return working_day(day + timedelta(days=step), step)


def from_anchor(anchor: str, unit: str, step: int) -> str | None:
    """The value `step` units from an earlier mention's value, or None when that value is too coarse."""
    if unit == "W" and (week := _WEEK_ANCHOR.match(anchor or "")):
        # "sold 812 last week versus 655 the week before": the week before the one named, which
        # has no day to count from
        try:
            return _shift(date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1), "W", step)
        except ValueError:
            return None
    m = _ANCHOR.match(anchor or "")
    if not m:
        return None
    year, month, day, quarter = int(m.group(1)), m.group(2), m.group(3), m.group(4)
    try:
        if unit == "Y":
            return f"{year + step:04d}"
        if unit == "Q" and (month or quarter):
            q = int(quarter) if quarter else (int(month) - 1) // 3 + 1
            return _shift(date(year, (q - 1) * 3 + 1, 1), "Q", step)
        if unit == "M" and month:
            return _shift(date(year, int(month), 1), "M", step)
        if unit == "B" and day:
            return business_day(date(year, int(month), int(day)), step).isoformat()
        if unit in ("W", "D") and day:
            return _shift(date(year, int(month), int(day)), unit, step)
    except (ValueError, OverflowError):
        return None
    return None
