"""People listed by commas or 'and' that the model read as one organisation or place.

'rivals Sen. Marco Rubio of Florida and Sen. Ted Cruz of Texas', 'Bush, Christie, Rubio or Kasich', 'count Trump
and Carson out and focus on Rubio and Cruz': the model tags one name over a list ("Florida and Sen. Ted Cruz",
"Christie, Rubio", "Rubio and Cruz"), so the people in it were lost to the article's referents. The list is its
parts when every part is a person the article names elsewhere (by full name or surname), a title and a full name,
or a known place, and at least one part is a person; a firm's partners ("Ruane, Cunniff & Goldfarb") and bodies
("Cleveland Clinic and University Hospitals") have parts that are no one's name alone, and stay whole.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import is_place
from .mentions import Mention, mention_of
from .names import given_name
from .vocabulary import HONORIFICS, TITLES

_SEPARATORS = {",", "and", "or"}


def names_listed_in_one(doc: Doc, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    persons = {m.words for m in mentions if m.label == "PERSON"}
    persons |= {m.words[-1:] for m in mentions if m.label == "PERSON" and len(m.words) > 1}
    out: list[Mention] = []
    for m in mentions:
        parts = _parts(doc, m, persons, places) if m.label != "PERSON" and m.end - m.start >= 3 else None
        out.extend(parts or [m])
    return out


def _parts(doc: Doc, m: Mention, persons: set[tuple[str, ...]], places: frozenset[str]) -> list[Mention] | None:
    cuts = [i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ in _SEPARATORS]
    if not cuts:
        return None
    out: list[Mention] = []
    for start, end in zip([m.start, *(c + 1 for c in cuts)], [*cuts, m.end]):
        if start < end and doc[start].lower_ in _SEPARATORS:
            start += 1  # ", and": one separator of two tokens
        titled = start
        while titled < end - 1 and (doc[titled].lower_ in TITLES or doc[titled].lower_ in HONORIFICS):
            titled += 1
        if titled >= end:
            return None
        span = doc[titled:end]
        words = tuple(t.text for t in span)
        if words in persons or titled > start and len(words) > 1 and given_name(words[0]) \
                and all(w[:1].isupper() for w in words):
            out.append(mention_of(span, "PERSON"))
        elif titled == start and is_place(span.text, places):
            out.append(mention_of(span, "GPE"))
        else:
            return None
    return out if any(p.label == "PERSON" for p in out) and len(out) > 1 else None
