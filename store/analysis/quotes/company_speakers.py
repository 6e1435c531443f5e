"""A company's short name speaking after its full name, when the model tagged neither as the company: 'ROY, Utah -
Iomega Corp said …. Iomega said' (Iomega tagged a person), 'Chapman Energy INc said …. Chapman said' (Chapman a
town). No entity joined them, so the speakers do: the short name is the one company whose legal name opens with it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..entities.referents import CORPORATE, key
from ..types import Quote


def companies_by_short_name(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    people = {e.canonical or e.text for e in doc._.entities or [] if e.label == "PERSON" and " " in (e.canonical or "")}
    # each legal name's key once, not once for every quote that may be its short name
    full = {q.speaker: key(tuple(q.speaker.split())) for q in quotes if q.speaker and len(q.speaker.split()) > 1
            and q.speaker[:1].isupper() and key((q.speaker.split()[-1],))[0] in CORPORATE}
    if not full:
        return quotes
    out = []
    for q in quotes:
        name = q.speaker
        if name and name[:1].isupper() and name not in full and name not in people:
            words = key(tuple(name.split()))
            owners = {f for f, f_key in full.items() if f_key[:len(words)] == words and len(f_key) > len(words)}
            if len(owners) == 1:
                q = replace(q, speaker=owners.pop())
        out.append(q)
    return out
