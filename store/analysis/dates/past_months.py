"""A bare month that dates a deed told in the simple past: "In October, the mayor proposed a new tax".

Alone, a past-tense month is read in a window that reaches a little past the report's month, because a
month named beside a past verb is often the time of something else still ahead: "bought grain for October
shipment", "Tuesday's bid for October elections failed in the assembly". When the month is the time of the past
verb itself ("in October" hanging from "proposed"), the deed is done, so the month has at least begun by the
report: told in early September, it is last October, not the coming one.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc


def past_deed_month(doc: Doc, s: int, e: int, value: str, ref: date | None) -> str | None:
    """The year-earlier month ("2015-10") for a bare month (tokens s:e, read as `value`, "2016-10") that follows
    "in" hanging from a verb in the simple past, when it was read after the report's month; otherwise None."""
    if ref is None or e - s != 1 or s == 0 or len(value) != 7 or value <= f"{ref.year:04d}-{ref.month:02d}":
        return None
    prep = doc[s - 1]
    if prep.lower_ != "in" or doc[s].head.i != prep.i:
        return None
    verb = prep.head
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "was to visit in October" and the like are told ahead of the deed
    return f"{int(value[:4]) - 1:04d}{value[4:]}"
