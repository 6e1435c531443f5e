"""A person's name with a stray capitalised word run onto its front ('Crooked Hillary Clinton' in a chant, 'Rip
Donald Trump' in a headline): when the rest is a full name the article has already given, the extra word is
no part of it; kept, it would become the person's name in every later mention."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .names import given_name
from .particles import PARTICLES


def stray_word_before_a_name(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[str, ...]] = set()
    out: list[Mention] = []
    for m in mentions:
        if m.label == "PERSON" and len(m.words) >= 3 and m.words[1:] in seen and m.end - m.start == len(m.words) \
                and m.words[0].isalpha() and m.words[0][:1].isupper() and not given_name(m.words[0]) \
                and m.words[0].lower() not in PARTICLES:
            m = mention_of(doc[m.start + 1 : m.end], "PERSON", m.role, m.affiliation)
        if m.label == "PERSON" and len(m.words) >= 2:
            seen.add(m.words)
        out.append(m)
    return out
