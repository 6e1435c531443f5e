"""Credit ratings: 'the BBB senior debt', 'lowered to (high BB)', 'AA-plus'. The model reads a rating's capital
letters as an organisation's initials or a place's; a reader of a story about ratings sees a grade, no name. Only in an
article that speaks of ratings or debt grades, where the letters cannot be a body's initials ('the AA' of
motorists in a story about roads)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention

# the grades of the rating agencies' scales, with the sign some write after them, and the other scale's grades with
# the notch that wire copy joins by a dash ('B-2', 'Baa-1') and the model reads as a product's model number
_GRADE = re.compile(r"^(?:(?:A{1,3}|B{1,3}|C{1,3})[+-]?|(?:Aaa|Aa|A|Baa|Ba|B|Caa|Ca|C)-?[1-3])$")

# what a letter and a digit name beside a grade's look: 'the B-1 bomber'
_CRAFT = {"bomber", "bombers", "aircraft", "plane", "planes", "jet", "jets", "fighter", "fighters", "stealth"}

_NAMED = {"ORG", "GPE", "LOC", "FAC", "NORP", "PERSON", "PRODUCT"}

# words an article about ratings uses: 'rating', 'rated', 'downgraded', 'upgrade', 'affirmed'
_RATING_WORDS = re.compile(r"\b(?:ratings?|rated|downgrad\w*|upgrad\w*|affirm\w*)\b", re.IGNORECASE)


def is_grade(word: str) -> bool:
    """'BBB', 'A-2': a grade of a rating agency's scale, whatever name the model opened on it."""
    return _GRADE.match(word) is not None


def credit_ratings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not any(_GRADE.match(m.name) for m in mentions) or not _RATING_WORDS.search(text_of(doc)):
        return mentions
    return [m for m in mentions if not (m.label in _NAMED and _GRADE.match(m.name) and not _craft(doc, m))]


def _craft(doc: Doc, m: Mention) -> bool:
    return any(0 <= i < len(doc) and doc[i].lower_ in _CRAFT for i in (m.start - 1, m.end))
