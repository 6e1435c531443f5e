"""A law's own word alone taken for a person's first name: "the Bill now goes to a vote", "the Finance
Bill", "the 2003 Water Bill". The model reads "Bill" as a man's name; after a determiner, or after the capitalised words
that name the bill, it is the law (LAW, no entity a reader looks up here), with those words: "Criminal Justice Bill".
Not a first name listed with others ("the Bill, Hillary and Chelsea Clinton Foundation"), nor one after a comma
("Clinton's husband, Bill")."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, covered, mention_of
from .names import is_first_name
from .vocabulary import HEADS

# the words before a law's word alone that make it a thing, never a man: "the Bill", "no Bill"
_DETERMINERS = {"the", "a", "no", "this", "that", "each", "every", "any"}


def bills_taken_for_persons(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    taken = covered(mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.label == "PERSON" and len(m.words) == 1 and m.start and m.words[0].lower() in HEADS["LAW"] \
                and m.words[0].istitle() and not _listed_with_first_names(doc, m.end):
            start = m.start
            while start and start - 1 not in taken and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start and not is_first_name(doc[start - 1].text) \
                    and doc[start - 1].lower_ not in _DETERMINERS:
                start -= 1  # "the Criminal Justice Bill": the words that name the bill
            if start < m.start or doc[m.start - 1].lower_ in _DETERMINERS:
                out.append(mention_of(doc[start : m.end], "LAW"))
                continue
        out.append(m)
    return out


def _listed_with_first_names(doc: Doc, end: int) -> bool:
    """'Bill, Hillary and Chelsea', 'Bill and Hillary': the word is a man's name among others."""
    joint = doc[end] if end < len(doc) else None
    return joint is not None and joint.text in (",", "and", "&") and end + 1 < len(doc) \
        and is_first_name(doc[end + 1].text)
