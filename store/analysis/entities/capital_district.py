"""A city named with its district after a comma ('Washington, D.C.'): the model tags the city and the district apart,
as it tags a town and its state ('Boise, Idaho'), which stay two places. A district is no state the city
lies in but the city's own second name, so the words are one place, under the name a reader writes down."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import text_between
from .mentions import Mention, in_place_of
from .vocabulary import HEADS

_NAMES = HEADS["cities_with_their_district"]
# the most tokens a listed name may take: the tokenizer may split a dot or a comma off a word
_LONGEST = max(len(n.replace(",", " ,").replace(".", " .").split()) for n in _NAMES)


def cities_with_their_district(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in list(mentions):
        if m.end - m.start != 1 or m.label not in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
            continue
        for end in range(min(len(doc), m.start + _LONGEST), m.start + 2, -1):
            if text_between(doc, m.start, end) in _NAMES:
                mentions = in_place_of(mentions, doc[m.start : end], "GPE")
                break
    return mentions
