"""The wire's "qtr": "1987 3rd qtr", "3rd qtr 1986", "the fourth qtr 1986", "the fourth qtr of 1986".

The model tags "1987 3rd" or "qtr 1986" (or the year alone) and leaves the rest out, so the mention was valued the
year only; with the ordinal and the shorthand in it, normalize reads the quarter, as it reads "third quarter 1986".
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import QUARTER_SHORTHANDS
from .value_shapes import YEAR_VALUE

# which of a year's four quarters (or two halves): spans reads the same words before "half" and "quarter"
QUARTER_ORDINALS = frozenset({"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"})
# the ordinals of a part of a period ("the latter half", "the final quarter"), which count no amount
PART_ORDINALS = QUARTER_ORDINALS | {"latter", "final", "last"}


def _year(tok) -> bool:
    return bool(YEAR_VALUE.match(tok.text))


def quarter_bounds(doc: Doc, s: int, e: int, taken: set[int]) -> tuple[int, int]:
    """(s, e) widened over the ordinal and "qtr" the model left out of a DATE span, when they make a quarter of a
    year the span holds; else as given."""
    low = [t.lower_ for t in doc[max(0, s - 2):e + 2]]
    if not any(w in QUARTER_SHORTHANDS for w in low):
        return s, e
    if e < len(doc) and e not in taken and doc[e].lower_ in QUARTER_SHORTHANDS and doc[e - 1].lower_ in QUARTER_ORDINALS:
        e += 1  # "1987 3rd" + "qtr"
    elif e + 1 < len(doc) and _year(doc[e - 1]) and doc[e].lower_ in QUARTER_ORDINALS \
            and doc[e + 1].lower_ in QUARTER_SHORTHANDS and not taken & {e, e + 1}:
        e += 2  # "1986" + "4th qtr"
    if doc[s].lower_ in QUARTER_SHORTHANDS and s > 0 and s - 1 not in taken and doc[s - 1].lower_ in QUARTER_ORDINALS:
        s -= 1  # "3rd" + "qtr 1986"
    elif s > 1 and _year(doc[s]) and e - s == 1 and doc[s - 1].lower_ in QUARTER_SHORTHANDS \
            and doc[s - 2].lower_ in QUARTER_ORDINALS and not taken & {s - 1, s - 2}:
        s -= 2  # "Third qtr" + "1986"
    elif s > 2 and _year(doc[s]) and e - s == 1 and doc[s - 1].lower_ == "of" \
            and doc[s - 2].lower_ in QUARTER_SHORTHANDS and doc[s - 3].lower_ in QUARTER_ORDINALS \
            and not taken & {s - 1, s - 2, s - 3}:
        s -= 3  # "the fourth qtr of" + "1986": the model tags the year alone after "of"
        if s > 0 and doc[s - 1].lower_ == "the" and s - 1 not in taken:
            s -= 1
    return s, e
