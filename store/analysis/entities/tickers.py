"""Reuters copy puts a company's stock ticker in angle brackets straight after its name ("Valeo <VLOF.PA>
said"). Only a listed company has a ticker, so every mention of a name written so is the company's, whatever
the small model guessed for it ("Valeo said" as a person, "Kansas City Southern" as a state)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import text_of
from .mentions import Mention
from .referents import key

TICKER = re.compile(r"<[A-Z0-9][A-Z0-9.=^-]{0,14}>")


def ticker_companies(doc: Doc, mentions: list[Mention], canonical: dict[int, str]) -> None:
    text = text_of(doc)
    if "<" not in text:
        return  # most articles have no ticker: the text answers before any span is built
    names: set[str] = set()
    words: set[tuple[str, ...]] = set()
    for found in TICKER.finditer(text):
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is not None and (before := capitalised_before(doc, span.start)):
            words.add(key(before))
    ends = {found.start() for found in TICKER.finditer(text)}
    for m in mentions:
        span = doc[m.start : m.end]
        gap = text[span.end_char : span.end_char + 2]
        if m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and any(
                span.end_char + k in ends for k in range(len(gap) - len(gap.lstrip()) + 1)):
            names.add(canonical.get(id(m), m.name))
            words.add(key(m.words))
    for m in mentions:
        if m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and (
                canonical.get(id(m), m.name) in names or key(m.words) in words):
            m.label = "ORG"


def capitalised_before(doc: Doc, at: int) -> tuple[str, ...]:
    """The run of capitalised words straight before a ticker, when the model tagged none of it: 'Valeo'."""
    start = at
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and at - start < 6:
        start -= 1
    return tuple(t.text for t in doc[start:at])
