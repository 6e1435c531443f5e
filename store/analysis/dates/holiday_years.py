"""A holiday and the year after it are one date: "Election Day next year", "Labor Day last year".

The model tags the holiday and "next year" as two dates; apart, the holiday takes the nearest one to the report
(this November's vote, not next year's) and the year stands alone. TimeML marks the pair as one expression, the
holiday in that year.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .expression_parts import clean
from .lexicon import HOLIDAYS

_SHIFTS = ("last", "next", "this")
_LEADS = {"the", "last", "next", "this", "on"}


def _a_holiday(doc: Doc, s: int, e: int) -> bool:
    words = clean(doc[s:e].text)
    while words and words[0] in _LEADS:
        words = words[1:]
    return bool(words) and (" ".join(words) in HOLIDAYS or "the " + " ".join(words) in HOLIDAYS)


def holiday_years(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spans in text order, each holiday joined to a "last/next/this year" straight after it."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if (
            out
            and out[-1][1] == s
            and e - s == 2
            and doc[s].lower_ in _SHIFTS
            and doc[s + 1].lower_ == "year"
            and _a_holiday(doc, *out[-1])
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def year_shift(toks: list[str]) -> tuple[list[str], int | None]:
    """The holiday's words without a closing "last/next/this year", and the years that moves it from the report's
    (None when there is none)."""
    if len(toks) > 2 and toks[-1] == "year" and toks[-2] in _SHIFTS:
        return toks[:-2], {"last": -1, "next": 1, "this": 0}[toks[-2]]
    return toks, None
