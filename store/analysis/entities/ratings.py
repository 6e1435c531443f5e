"""Credit ratings: 'the BBB senior debt', 'lowered to (high BB)', 'AA-plus'. The model reads a rating's capital
letters as an organisation's initials or a place's; a reader of a story about ratings sees a grade, no name. Only in an
article that speaks of ratings or debt grades, where the letters cannot be a body's initials ('the AA' of
motorists in a story about roads)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention, mention_of

# the grades of the rating agencies' scales, with the sign some write after them, and the other scale's grades with
# the notch that wire copy joins by a dash ('B-2', 'Baa-1') and the model reads as a product's model number; wire copy
# also spells the sign out after a dash ('BBB-plus', 'BB-minus'), and writes the short-term scale's 'P-1', which the
# model took for a people's name
_GRADE = re.compile(r"^(?:(?:A{1,3}|B{1,3}|C{1,3})(?:[+-]|-plus|-minus)?|(?:Aaa|Aa|A|Baa|Ba|B|Caa|Ca|C|P)-?[1-3])$")

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


def grades_opening_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'affirmed the BBB <Firm> Co notes', 'lowered Ba-2 <Firm> Inc's debt': the model runs the grade into the rated
    firm's name; in an article about ratings the name opens after it."""
    if not any(m.end - m.start > 1 and _GRADE.match(doc[m.start].text) for m in mentions) \
            or not _RATING_WORDS.search(text_of(doc)):
        return mentions
    out = []
    for m in mentions:
        cut = _after_the_grade(doc, m) if m.label in _NAMED else None
        out.append(mention_of(doc[cut:m.end], m.label, m.role, m.affiliation) if cut is not None else m)
    return out


def _after_the_grade(doc: Doc, m: Mention) -> int | None:
    """Where the name opens after a grade written as its first tokens ('BBB', 'BBB-plus' as three), when a
    capitalised word follows."""
    written = ""
    for i in range(m.start, min(m.end - 1, m.start + 3)):
        written += doc[i].text
        if doc[i].whitespace_:
            return i + 1 if _GRADE.match(written) and doc[i + 1].text[:1].isupper() else None
    return None
