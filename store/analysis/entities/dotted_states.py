"""A state's abbreviation whose full stop the tokenizer split off ("Sen. Bernie Sanders (Vt.)", "Austin, Tex.,"):
the model tags "Vt" and the name lost its dot, while "Fla." and "Va." keep theirs. The abbreviation as written,
dot included, as news copy writes a state after a town or a lawmaker's name."""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import Mention, mention_of
from .vocabulary import STATE_ABBREVIATIONS


def dotted_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if m.end - m.start == 1 and m.label in ("GPE", "LOC", "ORG", "NORP") and m.end < len(doc) \
                and doc[m.end].text == "." and not doc[m.start].whitespace_ \
                and doc[m.start].text + "." in STATE_ABBREVIATIONS:
            m = mention_of(doc[m.start : m.end + 1], "GPE", m.role, m.affiliation)
        out.append(m)
    return out
