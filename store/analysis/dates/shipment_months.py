"""A month goods are bought or sold for ("mills bought canola for late June/early July shipment", "an importer took
olein for June 1/10 shipment", "for May-June shipment").

A trade names the period the goods will ship in, which is still ahead when the deal is done; told in the past
("bought ... for June shipment", in April), the month reads as last June unless something says otherwise.
contract_months takes a bare month in a sentence of prices; this takes the shipping periods written as ranges,
halves or day spans, and the bare months of a sale with no price in its sentence. A month just gone stays (a
cargo still loading), as does any period whose year is written or which "the" marks as one told of before ("the
October to March shipment" of a season under way).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from .lexicon import MONTHS, SHIPPING_NOUNS
from .value_shapes import FULL_DAY, MONTH_VALUE

_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b|'\d\d\b")
# what may join the months or days of one shipping period: "May/June", "June 1/10", "May-June"
_JOINERS = {"/", "-", "to"}


def shipment_month(doc: Doc, s: int, e: int, value: str, ref: date | None) -> str | None:
    """The value a year or more on (`value` with its year moved) for a date span (tokens s:e) that is the period a
    trade ships in, read two months or more before the report; otherwise None."""
    if ref is None or not (MONTH_VALUE.match(value) or FULL_DAY.match(value)) or _WRITTEN_YEAR.search(doc[s:e].text):
        return None
    if any(t.lower_ in ("the", "this", "next") for t in doc[s:e]):
        return None
    first, last = s, e
    while first >= 2 and _period_part(doc, first - 1) and (doc[first - 1].text in _JOINERS or _month(doc, first - 1)):
        first -= 1
    while last < len(doc) and last - e < 4 and _period_part(doc, last):
        last += 1
    if first == 0 or doc[first - 1].lower_ != "for" or last >= len(doc) or doc[last].lower_ not in SHIPPING_NOUNS:
        return None
    year, month = int(value[:4]), int(value[5:7])
    if (ref.year - year) * 12 + ref.month - month < 2:
        return None
    while (ref.year - year) * 12 + ref.month - month >= 2:
        year += 1
    return f"{year:04d}{value[4:]}"


def _month(doc: Doc, i: int) -> bool:
    return doc[i].lower_.rstrip(".") in MONTHS


def _period_part(doc: Doc, i: int) -> bool:
    """A token of the shipping period around the span: a month, a day number, or what joins them."""
    t = doc[i]
    if t.text.isdecimal():  # not "²", which isdigit() takes and int() refuses
        return int(t.text) <= 31  # a day, not a year or a tonnage
    return _month(doc, i) or t.text in _JOINERS or (t.like_num and len(t.text) <= 5)  # "1/10"
