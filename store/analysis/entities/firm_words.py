"""A firm's one word the model reads as a place: "Hutton said" after "E.F. Hutton Group", "Western's promise" after
"Western Airlines". A one-word 'place' that opens or closes the name of a company the article names in full (a name
ending in a legal form or a firm's word, or opening with initials) is that company, unless it is a place a reader
knows (a country, a state, a city: "Bank of Tokyo Ltd" leaves Tokyo a city)."""

from __future__ import annotations

import re

from . import gazetteer
from .mentions import Mention
from .vocabulary import HEADS, LEGAL_FORMS

# a firm named after its founder may open on his initials ("E.F.", "J.P."), read by surnames too
INITIALS = re.compile(r"(?:[A-Z]\.)+")
_FIRM_ENDS = {w.rstrip(".").lower() for w in LEGAL_FORMS} | set(HEADS["firm_ends"]) | {"group", "holdings"}


def firm_words_taken_for_places(mentions: list[Mention], places: frozenset[str]) -> None:
    words: set[str] = set()
    for m in mentions:
        if m.label != "ORG" or len(m.words) < 2:
            continue
        if m.words[-1].rstrip(".").lower() in _FIRM_ENDS:
            words.add(m.words[0])  # "Western Airlines"
            if all(INITIALS.fullmatch(w) for w in m.words[:-2]):
                words.add(m.words[-2])  # "E.F. Hutton Group"
        if all(INITIALS.fullmatch(w) for w in m.words[:-1]):
            words.add(m.words[-1])  # "E.F. Hutton"
    if not words:
        return
    for m in mentions:
        if m.label in ("GPE", "LOC", "FAC") and len(m.words) == 1 and m.words[0] in words and m.words[0].istitle() \
                and m.name not in places and m.name not in gazetteer.states() and not gazetteer.country_code(m.name):
            m.label = "ORG"
