"""A clock's zone, written after it: "8:30 p.m. BST", "6 p.m. local time", "10:30 GMT", "2 p.m. Eastern time".

The model tags "9 a.m. EST" whole but often ends the span on the clock when the zone is a rarer one or
"local time": the reader then sees an hour with no say of where it was read. TimeML takes the zone into the
expression ("5 p.m. EST, Nov. 6"); its value stays the hour the text gives.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .lexicon import TIME_ZONES, ZONE_NAME_WORDS

# the last word of a time of day a zone may follow: "p.m.", "pm", "8:30", "14.35", "noon", "midnight"
_CLOCK_END = re.compile(r"^(?:[ap]\.?m\.?|\d{1,2}[:.][0-5]\d|noon|midnight|o'clock)$", re.IGNORECASE)


def zone_end(doc: Doc, s: int, e: int, next_start: int) -> int:
    """The end of the expression s:e with the zone written straight after its clock, when one is and no other
    expression (starting at next_start) holds it; otherwise e."""
    if e - s < 1 or e >= len(doc) or not _CLOCK_END.match(doc[e - 1].text):
        return e
    if doc[e].text in TIME_ZONES:
        end = e + 1
    elif e + 1 < len(doc) and doc[e].lower_ in ZONE_NAME_WORDS and doc[e + 1].lower_ == "time":
        end = e + 2
    else:
        return e
    return end if end <= next_start else e
