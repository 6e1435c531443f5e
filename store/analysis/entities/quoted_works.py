"""'..." Acme Holdings said.', '..." Dlamini asked.': a name set right after the closing mark of a quotation, before
its verb, is the quotation's speaker. The small model, seeing a name after quotation marks, takes it for the title of
a work (WORK_OF_ART), or for a product, an event, a law, a building or a region. Where the article names that speaker elsewhere as a person or an organisation, by the same
words or in full ('Thandi Dlamini' for 'Dlamini', 'Acme Holdings Ltd' for 'Acme Holdings'), it is that one: the
label is theirs, and the canonical name follows from it. A name the article gives nowhere else is left as it was:
a title may follow a quotation too ('..." Variety reported' is an outlet the article may name only once)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import tokens
from .mentions import Mention
from .referents import key

_CLOSING_MARKS = {'"', "”", "''"}
_INSIDE_THE_QUOTE = {",", "?", "!", "."}  # the quotation's own last mark, inside the quotation marks


def _after_a_quotation(doc: Doc, m: Mention) -> bool:
    toks = tokens(doc)
    return m.start >= 2 and toks[m.start - 1].text in _CLOSING_MARKS and toks[m.start - 2].text in _INSIDE_THE_QUOTE \
        and m.end < len(doc) and toks[m.end].pos_ in ("VERB", "AUX")


def _named_elsewhere(m: Mention, mentions: list[Mention]) -> str | None:
    words = key(m.words)
    n = len(words)
    for label in ("PERSON", "ORG"):
        others = [key(o.words) for o in mentions if o is not m and o.label == label]
        if any(o == words for o in others):
            return label
        if label == "PERSON" and any(len(o) > n and o[-n:] == words for o in others):
            return label  # a surname: 'Dlamini' after 'Thandi Dlamini'
        if label == "ORG" and any(len(o) > n and o[:n] == words for o in others):
            return label  # a firm's short name: 'Acme Holdings' after 'Acme Holdings Ltd'
    return None


# not a town or a people: '..." Moscow said' is a government by its capital, '..." Democrats said' a party's members
_THINGS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "LOC"}


def speakers_taken_for_works(doc: Doc, mentions: list[Mention]) -> None:
    for m in mentions:
        if m.label in _THINGS and _after_a_quotation(doc, m) and (label := _named_elsewhere(m, mentions)):
            m.label = label
