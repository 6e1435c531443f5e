"""A surname speaking after the full name it ends: 'Tadahiro Sekimoto told Reuters …. Sekimoto said' is one person,
though the model tagged the full name a work of art and the surname an organisation, so no entity joined them."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..entities.referents import fold
from ..types import Quote

_PLACES = {"GPE", "LOC", "FAC"}


def surnames_of_full_names(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A one-word named speaker that is the last word of exactly one person's full name in the article (a PERSON
    entity, or a speaker of two or three capitalised words that is no organisation or place) is that person. A
    word the article also uses as a place or as another name's first word ('Jordan', 'Ford'), or a common noun,
    keeps its own."""
    labels: dict[str, set[str]] = {}
    for e in doc._.entities or []:
        labels.setdefault(e.canonical or e.text, set()).add(e.label)
    names = {n for n, kinds in labels.items() if "PERSON" in kinds}
    names |= {q.speaker for q in quotes if q.speaker and 2 <= len(q.speaker.split()) <= 3
              and all(w[:1].isupper() for w in q.speaker.split())
              and not labels.get(q.speaker, set()) & (_PLACES | {"ORG", "NORP"})}
    by_surname: dict[str, set[str]] = {}
    openers: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) > 1:
            by_surname.setdefault(fold(words[-1]), set()).add(name)
            openers.add(fold(words[0]))
    places = {fold(n) for n, kinds in labels.items() if kinds & _PLACES}
    out = []
    for q in quotes:
        word = q.speaker
        owned = _after_its_firm(word)
        if owned is not None and owned not in names:  # "Greenwell's Brown noted": Keith Brown of Greenwell Montagu
            word = owned
        if word and " " not in word and word[:1].isupper() and not word.isupper() and (word not in names or owned) \
                and _a_name(doc, q.speaker_start):
            folded = fold(word)
            owners = by_surname.get(folded, set())
            if len(owners) == 1 and folded not in openers and folded not in places:
                q = replace(q, speaker=next(iter(owners)))
        out.append(q)
    return out


def _after_its_firm(name: str | None) -> str | None:
    """'Greenwell's Brown', 'Salomon's di Clemente': wire copy names a person by their firm's name and surname."""
    if not name or "'s " not in name:
        return None
    owner, surname = name.split("'s ", 1)
    return surname if owner[:1].isupper() and " " not in owner and surname[:1].isupper() and \
        " " not in surname else None


def _a_name(doc: Doc, start: int | None) -> bool:
    """'Sekimoto said' is a name the parse or the model knows; 'Dealers noted' opening a sentence is a common noun,
    even beside an organisation the model took for a person ('International Bond Dealers')."""
    span = doc.char_span(start, start + 1, alignment_mode="expand") if start is not None else None
    return span is not None and (span[0].pos_ == "PROPN" or span[0].ent_type_ != "")
