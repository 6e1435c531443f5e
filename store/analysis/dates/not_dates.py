"""Spans the model tags DATE or TIME, or a finder gives, that name no time a reader would look up: an age ("the
25-year-old"), a band of figures ("the high 30s"), a batting score ("a century"), someone's period ("his year"), a
share ("a quarter of the vote"), a count of periods ("the third straight month"), a way of comparing ("year-on-year"),
a day dated by an event we cannot place ("the day after his death"), a term of the money market ("overnight
rates"), a kind of crop or weather ("winter wheat"), a name or an honour ("Easter Island", "album of the year"), a
turn of phrase ("at the end of the day") and the like. spans.candidates leaves out what no_time finds, and an age,
a band of figures or a score (is_age, band_of_figures, batting_score) before it splits the model's spans.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..doctext import column, doc_slice, lowers
from .figures import in_figure_row, not_a_year
from .last_days import last_of_a_run
from .lexicon import (
    BATTING_WORDS,
    CROP_GRADES,
    HONOUR_NOUNS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    SCORING_VERBS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from .match_minutes import match_minute
from .match_quarters import match_quarter
from .quarter_shorthand import PART_ORDINALS
from .titles import in_a_name
from .token_shapes import day_number, year_word
from .unit_words import after_hours

_POSSESSIVES = {"his", "her", "their", "my", "your", "our", "its"}
_EVENT_AFTER = {"after", "before", "of", "when"}


def band_of_figures(doc: Doc, start: int, end: int) -> bool:
    """ "temperatures in the high 30s", "a price in the low 50s": a band of figures; a decade is early, mid or
    late, and written with an apostrophe or its century when it is one."""
    words = [t.text for t in doc[start - (start > 0 and end - start == 1):end] if t.lower_ != "the"]
    return len(words) == 2 and words[0].lower() in ("high", "low", "upper", "lower") \
        and re.match(r"^[1-9]0s$", words[1]) is not None


_CENTURIES = {"century", "centuries", "half-century", "half-centuries"}


def batting_score(doc: Doc, start: int, end: int) -> bool:
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


def is_age(doc: Doc, start: int, end: int) -> bool:
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


# a count of things with no figure ("several times", "for several straight years"), which spans' "times a unit"
# reading takes as a count too
VAGUE_TIMES = {"several", "many", "few", "multiple", "numerous"}


def _cardinal(tok: Token) -> bool:
    """ "three", "12", "several": a count of things, not an ordinal ("third", "12th") nor a part ("last")."""
    low = tok.lower_
    if low in ORDINALS or low in PART_ORDINALS or _FIGURE_ORDINAL.match(low):
        return False
    return low in NUMBERS or low in VAGUE_TIMES or (tok.like_num and low.replace(",", "").isdigit())


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


def early_hours(doc: Doc, s: int, e: int) -> bool:
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
    if e - s != 2 or doc[s].lower_ != "the" or doc[s + 1].lower_ != "day" or e >= len(doc) or beside_a_day(doc, s):
        return False  # "on March 3, the day before the strike": the day is named beside it
    if doc[e].lower_ in _EVENT_AFTER:
        return True
    return (s == 0 or doc[s - 1].lower_ != "on") and any(c.dep_ == "relcl" and c.i > e for c in doc[s + 1].children)


def beside_a_day(doc: Doc, s: int) -> bool:
    """ "the day" at s set after a comma beside the day just named, by its number, year or weekday ("on March 3,
    the day before the strike", "on Tuesday, the day the mill reopened"): a second expression of that day."""
    return s > 1 and doc[s - 1].text == "," and (
        doc[s - 2].lower_ in WEEKDAYS or day_number(doc[s - 2]) or year_word(doc[s - 2])
    )


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


def _all_day(doc: Doc, s: int, e: int) -> bool:
    """ "banks will close all day on Monday", "All week, officials...": how long, said in passing of a
    day named beside it or none; TimeBank leaves it untagged, and alone "day" would read as today."""
    return e - s == 1 and s > 0 and doc[s - 1].lower_ == "all" and doc[s].lower_ in ("day", "night", "week")


def no_time(doc: Doc, s: int, e: int) -> bool:
    """Whether the span s:e names no time (the rules above, and those of the modules named in the imports), tried
    in this order."""
    return _generic_today(doc, s, e) or _year_described(doc, s, e) or _future_of(doc, s, e) \
        or _day_to_start(doc, s, e) or _event_day(doc, s, e) or _owned(doc, s, e) or _fraction(doc, s, e) \
        or _count_of_units(doc, s, e) or _comparison(doc, s, e) or early_hours(doc, s, e) or _a_name(doc, s, e) \
        or _at_the_end_of_the_day(doc, s, e) or _surname_may(doc, s, e) or _all_day(doc, s, e) \
        or _astronomical(doc, s, e) or _a_kind_of_period(doc, s, e) or not_a_year(doc, s, e) \
        or _season_kind(doc, s, e) or _money_tenor(doc, s, e) or in_figure_row(doc, s, e) or in_a_name(doc, s, e) \
        or after_hours(doc, s, e) or match_minute(doc, s, e) or match_quarter(doc, s, e) or last_of_a_run(doc, s, e)
