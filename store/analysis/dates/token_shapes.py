"""The shapes of a word that the span rules test: a year, a month's word, a day's number, a word of a date.

Shared by the span rules in spans, the slashed dates in slashed and the contract months, as value_shapes is by the
value rules.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .lexicon import MONTHS, UNITS, WEEKDAYS

_DECADE_TOKEN = re.compile(r"^(?:'|’)?(?:\d\d)?\d0s$")


def dateish(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return tok.like_num or bool(_DECADE_TOKEN.match(low)) or low in MONTHS or low in WEEKDAYS or low in UNITS \
        or low in ("today", "yesterday", "tomorrow")


def month_word(tok: Token) -> bool:
    """A capitalised month, in full or short, with or without its point ("Aug", "Sept.")."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in MONTHS


def day_number(tok: Token) -> bool:
    """A day of the month written in figures, "1" to "31". Any script's decimal digits ("１", "٣"): int() reads every
    one (a superscript "²" is no decimal), the model tags them in dates and the values read them as days."""
    return tok.text.isdecimal() and len(tok.text) <= 2 and 1 <= int(tok.text) <= 31


def year_word(tok: Token) -> bool:
    # ASCII only, as in spans._range_end_day: int() reads no superscript figure
    return tok.is_digit and len(tok.text) == 4 and tok.text.isascii()


def glued_length(doc: Doc, i: int) -> bool:
    """ "10-year", "15-day" at i: a figure, a hyphen and a singular unit, written as one word."""
    return i + 2 < len(doc) and doc[i].text.isdigit() and doc[i + 1].text == "-" and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_ and doc[i + 2].lower_ in ("day", "week", "month", "year")
