"""Finding temporal expressions on the spaCy parse (the tense that governs each is clause_tense's).

spaCy's DATE/TIME entities are the main source, but their extents follow OntoNotes, not
TIMEX3: they swallow modifiers ("nearly five months"), possessives ("Wednesday's"),
ranges ("1991 to 1997") and whole clauses ("the quarter ended Sept. 30"), split
"Sunday night", and include ages. The fixes below are token rules on the same parse
(no second parse), plus untagged_words' small word list for what the model never tags ("now", "recently"),
untagged_calendar's days, years and holidays it leaves untagged ("on the 19th", "April 25 and 26"), and
not_dates' spans that name no time ("the 25-year-old", "winter wheat"), which candidates leaves out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..doctext import column, doc_slice, lowers, text_of
from .approximators import bounded_start
from .clock_lengths import clock_runs
from .clock_zones import zone_end as clock_zone_end
from .day_parts import DAY_PARTS
from .event_years import event_years
from .figures import past_index_level
from .fortnights import fortnight_spans
from .four_figure_clocks import four_figure_clock, zone_clocks
from .half_lengths import half_lengths
from .holiday_years import holiday_years
from .lexicon import (
    AHEAD_BOUNDS,
    AMOUNT_WORDS,
    COUNTED_PLURALS,
    HOLIDAY_STARTS,
    MEASURE_BOUNDS,
    MONTHS,
    NUMBERS,
    RELATIVE_DAYS,
    SEASONS,
    SPLITTERS,
    TIME_ZONES,
    TRIM_LEFT,
    UNITS,
    WEEKDAYS,
    ZONE_NAME_WORDS,
)
from .not_dates import VAGUE_TIMES, band_of_figures, batting_score, beside_a_day, early_hours, is_age, no_time
from .quarter_shorthand import PART_ORDINALS, quarter_bounds
from .slashed import dashed_split_year, slashed_spans
from .spoken_hours import spoken_hour_spans
from .token_shapes import dateish, day_number, glued_length, month_word, year_word
from .unit_words import long_end, long_spans, long_unit, rate_start
from .untagged_calendar import (
    holiday_names,
    month_days,
    ordinal_days,
    ordinal_quarters,
    paired_days,
    paired_first_days,
    paired_years,
)
from .untagged_words import FREQUENCY, lexical_ok, untagged_spans
from .untagged_years import untagged_years

_PLURAL_UNITS = {"years", "months", "weeks", "days", "quarters"}
_LENGTH_UNITS = _PLURAL_UNITS | {"hours", "minutes", "seconds"}
_POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
_TRAILING = {"'s", "’s", "'", "’", ".", ",", ":", ";", "-", "–", "—", "(", ")", '"', "“", "”"}


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds without modifiers, prepositions and possessives that TIMEX3 leaves out."""
    while start < end and (doc[start].lower_ in TRIM_LEFT or doc[start].is_punct or doc[start].is_space):
        start += 1
    start = _thing_before_count(doc, start, end)
    if end - start > 1 and _name_before_weekday(doc, start):
        start += 1
    # "up from seven a year ago": the number counts what came before, the expression is "a year ago"
    if end - start > 3 and doc[start].like_num and doc[start + 1].lower_ in ("a", "an") \
            and doc[start + 2].lower_ in UNITS and doc[end - 1].lower_ in ("ago", "earlier", "before"):
        start += 1
    # "eased from 1.3080/85 yesterday", "averaged 8.5 mln last quarter": the model runs the figure compared into
    # the day or period it was reached on; the expression starts at its deictic word
    # (a chart place written in words runs in the same way: "reached number four last March")
    k = start
    while k < end and (
        any(c.isdigit() for c in doc[k].text) or doc[k].lower_ in AMOUNT_WORDS or doc[k].lower_ in _COUNT_WORDS
    ):
        k += 1
    if start < k < end and k + (doc[k].lower_ not in _DEICTIC_DAYS) < end and doc[k].lower_ in _FIGURE_DEICTICS \
            and (any(c.isdigit() for c in doc[start].text) or doc[start].lower_ in _COUNT_WORDS) and not year_word(doc[start]) \
            and not _range_end_day(doc, start):
        start = k
    # "as early as Tuesday", "as long as a month": the bound is none of the date (its "as" went with the prepositions)
    if end - start > 2 and (doc[start].lower_, doc[start + 1].lower_) in _BOUND_TAILS:
        start += 2
    start = rate_start(doc, start, end)  # "10 pct a year": the rate is "a year"
    # "a two day (trip)": the article goes, "a year" stays
    if start + 1 < end and doc[start].lower_ in ("a", "an") and doc[start + 1].like_num:
        start += 1
    # "in three years' time": the length is the expression, as in "a week's time" the model tags the week alone
    if end - start > 2 and doc[end - 1].lower_ == "time" and doc[end - 2].text in _POSSESSIVE_MARKS \
            and doc[end - 3].lower_ in UNITS:
        end -= 1
    while end > start and (
        doc[end - 1].text in _TRAILING or doc[end - 1].is_space or doc[end - 1].lower_ in SPLITTERS
        or doc[end - 1].lower_ in ("that", "which")  # "the week that | ended Friday"
    ):
        end -= 1
    # a table's figure run on into the date: "One year 10.5 (pct)", "workforce on June 30 300,962", "up from 56
    # Friday"; a decimal or a thousands figure after a unit or a day is none of the date, nor a count above any
    # day's number before a weekday
    if end - start > 1 and _FIGURE_AFTER.match(doc[end - 1].text) and (
        doc[end - 2].lower_ in UNITS or doc[end - 2].text.isdigit()
    ):
        end -= 1
    if end - start > 1 and doc[start].text.isascii() and doc[start].text.isdigit() and len(doc[start].text) < 4 \
            and int(doc[start].text) > 31 and doc[start + 1].lower_ in WEEKDAYS:
        start += 1
    return start, end


# beside the holidays' first words (HOLIDAY_STARTS: "Super Tuesday", "Easter Monday"), the words that make a day's
# name with a weekday though the lexicon holds no such holiday ("Black Friday", "Cyber Monday", "Fat Tuesday")
_WEEKDAY_NAME_WORDS = {"black", "cyber", "holy", "fat", "shrove", "maundy", "bloody", "small", "giving"}


def _name_before_weekday(doc: Doc, i: int) -> bool:
    """ "wrote on Twitter Tuesday", "told Fox News Monday": the model runs the medium's name into the weekday
    after it; the name is none of the date. Not a word that names a day with the weekday ("Super Tuesday"), a
    month or a day's name ("Labor Day Monday")."""
    tok, nxt = doc[i], doc[i + 1]
    word = tok.lower_
    return tok.pos_ == "PROPN" and tok.is_title and nxt.lower_ in WEEKDAYS and nxt.is_title and word not in WEEKDAYS \
        and word.rstrip(".") not in MONTHS and word not in _WEEKDAY_NAME_WORDS and word not in HOLIDAY_STARTS \
        and not word.endswith("day")


# nouns that name a stretch of time themselves ("that summer 20 years ago", "the weekend two weeks before") or
# pick out a part of the units ("the opening 60 seconds", which the model may tag a noun of its own)
_TIME_NOUNS = {
    "opening",
    "closing",
    "remaining",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "period",
    "term",
    "season",
    "time",
    "era",
    "session",
    "spell",
    "stretch",
    "span",
    "holiday",
    "holidays",
    "fiscal",
    "half",
}


def _thing_before_count(doc: Doc, start: int, end: int) -> int:
    """ "signed the lease 12 months later": the model runs a noun that is no time into the count of units after
    it; the expression starts at the count, as it would with the noun's article alone."""
    k = start + (doc[start].lower_ in ("a", "an", "the") if start < end else 0)
    if (
        k + 2 >= end
        or doc[k].pos_ != "NOUN"
        or dateish(doc[k])
        or doc[k].lower_ in _TIME_NOUNS
        or doc[k].lower_ in SEASONS
        or not (doc[k + 1].like_num or doc[k + 1].lower_ in ("several", "few"))
        or year_word(doc[k + 1])
        or start <= doc[k].head.i < end  # "the opening 45 minutes": a word that qualifies the units stays
    ):
        return start
    return k + 1 if any(t.lower_ in UNITS for t in doc[k + 2 : end]) else start


def _range_end_day(doc: Doc, i: int) -> bool:
    """ "from July 13 to 17 last year": a day closing a range of days, not a figure."""
    tok = doc[i]
    # ASCII digits only: "0³" is digits to str.isdigit, and no figure int() reads
    return tok.text.isascii() and tok.is_digit and int(tok.text) <= 31 and \
        any(t.lower_.rstrip(".") in MONTHS for t in doc[max(0, i - 4):i])


# ("early", "as") of "as early as", ("long", "as") of "as long as a month"
_BOUND_TAILS = {p[-2:] for p in AHEAD_BOUNDS + MEASURE_BOUNDS}
_DEICTIC_DAYS = frozenset(RELATIVE_DAYS)  # "yesterday", "tonight": the days the lexicon counts from the report
_FIGURE_DEICTICS = _DEICTIC_DAYS | {"last", "this", "next"}
_COUNT_WORDS = {w for w in NUMBERS if w.isalpha() and w not in ("a", "an")}  # "four", not "a" of "a year"
_FIGURE_AFTER = re.compile(r"^(?:\d+\.\d+|\d{1,3}(?:,\d{3})+)$", re.ASCII)


def _after_clause(doc: Doc, start: int, end: int) -> int:
    """ "The season ended last weekend": the model swallowed a clause; the date starts after its verb."""
    for k in range(end - 2, start - 1, -1):
        if doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") and not dateish(doc[k]):  # a finite verb, not "the following year"
            before, after = doc[start:k], doc[k + 1:end]
            if any(dateish(t) or t.lower_ in ("quarter", "year", "period", "half") for t in before):
                return start
            return k + 1 if any(dateish(t) for t in after) else start
    return start


def _year_then_dash(doc: Doc, i: int) -> bool:
    """ "1812 - Russian army ...", "1993 - Six former republics ...": a year, a dash with spaces about it and
    a word, as lists of events by year write them; the model runs the year on into the word after the dash."""
    tok, after = doc[i], doc[i + 1]
    return tok.text in ("-", "–", "—") and bool(doc[i - 1].whitespace_) and bool(tok.whitespace_) \
        and year_word(doc[i - 1]) and after.is_alpha and after.lower_ not in MONTHS and after.lower_ not in WEEKDAYS \
        and after.lower_ not in UNITS


def _date_then_length(doc: Doc, left: int, i: int, end: int) -> bool:
    """A comma or spaced dash between a calendar date and a count of units that ends the span."""
    if doc[i].text not in (",", "-", "–", "—") or (doc[i].text != "," and not doc[i - 1].whitespace_) or i + 3 != end:
        return False
    named = any(t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in doc[left:i])
    return named and doc[i + 1].like_num and doc[i + 2].lower_ in _PLURAL_UNITS


def _aside_dash(doc: Doc, i: int) -> bool:
    return doc[i].text in ("-", "–", "—", "--") and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)


def _named_time(tok: Token) -> bool:
    """A word that names a time by itself: a month, a weekday, a unit, a year; not a bare count."""
    return dateish(tok) and (not tok.like_num or year_word(tok))


def _bare_month(tok: Token) -> bool:
    return tok.lower_ in MONTHS and tok.is_title


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges and clauses become their date-bearing parts: "1991 to 1997", "the quarter ended Sept. 30"."""
    if end - start == 2 and _bare_month(doc[start]) and doc[start + 1].lower_ in FREQUENCY:
        # "the June monthly export figures": the month the figures are of, then how often they come out
        return [(start, start + 1), (start + 1, end)]
    if end - start > 1 and doc[end - 1].lower_ in _DEICTIC_DAYS and doc[end - 2].lower_ in _LENGTH_UNITS:
        # "gone within minutes today", "shut for 24 hours yesterday": a length, then the day it lay in; run
        # together they read as one length and the day is lost
        return _split(doc, start, end - 1) + [(end - 1, end)]
    if end - start >= 4 and month_word(doc[end - 4]) and glued_length(doc, end - 3):
        # "the April 15-day forward Brent", "June 90-day bills": a contract's month, then a length in its name; the
        # figure is no day of the month
        return _split(doc, start, end - 3) + [(end - 3, end)]
    parts, left = [], start
    for i in range(start + 1, end - 1):
        if _year_then_dash(doc, i):
            return parts + [(left, i)]  # "1706 - French troops ...": the year alone; the words after are the event
        if _date_then_length(doc, left, i, end):
            # "on June 17, two days before the launch", "not due until October - two years late": a date, then
            # a length counted from it
            return parts + [(left, i), (i + 1, end)]
        if _aside_dash(doc, i) and not (doc[i - 1].is_digit and doc[i + 1].is_digit):
            # "sold in March - Ana Ruiz and ...", "in recent years - mostly at ...": a spaced dash opens
            # an aside the model ran the date into; a date after it ("two days - Wednesday and ...") is one of its own
            if not any(_named_time(t) for t in doc[i + 1:end]):
                return parts + [(left, i)]
            parts.append((left, i))
            left = i + 1
            continue
        if doc[i].lower_ in ("-", "–") and not (doc[i - 1].is_digit and doc[i + 1].is_digit):
            continue  # "third-quarter", "year-ago" are one expression; "1991-1997" is two
        if dashed_split_year(doc, i):
            continue  # "the 1984-85 harvest" is one year, as "the 1984/85 harvest" is
        if doc[i].lower_ == "-" and _iso_date(doc, i):
            continue  # "2013-03-20" is one date
        if doc[i].text == "," and _day_word(doc[i - 1]) and doc[i + 1].lower_ in ("today", "yesterday", "tomorrow"):
            parts.append((left, i))  # "after Super Tuesday, yesterday and on Wednesday": two days
            left = i + 1
            continue
        if doc[i].text == "," and _bare_month(doc[i - 1]) and _bare_month(doc[i + 1]) and i - 1 == left:
            parts.append((left, i))  # "in May, June and July": a list of months
            left = i + 1
            continue
        if doc[i].text == "," and year_word(doc[i - 1]) and year_word(doc[i + 1]):
            parts.append((left, i))  # "1994, 1995 and 1997": a list of years
            left = i + 1
            continue
        if doc[i].lower_ == "of" and doc[i - 1].lower_ in _PLURAL_UNITS and any(t.like_num for t in doc[left:i]):
            parts.append((left, i))  # "the first nine months | of 1997": a duration, then a date
            left = i + 1
            continue
        if doc[i].lower_ in ("last", "this", "next") and doc[i - 1].lower_ in _PLURAL_UNITS and (
            doc[i + 1].lower_ in UNITS or doc[i + 1].lower_.rstrip(".") in MONTHS or doc[i + 1].lower_ in WEEKDAYS
        ) and any(t.like_num for t in doc[left:i]):
            # "for three days | last week", "from four weeks | last July": a length, then the time it lay in
            parts.append((left, i))
            left = i
            continue
        if doc[i].lower_ == "and" and [t.lower_ for t in doc[i + 1:i + 3]] in (["a", "half"], ["one", "half"]):
            continue  # "three and a half years" is one length
        if doc[i].lower_ in SPLITTERS and any(dateish(t) for t in doc[i + 1:end]) and any(
            dateish(t) or t.lower_ in ("quarter", "year", "period") for t in doc[left:i]
        ):
            parts.append((left, i))
            left = i + 1
    parts.append((left, end))
    return parts


_DAY_BEFORE_AFTER = {("the", "day"), ("the", "night"), ("the", "morning")}  # ... "before" / "after"


def _iso_date(doc: Doc, i: int) -> bool:
    """The hyphen at i is inside a YYYY-MM-DD date."""
    for start in (i - 1, i - 3):
        if start >= 0 and start + 5 <= len(doc):
            y, h1, m, h2, d = (t.text for t in doc[start:start + 5])
            if h1 == h2 == "-" and len(y) == 4 and len(m) == 2 and len(d) == 2 and (y + m + d).isdigit():
                return True
    return False


_GLUED_CLOCK = re.compile(r"^(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ap]m$", re.IGNORECASE)


def _glued_clocks(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "at about 11:00pm (ACDT) last night", "9.30am": a clock written close up to its am or pm, which the
    model tags as a number or nothing."""
    out = []
    for i, word in enumerate(column(doc, "ORTH")):
        if word[-2:].lower() in ("am", "pm") and i not in covered and _GLUED_CLOCK.match(word):
            out.append((i, i + 1))
            covered.add(i)
    return out


# a clock on the 24-hour dial with its minutes after a colon: "16:40", "7:05", "21:15"
_COLON_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
# the words right before such a figure that make it a time of day: "at 7:05", "around 16:40", "by 21:15"
_CLOCK_PREPOSITIONS = {"at", "around", "about", "approximately", "by", "until", "till", "before", "after", "since"}


def _colon_clocks(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "around 16:40 local time", "had docked by 21:15", "at about 11:20 CEST": a 24-hour clock with
    no am or pm, which the model tags as a number or nothing. Only with a preposition of time before it or a zone
    after it: "a ratio of 1:50", "won in 2:05", "John 3:16" stay figures, and a race time with its seconds
    ("2:05:45") is one token the pattern does not match."""
    out = []
    words = column(doc, "ORTH")
    for i, word in enumerate(words):
        if i in covered or not _COLON_CLOCK.match(word):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        before = i > 0 and doc[i - 1].lower_ in _CLOCK_PREPOSITIONS
        zone = nxt in TIME_ZONES or nxt.lower() in ZONE_NAME_WORDS and i + 2 < len(words) and \
            doc[i + 2].lower_ == "time"
        if before or zone:
            out.append((i, i + 1))
            covered.add(i)
    return out


_PERIOD_ADJ = {"same", "corresponding", "comparable", "like", "year-earlier", "year-ago"}


def _month_run(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens a:b are months joined by dashes or slashes, "the" before them or not ("the July-September",
    "Jan/Mar")."""
    words = [t.lower_.rstrip(".") for t in doc[a:b] if t.lower_ != "the"]
    return len(words) >= 3 and all(
        (w in MONTHS) if k % 2 == 0 else w in ("-", "/", "–") for k, w in enumerate(words)
    ) and len(words) % 2 == 1


def _period_before(doc: Doc, a: int, b: int) -> int | None:
    """Start of "the (same) period|quarter" just before "last year" / "a year ago", else None."""
    if doc_slice(doc, a, b).text.lower() not in ("last year", "a year ago", "a year earlier") or a < 2:
        return None
    if doc[a - 1].lower_ not in ("period", "quarter"):
        return None
    k = a - 2
    while k > 0 and doc[k].lower_ in _PERIOD_ADJ:
        k -= 1
    return k if doc[k].lower_ == "the" else None


def _part_of(doc: Doc, a: int) -> bool:
    """ "the night of", "the morning of" opening an expression."""
    return doc[a].lower_ == "the" and doc[a + 1].lower_ in DAY_PARTS and doc[a + 2].lower_ == "of"


def _appositive_days(doc: Doc, low: list[str], covered: set[int]) -> list[tuple[int, int]]:
    """ "the day" after a date and a comma, which the model leaves untagged: TIMEX3 marks it, with the date's value
    (the value is taken in the date reader). Not before a possessive ("Tuesday, the day's trading ..."), which the
    unit-and-possessive reading keeps for itself."""
    out: list[tuple[int, int]] = []
    for i in range(2, len(doc) - 1):
        if low[i] == "the" and low[i + 1] == "day" and i - 2 in covered \
                and covered.isdisjoint((i, i + 1)) and beside_a_day(doc, i) \
                and not (i + 2 < len(doc) and doc[i + 2].text in _POSSESSIVE_MARKS):
            out.append((i, i + 2))
            covered.update((i, i + 1))
    return out


_DEICTIC_MODS = {"this", "last", "next", "past", "coming", "previous"}
_CLOCK_UNITS = {"hour", "hours", "minute", "minutes", "second", "seconds"}


_OWNING_UNITS = {"day", "week", "weekend", "month", "year", "decade", "century"}


def _the_unit_owns(doc: Doc, a: int, b: int) -> bool:
    """A lone singular unit after "the" and before a possessive ("the month's", "the day's"): TIMEX3 keeps "the".
    "the quarter's" is left as it was: the bare-quarter reading of earnings copy is written for the unit alone."""
    return b == a + 1 and a > 0 and b < len(doc) and doc[a].lower_ in _OWNING_UNITS \
        and doc[a - 1].lower_ == "the" and doc[b].text in _POSSESSIVE_MARKS


def _length(span: Span) -> bool:
    """ "more than four hours": a length of time, which is not glued to the day beside it."""
    return any(t.lower_ in _CLOCK_UNITS for t in span) and any(t.like_num or t.lower_ in ("a", "an") for t in span)


_ANAPHORIC_MODS = {"following", "next", "previous", "prior", "preceding", "same"}


def _day_word(tok: Token) -> bool:
    return tok.lower_ in ("today", "yesterday", "tomorrow") or tok.lower_ in WEEKDAYS


def _month_then_its_year(doc: Doc, prev: list, ent: Span) -> bool:
    """ "an August, 2007 accord", "the year ended December 31, 1985": the model sometimes tags the month (or its
    day) and the year after the comma as two dates; apart, the month takes the report's year and the year stands
    alone. Only a lone year straight after the comma, so "in May, 2007 and 2008" joins its first year alone and
    "in 1986, 1987" (no month) stays a list."""
    s, e, label = prev
    if label != "DATE" or ent.label_ != "DATE" or ent.start != e + 1 or len(ent) != 1 or doc[e].text != ",":
        return False
    if not year_word(doc[ent.start]):
        return False
    last = doc[e - 1]
    return month_word(last) or (e - s >= 2 and day_number(last) and month_word(doc[e - 2]))


def _of_then_its_year(doc: Doc, prev: list, ent: Span) -> bool:
    """ "In the fall of 2016": the model sometimes tags "the fall of" and the year after it as two dates; apart, the
    season takes the report's year. A date ending in "of" and a lone year straight after it are one."""
    s, e, label = prev
    return label == "DATE" and ent.label_ == "DATE" and ent.start == e and len(ent) == 1 and e - s >= 2 \
        and doc[e - 1].lower_ == "of" and year_word(doc[ent.start])


def _a_time_split_off(doc: Doc, last: list, ent: Span) -> bool:
    """Glue "Sunday" + "night", "4 a.m. EDT" + "Thursday": the model splits what TIMEX3 joins."""
    return last[1] == ent.start and (ent.label_ == "TIME" or last[2] == "TIME") and not (
        _length(doc[last[0]:last[1]]) or _length(ent)
    )


def _day_left_out(doc: Doc, s: int, e: int) -> bool:
    """"the night of 1 March": the model tags "March" and leaves its day out (or "October 2019" with "10" left out
    of "Thursday, 10 October 2019")."""
    return (e - s == 1 or (e - s == 2 and year_word(doc[s + 1]))) and doc[s].lower_.rstrip(".") in MONTHS \
        and day_number(doc[s - 1])


def _month_left_out(doc: Doc, s: int, e: int) -> bool:
    """"due Aug 9, 2041": the model tags the day and year and leaves out a month it does not know written short;
    without it the value falls back to the year."""
    return e - s == 3 and month_word(doc[s - 1]) and day_number(doc[s]) and doc[s + 1].text == "," \
        and year_word(doc[s + 2])


def candidates(doc: Doc) -> list[tuple[int, int]]:
    """Token spans (start, end) that may be temporal expressions, in text order, not overlapping."""
    raw: list[list] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if raw and (_a_time_split_off(doc, raw[-1], ent) or _month_then_its_year(doc, raw[-1], ent)
                    or _of_then_its_year(doc, raw[-1], ent)):
            raw[-1][1] = ent.end
        else:
            raw.append([ent.start, ent.end, ent.label_])
    taken = {i for s, e, _ in raw for i in range(s, e)}
    for r in raw:
        s = r[0]
        if r[2] == "DATE" and s > 0 and s - 1 not in taken and (
            _day_left_out(doc, s, r[1]) or _month_left_out(doc, s, r[1])
        ):
            r[0] -= 1
            taken.add(s - 1)
    spans: list[tuple[int, int]] = []
    for r in raw:
        if r[2] == "DATE":
            r[0], r[1] = quarter_bounds(doc, r[0], r[1], taken)
            taken.update(range(r[0], r[1]))
        # "Super Tuesday": the model tags the weekday alone; the name is the primaries' day
        if r[1] - r[0] == 1 and r[0] > 0 and doc[r[0]].text == "Tuesday" and doc[r[0] - 1].text == "Super" \
                and r[0] - 1 not in taken:
            r[0] -= 1
        # "charged the following afternoon": the model tags the part of the day alone, and alone it
        # has no day; with the words before it, it is dated by the day the story just named
        if r[1] - r[0] == 1 and doc[r[0]].lower_ in DAY_PARTS and r[0] > 1 and r[0] - 2 not in taken and (
            doc[r[0] - 2].lower_ == "the" and doc[r[0] - 1].lower_ in _ANAPHORIC_MODS
        ):
            r[0] -= 2
        # "a week's pause", "two years' time": the model tags the unit and leaves its count out; with it,
        # it is a length of time, not the week of the report
        if r[1] - r[0] == 1 and r[0] > 0 and r[0] - 1 not in taken and r[1] < len(doc) \
                and doc[r[1]].text in _POSSESSIVE_MARKS and doc[r[0]].lower_ in UNITS \
                and (doc[r[0] - 1].lower_ in ("a", "an") or doc[r[0] - 1].like_num):
            r[0] -= 1
        if (u := long_unit(doc, r[0], end := long_end(doc, r[1]))) is not None:
            # "the week-long visit", "the third year-long strike": a length, not this week or the third year;
            # "three-day-long" keeps its count
            r[0], r[1] = (r[0] if u > 1 and doc[u - 1].text == "-" and doc[u - 2].like_num else u), end
        # "tomorrow night", "Tuesday night": the model tags the day and leaves the part of it out
        if r[1] < len(doc) and r[1] not in taken and _day_word(doc[r[1] - 1]) and doc[r[1]].lower_ in DAY_PARTS:
            r[1] += 1
        # "through at least midday tomorrow": the model tags the day and leaves the hour before it out
        if r[1] - r[0] == 1 and r[0] > 0 and r[0] - 1 not in taken and _day_word(doc[r[0]]) \
                and doc[r[0] - 1].lower_ in ("noon", "midday", "midnight"):
            r[0] -= 1
    for s, e, _ in raw:
        if is_age(doc, s, e) or four_figure_clock(doc, s, e) or band_of_figures(doc, s, e) \
                or batting_score(doc, s, e):
            continue
        for a, b in _split(doc, s, e):
            a = _after_clause(doc, a, b)
            if b - a > 4 and early_hours(doc, a, a + 3):
                a += 4  # "the early hours of Thursday morning": the morning is the expression
            elif b - a > 3 and _part_of(doc, a) and any(dateish(t) for t in doc[a + 3:b]):
                a += 3  # "the night of Oct. 23": the day is the expression, as TimeBank marks it
            a, b = _trim(doc, a, b)
            if a >= b:
                continue  # trimmed to nothing: "¶/ ¶/", all punctuation
            if four_figure_clock(doc, a, b):
                continue  # "between 0730 and 1520 local time": the model's span ends on the clock before its zone
            if a + 1 == b and a > 0 and b < len(doc) and doc[a - 1].lower_ == "the" and doc[b].lower_ in ("quarter", "period") \
                    and len(doc[a].text) == 4 and doc[a].is_digit:
                a, b = a - 1, b + 1  # "the 1988 quarter", "the 1988 period": one expression, that year's quarter
            if b < len(doc) and doc[b].lower_ == "period" and _month_run(doc, a, b):
                b += 1  # "the July-September period": one expression, as "the 1988 period" is
            if a > 0 and (not spans or spans[-1][1] < a) and (
                (doc[a].lower_ in UNITS and doc[a - 1].lower_ in _DEICTIC_MODS) or doc[a - 1].lower_ in ("each", "every")
            ):
                a -= 1  # the model leaves "this" out of "this year's election", "each" out of "each Thursday"
            elif _the_unit_owns(doc, a, b) and (not spans or spans[-1][1] <= a - 1):
                a -= 1  # "the week's busiest session": the model leaves "the" out before the possessive
            elif a > 0 and (not spans or spans[-1][1] < a) and doc[a].lower_ in UNITS and doc[a - 1].lower_ == "that" \
                    and doc[a - 1].dep_ == "det" and doc[a - 1].head.i == a:
                a -= 1  # "she ran in 1988 and lost that year's primaries": the year the story named, not the report's
            if b < len(doc) and tuple(t.lower_ for t in doc[a:b]) in _DAY_BEFORE_AFTER and doc[b].lower_ in (
                "before", "after"
            ) and lexical_ok(doc, a, b + 1):
                b += 1  # "The day before, he had...": the model tags "The day" alone
            if (k := _period_before(doc, a, b)) is not None and (not spans or spans[-1][1] <= k):
                a = k  # "the corresponding period last year": one expression, last year's quarter
            if a + 1 == b and doc[a].lower_ in FREQUENCY and not lexical_ok(doc, a, b):
                continue  # the model tags rates ("rise 8.5% annually") as DATE too
            if a < b:
                spans.append((a, b))
    covered = {i for s, e in spans for i in range(s, e)}
    spans.extend(fortnight_spans(doc, covered))  # before "the past" of "the past fortnight" is read on its own
    low = lowers(doc)
    spans.extend(untagged_spans(doc, low, covered))
    spans.extend(_appositive_days(doc, low, covered))
    spans.extend(_times_a_unit(doc, low, spans, covered))
    spans.extend(_every(doc, covered))
    spans.extend(_more_units(doc, covered))
    spans.extend(_over_a_unit(doc, covered))
    spans.extend(long_spans(doc, text_of(doc), low, covered))
    spans.extend(zone_clocks(doc, covered))
    spans.extend(_glued_clocks(doc, covered))
    spans.extend(_colon_clocks(doc, covered))
    spans.extend(spoken_hour_spans(doc, covered))
    spans.extend(ordinal_quarters(doc, covered))
    spans.extend(holiday_names(doc, covered))
    spans.extend(event_years(doc, covered))
    spans.extend(untagged_years(doc, covered))
    spans.extend(month_days(doc, covered))
    spans.extend(ordinal_days(doc, covered))
    spans.extend(paired_days(doc, spans, covered))
    spans.extend(paired_first_days(doc, spans, covered))
    spans.extend(paired_years(doc, spans, covered))
    spans = slashed_spans(doc, spans, covered)
    spans = half_lengths(doc, spans)
    spans = [(past_index_level(doc, s, e), e) for s, e in spans]
    spans = [(s, e) for s, e in spans if not no_time(doc, s, e)]
    spans = [_count_after(doc, s, e) for s, e in spans]
    spans.sort()
    spans = _either_unit(doc, spans)
    spans = _year_back_periods(doc, spans)
    spans = [(bounded_start(doc, s, e, spans[k - 1][1] if k else 0), e) for k, (s, e) in enumerate(spans)]
    spans = [
        (s, clock_zone_end(doc, s, e, spans[k + 1][0] if k + 1 < len(spans) else len(doc)))
        for k, (s, e) in enumerate(spans)
    ]
    return _part_of_year(doc, clock_runs(doc, holiday_years(doc, spans)))


def _either_unit(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "within weeks or months", "days and weeks": one vague length, as TIMEX3 marks it, not two; the first unit
    gives its value. Only a bare plural unit after the "or"/"and", so two expressions ("two days and three
    nights", "days and nights") stay apart."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and out[-1][1] + 1 == s and e == s + 1 and doc[s].lower_ in COUNTED_PLURALS \
                and doc[s - 1].lower_ in ("or", "and") and doc[s - 2].lower_ in COUNTED_PLURALS \
                and doc[s - 2].lower_ != doc[s].lower_:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_YEAR_BACK = (["year", "-", "ago"], ["year", "-", "earlier"], ["year", "ago"], ["year", "earlier"])
_PERIOD_NOUNS = {"period", "quarter"}


def _year_back_end(low: list[str], i: int) -> int | None:
    """End of "year-ago"/"year earlier" starting at token i, else None."""
    for words in _YEAR_BACK:
        if low[i:i + len(words)] == words:
            return i + len(words)
    return None


def _year_back_periods(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "in the year-ago period", "from the same year-earlier period": one expression, the compared period a year
    back, as "the year-ago quarter" already is. The model tags "the year-ago" or "year-earlier" alone and leaves
    the noun (and the article) out, or tags nothing when "same" opens it."""
    low = lowers(doc)
    n = len(low)
    covered = {i for s, e in spans for i in range(s, e)}
    out = []
    for s, e in spans:
        k = s
        while k < e and low[k] in _PERIOD_ADJ | {"the"}:
            k += 1
        if _year_back_end(low, k) == e and e < n and low[e] in _PERIOD_NOUNS and e not in covered:
            e += 1
            covered.add(e - 1)
            if out and out[-1][1] == s and all(w in _PERIOD_ADJ | {"the"} for w in low[out[-1][0]:s]):
                s = out.pop()[0]  # the model's "the comparable" tagged apart
            while s > 0 and s - 1 not in covered and low[s - 1] in _PERIOD_ADJ | {"the"}:
                s -= 1
                covered.add(s)
                if low[s] == "the":
                    break
        out.append((s, e))
    for i in range(n):
        j = _year_back_end(low, i)
        if j is None or j >= n or low[j] not in _PERIOD_NOUNS or i < 2 or low[i - 1] not in _PERIOD_ADJ:
            continue
        a = i - 1
        while a > 0 and low[a - 1] in _PERIOD_ADJ:
            a -= 1
        if a > 0 and low[a - 1] == "the":
            a -= 1
        if covered.isdisjoint(range(a, j + 1)) and low[a] == "the":
            out.append((a, j + 1))
            covered.update(range(a, j + 1))
    return sorted(out)


def _count_after(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """ "as of Wednesday, 1885 aftershocks had occurred": the number counts the noun after it."""
    if e - s >= 3 and doc[e - 2].text == "," and doc[e - 1].is_digit and e < len(doc) and doc[e].tag_ == "NNS":
        return s, e - 2
    if e - s >= 2 and doc[e - 1].is_digit and len(doc[e - 1].text) < 4 and doc[e - 2].lower_ in UNITS \
            and _noun_after(doc, e):
        # "will publish in the next few weeks 40 letters", "released last year 15 new guidelines": the model runs the
        # count of what follows into the expression ("week 12 of the season", "the year 2000 problem" stay)
        return s, e - 1
    return s, e


def _noun_after(doc: Doc, i: int) -> bool:
    """Whether a noun follows at i, perhaps after an adjective or two ("pages", "new rules")."""
    for tok in doc[i:i + 3]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return True
        if tok.pos_ != "ADJ":
            return False
    return False


# how many times: "once/twice/thrice" alone, or a count before "times" ("three times", "several times")
_ONCE_TWICE = {"once", "twice", "thrice"}
_TIMES_SCALES = {"few", "dozen", "hundred", "thousand", "million", "billion"}


def _times_a_unit(doc: Doc, low: list[str], spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
    """ "twice a week", "three times a day", "once a year": how often, which TimeML marks whole as a SET (the
    value is the unit, the count its frequency). The model tags none of it, or "a year" alone; a tagged "a year"
    is widened to the count ("times" itself needs one: "at times a year" is no schedule)."""
    out = []
    for i in range(len(low) - 2):
        if low[i + 1] not in ("a", "an", "per") or low[i + 2] not in UNITS or low[i + 2].endswith("s"):
            continue
        if low[i] in _ONCE_TWICE:
            a = i
        elif low[i] == "times" and i > 0 and (
            doc[i - 1].like_num or low[i - 1] in NUMBERS or low[i - 1] in VAGUE_TIMES
        ):
            a = i - 1
            if a > 0 and low[a] in _TIMES_SCALES and (doc[a - 1].like_num or low[a - 1] in ("a", "an")):
                a -= 1  # "a few times", "1 million times": the count is two words
        else:
            continue
        b = i + 3
        if b < len(low) and low[b] in ("-", "of", "'s", "ago", "earlier", "later", "before", "after"):
            continue  # "once a year-long ...", "once a quarter of the market", "twice a year ago": no schedule
        if covered.isdisjoint(range(a, b)):
            out.append((a, b))
        elif (i + 1, b) in spans and covered.isdisjoint(range(a, i + 1)):
            spans[spans.index((i + 1, b))] = (a, b)
        else:
            continue
        covered.update(range(a, b))
    return out


def _every(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "I work there every day", "each month": a schedule the model often leaves untagged."""
    out = []
    low = lowers(doc)
    for i in range(len(doc) - 1):
        if low[i] not in ("every", "each"):
            continue
        nxt = low[i + 1]
        if i not in covered and i + 1 not in covered and (
            nxt in UNITS or nxt in WEEKDAYS or nxt in DAY_PARTS
        ) and not (nxt in UNITS and UNITS[nxt] in ("H", "MIN", "S")):
            out.append((i, i + 2))
            covered.update((i, i + 1))
    return out


def _more_units(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "for at least 20 more years", "two more weeks": a length the model reads as a number ("at least
    20", CARDINAL) and leaves the unit out of."""
    out = []
    low = lowers(doc)  # a word list, not a Token per word: "more" stands once in a few hundred words
    for i in range(1, len(doc) - 1):
        if low[i] != "more":
            continue
        count, unit = doc[i - 1], doc[i + 1]
        if covered & {i - 1, i, i + 1} or unit.lower_ not in _PLURAL_UNITS | {"hours", "minutes"}:
            continue
        if (count.like_num and count.lower_ not in PART_ORDINALS) or count.lower_ in NUMBERS:
            out.append((i - 1, i + 2))
            covered.update((i - 1, i, i + 1))
    return out


# the units "over a ..." counts as a length; "quarter" is left out ("over a quarter of the shares" is a share)
_OVER_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


def _over_a_unit(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "delayed over an hour", "finished over a minute behind", "likely to last over a week": after "over" the
    model tags no length of one unit, though it tags "more than a week" and "for over a year" (TimeML marks the
    length, a DURATION). The length is taken without "over", as approximators.py leaves "over" out of a count's
    extent; a unit that qualifies a noun ("over a day trip", "over a second term") is no length."""
    out = []
    low = lowers(doc)  # a word list: "over" stands once in a few hundred words
    for i in range(len(doc) - 2):
        if low[i] != "over" or low[i + 1] not in ("a", "an") or low[i + 2] not in _OVER_UNITS:
            continue
        unit = doc[i + 2]
        if covered & {i + 1, i + 2} or unit.pos_ != "NOUN" or unit.dep_ in ("compound", "amod"):
            continue
        if i + 3 < len(doc) and doc[i + 3].text in ("-", "–"):
            continue  # "over a year-long inquiry": the length is the inquiry's, told with its noun
        end = i + 4 if i + 3 < len(doc) and low[i + 3] in ("ago", "earlier", "later") else i + 3
        if covered.isdisjoint(range(i + 1, end)):
            out.append((i + 1, end))
            covered.update(range(i + 1, end))
    return out


def _part_of_year(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "the first half | of | the current fiscal year": the model tags the part and the year apart;
    TIMEX3 makes them one expression, that year's half or quarter."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s >= 1 and doc[s - 1].lower_ == "of" and out[-1][1] == s - 1 \
                and doc[s - 2].lower_ in ("half", "quarter") and any(t.lower_ in PART_ORDINALS for t in doc[out[-1][0]:s - 2]) \
                and any(t.lower_ == "year" or year_word(t) for t in doc[s:e]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def nowadays_today(doc: Doc, s: int, e: int) -> bool:
    """ "the Europe of today", "the leaders of today": today as the present era (TIMEX3
    PRESENT_REF), not the day of the report. "Cyprus today faces..." stays the day: news
    uses it both ways."""
    if e - s != 1 or doc[s].lower_ != "today" or s == 0 or doc[s - 1].lower_ != "of":
        return False
    if e < len(doc) and doc[e].text in ("'s", "’s"):
        return False  # "the impact of today's resolution": the day's
    return not (s > 1 and doc[s - 2].lower_ == "as")  # "as of today" is the day
