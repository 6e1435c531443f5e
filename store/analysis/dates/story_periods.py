"""The month or year a figures story is telling of: "Exports rose in February. Imports for the month fell".

Alone, "the month" and "the year" are the ones under way, which suits a forecast or a month still running. Told in
the past a few sentences after one that names a month or year of its own ("in February", "in 1986"), "for the month",
"during the year" are that period: the report gives the rest of its figures for the period it opened on, and the
report's own month or year is not over yet. The story's period is the first it names: a second one is most often
the figure it is compared with ("earned 9 mln in 2030 against 7 mln in 2029").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ..doctext import text_of
from ..types import DateMention
from .lexicon import MONTHS, OUTLOOK_VERBS
from .value_shapes import MONTH_VALUE, YEAR_VALUE

_PREPOSITIONS = {"for", "in", "during", "over", "throughout"}
_FISCAL_AFTER = {"ended", "ending", "to", "through", "ago", "earlier", "before", "end", "ends"}
# "compared with 44 crowns in 2029", "up from 3 mln in 2029": the period a figure is set against
_COMPARED = re.compile(r"(?i)\b(?:compared (?:with|to)|against|from|versus|than)\b[^;]{0,30}$")


def _named(m: DateMention, unit: str) -> bool:
    """The mention writes out a calendar year ("1986", "fiscal 1986") or a month ("February", "February 1986")."""
    if m.type == "DATE" and m.text.lower() == f"the {unit}" and (YEAR_VALUE if unit == "year" else MONTH_VALUE).match(m.value):
        return True  # the period an earlier "the month" was already read as, carried on
    if unit == "year":
        return m.type == "DATE" and YEAR_VALUE.match(m.value) is not None and m.value in m.text
    first = m.text.split()[0].lower().rstrip(".") if m.text.split() else ""
    return m.type == "DATE" and MONTH_VALUE.match(m.value) is not None and first in MONTHS


def period_word(doc: Doc, s: int, e: int) -> str | None:
    """'month' or 'year' when tokens s:e are "the month" or "the year", the only words a story's period is told
    by; the date rules ask it before they work out the tense and the dates around."""
    words = [t.lower_ for t in doc[s:e]]
    return words[1] if len(words) == 2 and words[0] == "the" and words[1] in ("month", "year") else None


def story_period(doc: Doc, s: int, e: int, value: str, ref: date | None, tense: str | None,
                 before: list[DateMention]) -> str | None:
    """The value of the month or year ("1987-01", "1986") a past-tense "the month"/"the year" (tokens s:e, read
    as the report's own `value`) tells of, from the dates of the latest sentence among `before` (those named
    before it in its own sentence or the four before it) that names such a period; otherwise None."""
    unit = period_word(doc, s, e)
    if ref is None or tense != "past" or unit is None:
        return None
    if value != (f"{ref.year:04d}" if unit == "year" else f"{ref.year:04d}-{ref.month:02d}"):
        return None
    if s == 0 or doc[s - 1].lower_ not in _PREPOSITIONS or (e < len(doc) and doc[e].lower_ in _FISCAL_AFTER):
        return None  # "the year ended March 31", "the year before": another reckoning
    if any(t.tag_ == "MD" or t.lemma_ in OUTLOOK_VERBS for t in doc[s].sent):
        return None  # "freight carried for the month will fall": a participle's past is not the sentence's
    # the latest sentence that names a period of the unit: lines between may give figures with no date at all
    # ("Of the rise, a third went to farms") or one counted from the report ("sold 2 mln last year")
    lines = [m.sentence_start for m in before if _named(m, unit)]
    told = [m for m in before if m.sentence_start == lines[-1]] if lines else []
    text = text_of(doc)
    named = [
        m for m in told if _named(m, unit) and not _COMPARED.search(text[max(m.sentence_start, m.start - 45):m.start])
    ]
    if not named or any(m.type == "DATE" and m.value[:len(value)] == value for m in told):
        return None  # the report's own period is named beside it ("in February and this month")
    first = named[0].value
    return first if first < value else None
