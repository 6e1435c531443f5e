"""Two pieces of one name the model tagged apart, side by side with one space between and the same label ('Las'
and 'Estrellas' for "Las Estrellas' village", 'South-east' and 'Asia', 'Abdul Aziz Ibn Salman' and 'Ibn Abdul
Aziz'): two names of one kind rarely touch inside a sentence without a comma or a word between them, unless the
second is a full name opening with a given name: a person after her post ("Ambassador to the United Nations
Nikki Haley")."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .names import is_first_name
from .vocabulary import TITLES


def pieces_of_one_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and prev.label == m.label \
                and m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and doc[prev.end - 1].whitespace_ == " " \
                and not prev.role and not m.role and doc[prev.end - 1].lower_ not in TITLES \
                and not doc[m.start].is_sent_start \
                and not (len(m.words) > 1 and is_first_name(m.words[0])):  # "the United Nations Nikki Haley"
            out[-1] = mention_of(doc[prev.start : m.end], m.label, None, prev.affiliation or m.affiliation)
        else:
            out.append(m)
    return out
