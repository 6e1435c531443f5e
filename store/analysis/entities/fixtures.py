"""A fixture written as two sides with 'v' between them ('Arcadia v Ruritania', 'Riverton v Hillcrest'), in a
list of a round's games: the model runs the two sides into one name and types it a place, a person or whatever the
first side suggests. A reader sees two names. Each side becomes a name of its own: a country or a city by name is a
place, and a side the article names elsewhere takes the label it has there; else the side keeps the label the model
gave the whole. A case at law ('Lee v Tan') is no fixture: the model types it a law, and it is left whole."""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import is_place
from .mentions import Mention, mention_of

_VERSUS = {"v", "vs", "v."}


def fixtures_run_together(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    if not any(w in _VERSUS for m in mentions for w in m.words):
        return mentions  # most articles hold no fixture: no table of labels to build
    labels = {m.words: m.label for m in mentions if not any(w in _VERSUS for w in m.words)}
    out: list[Mention] = []
    for m in mentions:
        at = next((i for i in range(m.start + 1, m.end - 1) if doc[i].text in _VERSUS), None)
        if (
            at is None
            or m.label == "LAW"
            or not (doc[at - 1].is_title or doc[at - 1].is_upper)
            or not doc[at + 1].is_title
        ):
            out.append(m)
            continue
        for side in (doc[m.start : at], doc[at + 1 : m.end]):
            name = side.text
            label = "GPE" if is_place(name, places) else labels.get(tuple(t.text for t in side), m.label)
            out.append(mention_of(side, label))
    return out
