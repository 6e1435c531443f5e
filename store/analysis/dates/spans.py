"""Finding temporal expressions on the spaCy parse (the tense that governs each is clause_tense's).

spaCy's DATE/TIME entities are the main source, but their extents follow OntoNotes, not
TIMEX3: they swallow modifiers ("nearly five months"), possessives ("Wednesday's"),
ranges ("1991 to 1997") and whole clauses ("the quarter ended Sept. 30"), split
"Sunday night", and include ages. The fixes below are token rules on the same parse
(no second parse), plus untagged_words' small word list for what the model never tags ("now", "recently").
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
from .figures import in_figure_row, not_a_year, past_index_level
from .fortnights import fortnight_spans
from .four_figure_clocks import four_figure_clock, zone_clocks
from .half_lengths import half_lengths
from .holiday_years import holiday_years
from .last_days import last_of_a_run
from .lexicon import (
    AHEAD_BOUNDS,
    AMOUNT_WORDS,
    BATTING_WORDS,
    COUNTED_PLURALS,
    CROP_GRADES,
    HOLIDAY_STARTS,
    HOLIDAYS,
    HONOUR_NOUNS,
    MEASURE_BOUNDS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    RELATIVE_DAYS,
    SCORING_VERBS,
    SEASONS,
    SPLITTERS,
    TRIM_LEFT,
    UNITS,
    WEEKDAYS,
)
from .match_minutes import match_minute
from .match_quarters import match_quarter
from .quarter_shorthand import PART_ORDINALS, quarter_bounds
from .slashed import dashed_split_year, slashed_spans
from .spoken_hours import spoken_hour_spans
from .titles import in_a_name
from .token_shapes import dateish, day_number, glued_length, month_word, year_word
from .unit_words import after_hours, long_end, long_spans, long_unit, rate_start
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
_POSSESSIVES = {"his", "her", "their", "my", "your", "our", "its"}
_EVENT_AFTER = {"after", "before", "of", "when"}


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


def _band_of_figures(doc: Doc, start: int, end: int) -> bool:
    """ "temperatures in the high 30s", "a price in the low 50s": a band of figures; a decade is early, mid or
    late, and written with an apostrophe or its century when it is one."""
    words = [t.text for t in doc[start - (start > 0 and end - start == 1):end] if t.lower_ != "the"]
    return len(words) == 2 and words[0].lower() in ("high", "low", "upper", "lower") \
        and re.match(r"^[1-9]0s$", words[1]) is not None


_CENTURIES = {"century", "centuries", "half-century", "half-centuries"}


def _batting_score(doc: Doc, start: int, end: int) -> bool:
    """ "hit a century", "five centuries and one double century" among the runs, "a 55-ball half-century": a
    hundred runs at cricket, not a hundred years."""
    words = lowers(doc)[start:end]
    if not _CENTURIES & set(words):
        return False
    head = doc[start:end].root
    if head.dep_ in ("dobj", "conj") and head.head.lemma_ in SCORING_VERBS:
        return True
    sent = doc[start].sent
    return any(
        t.lower_ in BATTING_WORDS or t.lower_.endswith("-ball") or (t.lower_ == "runs" and t.i > 0 and doc[t.i - 1].like_num)
        for t in sent
    )


def _is_age(doc: Doc, start: int, end: int) -> bool:
    after = doc[end].lower_ if end < len(doc) else ""
    words = set(lowers(doc)[start:end])  # list slices: a Span costs more than the words read from it
    owner = set(lowers(doc)[max(0, start - 1):end - 1])
    if owner & _POSSESSIVES and (doc[end - 1].lower_.endswith("0s") or doc[end - 1].lower_.endswith("ties")):
        return True  # "in his 30s", "their early 20s"
    # "the 25-year-old", "18 to 24-year-olds": an age, or a band of ages, not a length of years
    return after in ("old", "-old", "olds") or not words.isdisjoint(("old", "olds")) \
        or any(w.endswith(("-old", "-olds")) for w in words)


def _owned(doc: Doc, s: int, e: int) -> bool:
    """ "his year in kindergarten", "It hasn't been Kellogg's year": someone's period, not a date."""
    return (
        e - s == 1 and doc[s].lower_ in ("year", "week", "month", "day") and s > 0
        and (doc[s - 1].lower_ in _POSSESSIVES or doc[s - 1].tag_ == "POS")
    )


_PERIOD_ADJ = {"same", "corresponding", "comparable", "like", "year-earlier", "year-ago"}


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


_COUNT_ADJ = {"consecutive", "straight", "successive", "running"}


def _count_of_units(doc: Doc, s: int, e: int) -> bool:
    """ "the third consecutive month", "a second straight year": a count of periods, not a date. So is "the
    fourth consecutive year-on-year drop", a count of comparisons the model tags with the compound."""
    words = lowers(doc)[s:e]
    if len(words) >= 3 and words[-1] in UNITS and words[-2] in _COUNT_ADJ:
        # "for three straight quarters", "five consecutive years": a cardinal before a plural counts a length
        return not (words[-1].endswith("s") and _cardinal(doc[e - 3]))
    k = len(words) - 5  # the compound is five tokens, "year - on - year"
    if k < 2 or not _COMPARISON.match("".join(words[k:])):
        return False
    return words[k - 1] in _COUNT_ADJ or words[k - 1] in ORDINALS or bool(_FIGURE_ORDINAL.match(words[k - 1]))


def _cardinal(tok: Token) -> bool:
    """ "three", "12", "several": a count of things, not an ordinal ("third", "12th") nor a part ("last")."""
    low = tok.lower_
    if low in ORDINALS or low in PART_ORDINALS or _FIGURE_ORDINAL.match(low):
        return False
    return low in NUMBERS or low in _VAGUE_TIMES or (tok.like_num and low.replace(",", "").isdigit())


# an ordinal in figures of any length ("the 4th year-on-year rise"): a count of comparisons has no upper bound,
# unlike match_minutes' _MINUTE_ORDINAL, which a match's clock keeps to three figures
_FIGURE_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


_COMPARISON = re.compile(r"^(?:year|month|quarter|week|day)[- ](?:on|over|to)[- ](?:year|month|quarter|week|day)$")
_COMPARED = {"year", "month", "quarter", "week"}  # the units of a comparison written apart ("year on year")


def _comparison(doc: Doc, s: int, e: int) -> bool:
    """ "rose 3% year-on-year", "month-over-month": a way of comparing figures, not a date. The model often
    tags one "year" of the compound alone, so the words hyphens join to the span count with it."""
    while s > 0 and not doc[s - 1].whitespace_ and (doc[s - 1].text == "-" or doc[s].text == "-"):
        s -= 1
    while e < len(doc) and not doc[e - 1].whitespace_ and (doc[e].text == "-" or doc[e - 1].text == "-"):
        e += 1
    if _COMPARISON.match(doc_slice(doc, s, e).text.lower()):
        return True
    # written apart, "up 4 pct year on year": the model tags the figure with the first "year" ("4 pct year", a
    # length of four years), the whole, or either "year" alone; the words beside the span make the comparison
    low = lowers(doc)
    words = low[s:e]
    if len(words) >= 3 and words[-1] in _COMPARED and words[-2] in ("on", "over") and words[-3] == words[-1]:
        return True  # "2 pct month on month" in one span
    return (e + 1 < len(doc) and low[e - 1] in _COMPARED and low[e] in ("on", "over") and low[e + 1] == low[e - 1]) \
        or (s >= 2 and low[s] in _COMPARED and low[s - 1] in ("on", "over") and low[s - 2] == low[s])


def _part_of(doc: Doc, a: int) -> bool:
    """ "the night of", "the morning of" opening an expression."""
    return doc[a].lower_ == "the" and doc[a + 1].lower_ in DAY_PARTS and doc[a + 2].lower_ == "of"


def _early_hours(doc: Doc, s: int, e: int) -> bool:
    """ "the early hours of Sunday": a part of the day named next, not a length of hours."""
    words = lowers(doc)[s:e]
    return words[-1:] == ["hours"] and any(w in ("early", "small", "wee") for w in words) and e < len(doc) and doc[
        e
    ].lower_ == "of"


def _fraction(doc: Doc, s: int, e: int) -> bool:
    """ "more than a quarter of the market", "three quarters of the vote": a share, not a quarter year."""
    if doc[e - 1].lower_ in ("quarter", "half") and e + 1 < len(doc) and doc[e].lower_ == "as" and doc[e + 1].lower_ in (
        "much", "many", "large", "big", "high", "long"
    ):
        return True  # "about a quarter as much money as requested": a share of something
    if doc[e - 1].lower_ not in ("quarter", "quarters") or e + 1 >= len(doc) or doc[e].lower_ != "of":
        return False
    if doc[e + 1].lower_ in ("a", "the") and e + 2 < len(doc) and doc[e + 2].lower_ in ("century", "year"):
        return False  # "a quarter of a century" is a length of time
    return doc[s].lower_ in ("a", "one", "three") or (s > 0 and doc[s - 1].lower_ in ("a", "one", "three"))


def _event_day(doc: Doc, s: int, e: int) -> bool:
    """"the day after his death", "the day of the vote": dated by an event we cannot place; so is "the day" a
    clause describes ("from the day a deposit is made", "until the day its owner sells it"), which is the day of
    that event, not of the report; but "on the day a report came out" tells when the story's deed was done, most
    often the report's own day."""
    if e - s != 2 or doc[s].lower_ != "the" or doc[s + 1].lower_ != "day" or e >= len(doc) or _beside_a_day(doc, s):
        return False  # "on March 3, the day before the strike": the day is named beside it
    if doc[e].lower_ in _EVENT_AFTER:
        return True
    return (s == 0 or doc[s - 1].lower_ != "on") and any(c.dep_ == "relcl" and c.i > e for c in doc[s + 1].children)


def _beside_a_day(doc: Doc, s: int) -> bool:
    """ "the day" at s set after a comma beside the day just named, by its number, year or weekday ("on March 3,
    the day before the strike", "on Tuesday, the day the mill reopened"): a second expression of that day."""
    return s > 1 and doc[s - 1].text == "," and (
        doc[s - 2].lower_ in WEEKDAYS or day_number(doc[s - 2]) or year_word(doc[s - 2])
    )


def _appositive_days(doc: Doc, low: list[str], covered: set[int]) -> list[tuple[int, int]]:
    """ "the day" after a date and a comma, which the model leaves untagged: TIMEX3 marks it, with the date's value
    (the value is taken in the date reader). Not before a possessive ("Tuesday, the day's trading ..."), which the
    unit-and-possessive reading keeps for itself."""
    out: list[tuple[int, int]] = []
    for i in range(2, len(doc) - 1):
        if low[i] == "the" and low[i + 1] == "day" and i - 2 in covered \
                and covered.isdisjoint((i, i + 1)) and _beside_a_day(doc, i) \
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


_ORDINAL_DAY = re.compile(r"^([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)$", re.IGNORECASE)


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
        if _is_age(doc, s, e) or four_figure_clock(doc, s, e) or _band_of_figures(doc, s, e) \
                or _batting_score(doc, s, e):
            continue
        for a, b in _split(doc, s, e):
            a = _after_clause(doc, a, b)
            if b - a > 4 and _early_hours(doc, a, a + 3):
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
    spans.extend(spoken_hour_spans(doc, covered))
    spans.extend(_ordinal_quarters(doc, covered))
    spans.extend(_holidays(doc, covered))
    spans.extend(event_years(doc, covered))
    spans.extend(untagged_years(doc, covered))
    spans.extend(_month_days(doc, covered))
    spans.extend(_ordinal_days(doc, covered))
    spans.extend(_paired_days(doc, spans, covered))
    spans.extend(_paired_first_days(doc, spans, covered))
    spans.extend(_paired_years(doc, spans, covered))
    spans = slashed_spans(doc, spans, covered)
    spans = half_lengths(doc, spans)
    spans = [(past_index_level(doc, s, e), e) for s, e in spans]
    spans = [
        (s, e) for s, e in spans if not _generic_today(doc, s, e)
        and not _year_described(doc, s, e)
        and not _future_of(doc, s, e)
        and not _day_to_start(doc, s, e)
        and not _event_day(doc, s, e) and not _owned(doc, s, e)
        and not _fraction(doc, s, e) and not _count_of_units(doc, s, e) and not _comparison(doc, s, e)
        and not _early_hours(doc, s, e) and not _a_name(doc, s, e) and not _at_the_end_of_the_day(doc, s, e)
        and not _surname_may(doc, s, e) and not _all_day(doc, s, e) and not _astronomical(doc, s, e)
        and not _a_kind_of_period(doc, s, e) and not not_a_year(doc, s, e) and not _season_kind(doc, s, e)
        and not _money_tenor(doc, s, e) and not in_figure_row(doc, s, e) and not in_a_name(doc, s, e)
        and not after_hours(doc, s, e) and not match_minute(doc, s, e) and not match_quarter(doc, s, e)
        and not last_of_a_run(doc, s, e)
    ]
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


# what follows "overnight" when it names the shortest loan of the money market, not a night
_MONEY_TENORS = {"money", "interbank", "funds", "rate", "rates", "call", "deposit", "deposits", "loan", "loans",
                 "repo", "repos", "repurchase", "repurchases", "borrowing", "borrowings", "paper", "injections"}


def _money_tenor(doc: Doc, s: int, e: int) -> bool:
    """ "Overnight interbank money was indicated at 11 pct", "overnight touched a high of 11-3/4 pct": the loan
    repaid the next day, a term of the money market; "depressed by overnight losses", "struck overnight" stay."""
    tok = doc[s]
    if e - s != 1 or tok.lower_ != "overnight":
        return False
    if (e < len(doc) and doc[e].lower_ in _MONEY_TENORS) or tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    # the rate as the subject the parser missed: "overnight touched a high", with no other subject for the verb
    head = tok.head
    return head.i == e and head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


# nouns a season word before them still dates ("the summer holidays", "the winter months")
_SEASON_TIMES = {"months", "month", "season", "seasons", "holiday", "holidays", "break", "vacation", "session",
                 "sessions", "term", "semester", "recess", "quarter", "solstice", "equinox", "time", "weeks"}


def _season_kind(doc: Doc, s: int, e: int) -> bool:
    """ "winter wheat", "a winter storm warning", "spring wheat planting": a season word alone before a noun
    names a kind of crop or weather, not the season the story is in ("last winter", "this spring" stay)."""
    tok = doc[s]
    if e - s == 1 and tok.lower_ in SEASONS and s >= 2 and tuple(t.lower_ for t in doc[s - 2:s]) in CROP_GRADES:
        return True  # "210,000 tonnes of soft red winter": the grade says it is the crop, even with no noun after
    if e - s != 1 or tok.lower_ not in SEASONS or e >= len(doc) or tok.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = tok.head
    return head.i > s and head.pos_ in ("NOUN", "PROPN") and doc[e].pos_ in ("NOUN", "PROPN", "ADJ") \
        and doc[e].lower_ not in _SEASON_TIMES and head.lower_ not in _SEASON_TIMES


_VAST = {"million", "billion", "trillion", "light"}


def _astronomical(doc: Doc, s: int, e: int) -> bool:
    """ "520 light years away", "a million year for a planet to form": a distance, or a span of time on
    the scale of stars, which no calendar holds and TimeBank leaves untagged."""
    return any(
        doc[k].lower_ in ("year", "years") and k > 0 and doc[k - 1].lower_.rstrip("-") in _VAST for k in range(s, e)
    )


_LENGTH_ADJ = {"additional", "extra", "further", "full", "whole", "entire", "single", "half"}


def _a_kind_of_period(doc: Doc, s: int, e: int) -> bool:
    """ "January was a good month", "a less turbulent year", "a fiscal year": a period described, not
    dated. "an additional year" is a length and stays (normalize reads it as one)."""
    words = lowers(doc)[s:e]
    if len(words) < 3 or words[0] not in ("a", "an") or words[-1] not in UNITS or words[-1].endswith("s"):
        return False
    between = doc[s + 1:e - 1]
    if any(t.like_num or t.lower_ in _LENGTH_ADJ or t.lower_ in PART_ORDINALS or t.lower_ in _COUNT_ADJ for t in between):
        return False
    return all(t.pos_ in ("ADJ", "ADV") or t.lower_ == "fiscal" for t in between)


def _at_the_end_of_the_day(doc: Doc, s: int, e: int) -> bool:
    """ "But at the end of the day, they are solvable": a turn of phrase opening a clause, not a time."""
    if lowers(doc)[s:e] != ["the", "end", "of", "the", "day"] or s == 0 or doc[s - 1].lower_ != "at":
        return False
    opens = s == 1 or doc[s - 1].is_sent_start or doc[s - 2].is_punct or doc[s - 2].pos_ == "CCONJ"
    return opens and e < len(doc) and doc[e].text == ","


def _a_name(doc: Doc, s: int, e: int) -> bool:
    """ "Easter Island", "Christmas Island": a place named after a holiday; "Person of the Year": a title."""
    if e < len(doc) and doc[e].text in ("Island", "Islands", "Rising"):
        return True
    if column(doc, "ORTH")[s:e] == ["the", "Year"] and s > 0 and doc[s - 1].lower_ == "of":
        return True
    return _honour_title(doc, s, e)


# a period an honour is named for; "of the day" is left alone ("the third delay of the day" is that day)
_HONOUR_PERIODS = {"year", "month", "week", "decade"}
# words that place the thing inside the period: "the first album of the year" is dated by it
_ORDER_WORDS = {"first", "last", "next", "final", "opening", "latest", "second", "third"}


def _honour_title(doc: Doc, s: int, e: int) -> bool:
    """ "won album of the year", "named its word of the year": an honour's name, which a reader does not look up as
    a date; "the first album of the year" and "albums of the year" place things in the year and stay."""
    words = lowers(doc)
    if e - s != 2 or words[s] != "the" or words[s + 1] not in _HONOUR_PERIODS or s < 2 or words[s - 1] != "of":
        return False
    if words[s - 2] not in HONOUR_NOUNS:
        return False
    # "the fastest-selling single of the year", "a clearer picture of the month": a comparison within the period
    if any(doc[k].tag_ in ("JJR", "JJS", "RBR", "RBS") for k in range(max(0, s - 5), s - 2)):
        return False
    return s < 3 or words[s - 3] not in _ORDER_WORDS


def _surname_may(doc: Doc, s: int, e: int) -> bool:
    """ "in protest to May's Brexit deal", "May said": in a story about "Theresa May", a bare May
    that owns something or does something, and follows no word that dates it, is the person."""
    if e - s != 1 or doc[s].text != "May" or e >= len(doc) or (s > 0 and doc[s - 1].lower_ in _MONTH_LEADS):
        return False
    if doc[e].text not in ("'s", "’s") and doc[e].pos_ not in ("VERB", "AUX"):
        return False
    return any(
        t.text == "May" and k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 1].lower_ not in _MONTH_LEADS
        and doc[k - 1].lower_.rstrip(".") not in MONTHS and doc[k - 1].lower_ not in WEEKDAYS
        for k, t in enumerate(doc)
    )


_MONTH_LEADS = {
    "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "on", "of", "for",
    "last", "this", "next", "early", "late", "mid", "that", "each", "every", "and", "or", "between", "past", "coming",
}


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


_GENERIC_NOUNS = {
    "world", "society", "youth", "young", "generation", "children", "kids", "teenagers", "economy", "culture",
    "standards", "computers", "technology", "politics", "climate", "age", "times", "consumers", "families", "women", "men",
}


def _generic_today(doc: Doc, s: int, e: int) -> bool:
    """"in today's world", "today's youth": the present in general, not the day of the report."""
    if e - s != 1 or doc[s].lower_ != "today" or e + 1 >= len(doc) or doc[e].lower_ not in ("'s", "’s"):
        return False
    k = e + 1
    while k < len(doc) - 1 and doc[k].pos_ == "ADJ":
        k += 1
    return doc[k].lower_ in _GENERIC_NOUNS


_YEAR_TOKEN = re.compile(r"^(?:1[89]|20)\d\d$")


def _year_described(doc: Doc, s: int, e: int) -> bool:
    """ "2025 would be another tough year", "1988 will be a bumper year": the year is the subject and the noun
    phrase says what kind of year it is; the phrase took the report's year, a second date
    beside the one named (and the wrong one when that year is gone)."""
    head = doc[e - 1]
    if head.lower_ != "year" or head.dep_ != "attr" or any(t.like_num for t in doc[s:e]):
        return False
    if e < len(doc) and doc[e].lower_ == "of":
        return False  # "<year> should be another year of <noun>" is kept as a date (round 7's test)
    verb = head.head
    for _ in range(3):  # "1988 is likely to be a bumper year": the subject sits on the verb above
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return bool(_YEAR_TOKEN.match(subject.text))
        if verb.dep_ not in ("xcomp", "acomp", "ccomp") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _future_of(doc: Doc, s: int, e: int) -> bool:
    """ "the future of the company", "talks on the future of the industry": what lies ahead for a thing, its
    prospects, not a time; "in the future of" may still be one ("a separation in the future of two trades")."""
    if e - s != 2 or e >= len(doc) or [t.lower_ for t in doc[s:e]] != ["the", "future"] or doc[e].lower_ != "of":
        return False
    return s == 0 or doc[s - 1].lower_ not in ("in", "into")


def _day_to_start(doc: Doc, s: int, e: int) -> bool:
    """ "Start the day smarter: get our briefing", "what you need to know to start the day": a page's offer of a
    morning newsletter, any day's start; the verb in its bare form says so. A day told of ("having started the day
    at 10 pct", "began the day in Ohio") stays."""
    if e - s != 2 or doc[s].lower_ != "the" or doc[s + 1].lower_ != "day" or s == 0:
        return False
    verb = doc[s - 1]
    return verb.lemma_ in ("start", "begin") and verb.tag_ == "VB"


_HOLIDAY_WORDS = [name.split() for name in HOLIDAYS]


def _holidays(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Holiday names the model labels EVENT or nothing ("Thanksgiving Day", "Easter Monday")."""
    from .normalize import clean  # local: normalize imports nothing from here

    out, n, i = [], len(doc), 0
    low = lowers(doc)
    while i < n:
        if i in covered or low[i] not in HOLIDAY_STARTS or not doc[i].text[:1].isupper():
            i += 1
            continue
        found = 0
        # clean() only lower-cases, drops and splits, so each word of a holiday it gives is in the lower-cased text
        widest = doc[i:min(n, i + 6)].text.lower()
        if not any(all(w in widest for w in words) for words in _HOLIDAY_WORDS):
            i += 1
            continue
        for j in range(min(n, i + 6), i, -1):
            if covered & set(range(i, j)):
                continue
            if doc[j - 1].text[-1:].isalpha() and " ".join(clean(doc[i:j].text)) in HOLIDAYS:
                found = j
                break
        if found:
            start = i - 1 if i > 0 and low[i - 1] in ("last", "next", "this") and i - 1 not in covered else i
            out.append((start, found))
            covered.update(range(start, found))
            i = found
        else:
            i += 1
    return out


# how many times: "once/twice/thrice" alone, or a count before "times" ("three times", "several times")
_ONCE_TWICE = {"once", "twice", "thrice"}
_VAGUE_TIMES = {"several", "many", "few", "multiple", "numerous"}
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
            doc[i - 1].like_num or low[i - 1] in NUMBERS or low[i - 1] in _VAGUE_TIMES
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


# the four spelt out only, not quarter_shorthand's QUARTER_ORDINALS, which adds "1st" to "4th"
_SPELT_QUARTER_ORDINALS = {"first", "second", "third", "fourth"}
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"}


def _ordinal_quarters(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "the fiscal second-quarter", "a flat second quarter": a quarter the model left untagged."""
    out = []
    for i, word in enumerate(lowers(doc)):
        if word not in _SPELT_QUARTER_ORDINALS or i in covered:
            continue
        j = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "-" else i + 1
        if j >= len(doc) or doc[j].lower_ != "quarter" or j in covered:
            continue
        after = [t.lower_ for t in doc[j + 1:j + 4]]
        if after[:1] == ["of"] and after[1:2] and after[1] in _DETERMINERS and after[2:3] != ["year"]:
            continue  # "the first quarter of the game"; "of 1990", "of the year", "of $8.6 million" stay
        start = i - 1 if i > 0 and doc[i - 1].lower_ == "fiscal" and i - 1 not in covered else i
        out.append((start, j + 1))
        covered.update(range(start, j + 1))
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


def _month_days(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "the Aug. 7 embassy bombings", "on 7 August": a capitalised month beside a day number
    is a date even where the model tagged the whole phrase as an event, or nothing."""
    out, n = [], len(doc)
    for i, word in enumerate(lowers(doc)):
        if i in covered or word.rstrip(".") not in MONTHS or not doc[i].text[:1].isupper():
            continue
        if word == "may" and i + 1 < n and doc[i + 1].pos_ == "VERB":
            continue  # "May 5 people..." is rare; "May be" is not
        for j in (i + 1, i - 1):  # the day after the month ("Aug. 7"), then before it ("7 August")
            day = doc[j] if 0 <= j < n else None
            if day is not None and j == i + 1 and j not in covered and _spelled_day(day) and (
                j + 1 == n or doc[j + 1].lower_ not in UNITS
            ):
                out.append((i, j + 1))  # "expire April Three": wire copy spells small days out, capitalised
                covered.update((i, j))
                break
            if day is None or j in covered or not day_number(day):
                continue
            start, end = min(i, j), max(i, j) + 1
            if end < n and doc[end].text == "," and end + 1 < n and doc[end + 1].is_digit and len(doc[end + 1].text) == 4:
                end += 2  # "Aug. 7, 1998"
            if not covered & set(range(start, end)):
                out.append((start, end))
                covered.update(range(start, end))
            break
    return out


# the words before "the 19th" that make it a day: "close on the 19th", "until the 21st"
_DAY_PREPS = {"on", "by", "until", "till", "since", "from", "before", "after", "through"}


def _ordinal_days(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "Nominations open on March 17 and close on the 19th": a day of the month written as an ordinal after a
    preposition, with no noun after it ("on the 4th hole", "the 12th spot" count); its month is the one the story
    named before it (the component gives the value, or leaves it out)."""
    out = []
    for i in range(1, len(doc) - 1):
        if i not in covered and i + 1 not in covered and ordinal_day_at(doc, i):
            out.append((i, i + 2))
            covered.update((i, i + 1))
    return out


def the_ordinal_day(span_text: str) -> bool:
    """ "the 4th": a day of the month written as an ordinal with no month of its own."""
    words = span_text.split()
    return len(words) == 2 and words[0].lower() == "the" and bool(_ORDINAL_DAY.match(words[1]))


def ordinal_day_at(doc: Doc, i: int) -> bool:
    """ "the 19th" at i, after a preposition and with no noun after it: a day of the month, not a count."""
    n = len(doc)
    if i < 1 or i + 1 >= n or doc[i].lower_ != "the" or doc[i - 1].lower_ not in _DAY_PREPS \
            or not _ORDINAL_DAY.match(doc[i + 1].text):
        return False
    nxt = doc[i + 2] if i + 2 < n else None
    return nxt is None or not (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.lower_ in ("of", "-"))


def _spelled_day(tok: Token) -> bool:
    """ "One" to "Thirty" written with a capital after a month: a day, as wire copy spells small ones."""
    low = tok.lower_
    return tok.text[:1].isupper() and not tok.is_sent_start and low.isalpha() and 1 <= NUMBERS.get(low, 0) <= 31 \
        and low not in ("a", "an", "dozen", "couple")


_PAIR_JOINS = {"and", "to", "through", "or", "-", "–"}


def _paired_days(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
    """ "April 25 and 26": the model tags the second day as a number; a day number joined to a
    month's day is a candidate (its value comes from the pair), unless it counts something
    ("April 25 and 26 people")."""
    out, n = [], len(doc)
    for _, e in spans:
        if e + 1 >= n or not doc[e - 1].is_digit or doc[e].lower_ not in _PAIR_JOINS:
            continue
        if not any(t.lower_.rstrip(".") in MONTHS for t in doc[max(0, e - 3):e]):
            continue
        day = doc[e + 1]
        if e + 1 in covered or not day_number(day):
            continue
        if e + 2 < n and doc[e + 2].pos_ in ("NOUN", "PROPN") and doc[e + 2].lower_.rstrip(".") not in MONTHS:
            continue
        out.append((e + 1, e + 2))
        covered.add(e + 1)
    return out


def _paired_first_days(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
    """ "on 25 and 26 February": the day written before the month's day, which the model leaves a number;
    it is a candidate (dated by the day after it), unless a noun follows it ("25 and 26 people")."""
    out = []
    for s, _ in spans:
        if s < 2 or not doc[s].text.isdecimal() or s + 1 >= len(doc) or doc[s + 1].lower_.rstrip(".") not in MONTHS:
            continue
        day, join = doc[s - 2], doc[s - 1]
        if s - 2 in covered or join.lower_ not in _PAIR_JOINS or not day_number(day):
            continue
        if int(day.text) < int(doc[s].text) <= 31:
            out.append((s - 2, s - 1))
            covered.add(s - 2)
    return out


_YEAR_JOINS = {"to", "through", "until", "till", "and", "-", "–"}


def _paired_years(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
    """ "from 2010 to 2014", "between 1981 and 1986": the model tags the first year and leaves the
    second a number; a later year joined to a year that is a date is one too."""
    out, n = [], len(doc)
    for _, e in spans:
        if e + 1 >= n or e + 1 in covered or not year_word(doc[e - 1]) or doc[e].lower_ not in _YEAR_JOINS:
            continue
        if e + 2 < n and doc[e + 2].pos_ == "NOUN" and doc[e + 2].lower_ not in UNITS:
            continue  # "from 1950 to 1990 tonnes": the number counts the noun after it
        if year_word(doc[e + 1]) and 0 < int(doc[e + 1].text) - int(doc[e - 1].text) <= 100:
            out.append((e + 1, e + 2))
            covered.add(e + 1)
    return out


def _all_day(doc: Doc, s: int, e: int) -> bool:
    """ "banks will close all day on Monday", "All week, officials...": how long, said in passing of a
    day named beside it or none; TimeBank leaves it untagged, and alone "day" would read as today."""
    return e - s == 1 and s > 0 and doc[s - 1].lower_ == "all" and doc[s].lower_ in ("day", "night", "week")


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
