"""The news agency in brackets in a dateline: "<PLACE>, Dec. 29 (<Agency>) -- ...", "<PLACE>, Dec 7 (IPS) - ...".
The model tags the place and the date and leaves the agency untagged (an agency's short or web name it does not
know) or types it a person; there, between the date and the dash, it is the organisation that filed the story. The
datelines of web pages come after a headline, a kicker and a byline, so every line is read, not only the first."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from ..paragraphs import DATELINE
from .mentions import Mention, in_place_of

# the bracket closing a dateline, before its dash: one capitalised word, an agency's name or initials ("dpa" is not)
_AGENCY = re.compile(r"\(([A-Z][A-Za-z]{1,19})\) (?:-|--|–|—) $")


def dateline_agencies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = text_of(doc)
    if ") -" not in text and ") –" not in text and ") —" not in text:
        return mentions
    at = 0
    while at >= 0:
        found = DATELINE.match(text, at, at + 120)
        if found and (agency := _AGENCY.search(found.group())):
            start = found.start() + agency.start(1)
            span = doc.char_span(start, start + len(agency.group(1)), alignment_mode="contract")
            if span is not None and not any(
                m.label == "ORG" and m.start == span.start and m.end == span.end for m in mentions
            ):
                mentions = in_place_of(mentions, span, "ORG")
        at = text.find("\n", at)
        at = at + 1 if at >= 0 else -1
    return mentions
