"""Airports the article names alone: "Heathrow", "Gatwick". The model reads such a one-word name as a person's,
though the same article calls it an airport: "Gatwick airport", "London's Heathrow, Gatwick and Stansted airports",
"Heathrow Airport". Each mention of a 'person' the article so calls an airport is the airport (FAC). Not a town's
name ("Osaka airport": Osaka alone is the city), which the model does not take for a person."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers
from .mentions import Mention
from .referents import key

_AIRPORT = {"airport", "airports"}


def airports_named_alone(doc: Doc, mentions: list[Mention]) -> None:
    low = lowers(doc)
    if "airport" not in low and "airports" not in low:
        return
    named: set[tuple[str, ...]] = set()
    for m in mentions:
        if len(m.words) > 1 and m.words[-1].lower() == "airport":
            named.add(key(m.words[:-1]))  # "Heathrow Airport", "Gatwick airport"
    by_end = {m.end: m for m in mentions}
    for i, word in enumerate(low):
        if word not in _AIRPORT or not doc[i].is_lower:
            continue
        at = i
        while at > 0:
            m = by_end.get(at)
            if m is not None:
                named.add(key(m.words))
                at = m.start
            elif doc[at - 1].is_title and doc[at - 1].is_alpha:
                at -= 1  # a name the model left untagged in the list: "Gatwick and Stansted airports"
            else:
                break
            if word == "airport" or at == 0 or low[at - 1] not in (",", "and", "or"):
                break
            at -= 1  # "Heathrow, Gatwick and Stansted airports": the names listed before the plural
    if not named:
        return
    for m in mentions:
        if m.label == "PERSON" and key(m.words) in named:
            m.label = "FAC"
