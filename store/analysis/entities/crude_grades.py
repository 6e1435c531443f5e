"""A crude oil's grade, named for the field or state it comes from and the word the trade gives its sulphur or its
weight: 'West Texas Intermediate', 'Louisiana Sweet', 'West Texas Sour'. The model reads the place and the word
after it as a person's first name and surname, or as a firm or a region. A reader sees a commodity priced by the
barrel: it is a product (PRODUCT), in every mention. A surname spelt like the grade's word after a first name
('Orville Sweet') names no place and is left alone."""

from __future__ import annotations

from . import gazetteer
from .mentions import Mention

_GRADE_WORDS = {"Sweet", "Sour", "Intermediate"}
# a part of the state or the field ('West Texas', 'South Louisiana'), written before the place's own name
_QUARTERS = {"West", "East", "North", "South"}


def _named_for_a_place(words: tuple[str, ...], places: frozenset[str]) -> bool:
    place = words[1:] if len(words) > 1 and words[0] in _QUARTERS else words
    return bool(place) and all(w[:1].isupper() for w in place) and gazetteer.is_place(" ".join(place), places)


def crude_grades(mentions: list[Mention], places: frozenset[str]) -> None:
    for m in mentions:
        if m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and len(m.words) > 1 and not m.role \
                and m.words[-1] in _GRADE_WORDS and _named_for_a_place(m.words[:-1], places):
            m.label = "PRODUCT"
