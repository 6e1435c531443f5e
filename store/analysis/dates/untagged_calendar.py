"""The calendar's days, years, quarters and holidays the model leaves untagged or tags as something else: a month
beside its day number ("the Aug. 7 bombings", "on 7 August"), an ordinal day after a preposition ("close on the
19th"), the second of two days or years joined to a tagged one ("April 25 and 26", "from 2010 to 2014"), a holiday's
name ("Thanksgiving Day") and a spelt-out quarter ("a flat second quarter"). spans.candidates adds what these find
to the model's own spans.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..doctext import lowers
from .expression_parts import clean
from .lexicon import HOLIDAY_STARTS, HOLIDAYS, MONTHS, NUMBERS, UNITS
from .token_shapes import day_number, year_word

_ORDINAL_DAY = re.compile(r"^([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)$", re.IGNORECASE)


_HOLIDAY_WORDS = [name.split() for name in HOLIDAYS]


def holiday_names(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Holiday names the model labels EVENT or nothing ("Thanksgiving Day", "Easter Monday")."""
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


# the four spelt out only, not quarter_shorthand's QUARTER_ORDINALS, which adds "1st" to "4th"
_SPELT_QUARTER_ORDINALS = {"first", "second", "third", "fourth"}


_DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"}


def ordinal_quarters(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
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


def month_days(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
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


def ordinal_days(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
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


def paired_days(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
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


def paired_first_days(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
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


def paired_years(doc: Doc, spans: list[tuple[int, int]], covered: set[int]) -> list[tuple[int, int]]:
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
