"""A year of accounts told as done: "the year's loss was posted", "the full-year figures were restated".

Alone, "the year" and "the full year" are the year under way, which suits a forecast ("expects a profit for the
year"). A whole year's results can only be reported, earned or restated once the year is over, so, told in the
past between January and March, they are the year before the report's; and a sentence that names a quarter or a
half of an earlier year tells of that year's whole ("earned 5 mln in its 1986 first half and 20 mln in the
year as a whole"), and so does the sentence after one that told only of such parts. A country's output, growth
or orders are figures of a year as much as a firm's profit.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from .lexicon import OUTLOOK_VERBS

_YEAR_WORDS = {"the year", "the full year", "full year", "full-year", "the whole year", "the entire year"}
_RESULTS = {"net", "profit", "profits", "loss", "losses", "earnings", "income", "revenue", "revenues", "sales",
            "results", "earned", "earn", "growth", "output", "orders"}
_PART_OF_YEAR = re.compile(r"^(\d{4})-(?:Q[1-4]|H[12])$")


def names_a_whole_year(text: str) -> bool:
    """The words ("the full year") are ones a year of accounts can be told by; the rule reads nothing else."""
    return text.lower() in _YEAR_WORDS


def reported_year(doc: Doc, s: int, e: int, value: str, ref: date | None, tense: str | None,
                  sentence_values: list[str], before_values: list[str] = ()) -> str | None:
    """The year ("1986") whose results a past-tense "the year" (tokens s:e, read as the report's year `value`)
    tells of, given the values of the dates its sentence named before it and of those the sentence before
    named; otherwise None."""
    if ref is None or tense != "past" or value != f"{ref.year:04d}" or not names_a_whole_year(doc[s:e].text):
        return None
    if s > 1 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ not in ("whole", "all"):
        return None  # "sales rose in the chain's first weeks of the year": the year under way
    if not any(t.lower_ in _RESULTS for t in doc[s].sent):
        return None  # "shoe prices gained 8 pct on the year": not a year of accounts
    verb = next((t for t in doc[s].ancestors if t.pos_ in ("VERB", "AUX")), None)
    told = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))] if verb is not None else []
    if any(v.lemma_ in OUTLOOK_VERBS or any(c.tag_ == "MD" for c in v.children) for v in told):
        return None  # "for the full year, the broker said she sees a profit": a forecast told in the past
    earlier = [m.group(1) for v in sentence_values if (m := _PART_OF_YEAR.match(v)) and m.group(1) < value]
    if earlier:
        return earlier[-1]
    parts = {m.group(1) if (m := _PART_OF_YEAR.match(v)) else None for v in before_values}
    if not sentence_values and len(parts) == 1 and None not in parts and (year := parts.pop()) < value:
        # "Sales climbed in the last quarter of 2020. Sales over the full year were flat": the year
        # whose parts alone the sentence before told of, before this one names a date (not after a loss in a
        # quarter of this year set against one in a quarter of last year: two years, one compared)
        return year
    return f"{ref.year - 1:04d}" if ref.month <= 3 else None
