"""A legal form left speaking alone: 'ALBANY, N.Y., March 4 - Quorvex corp said …' where the model tagged no
company and the parse hung the name's first word on the dateline, so the speaker came out as "corp" and every "it
said" after it too. The words just before the legal form, on its line, name the firm (DESIGN.md: an organisation
speaks under the name the article gives)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..entities.referents import CORPORATE, fold
from ..types import Quote
from .index import text_of

# a word of a firm's name as wire copy writes it: "Quorvex", "E-tron", "Bo-Lan's", "AMX"
_NAME_WORD = re.compile(r"[A-Z][\w'&.-]*$")
_NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "For", "And", "But", "Its", "Unit", "Subsidiary"})


def named_legal_forms(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    lone = {q.speaker for q in quotes if q.speaker and " " not in q.speaker and fold(q.speaker) in CORPORATE}
    if not lone:
        return quotes
    text = text_of(doc)
    names: dict[str, str] = {}
    for q in quotes:
        # the source as written ends in the legal form: "corp", or "E-tron Corp" where the model tagged "Corp"
        if q.speaker not in lone or q.speaker in names or q.speaker_start is None \
                or not text[q.speaker_start:q.speaker_end].endswith(q.speaker):
            continue
        words = _name_before(text, q.speaker_end - len(q.speaker))
        if words:
            names[q.speaker] = " ".join(words + [q.speaker])
    if not names:
        return quotes
    return [replace(q, speaker=names[q.speaker]) if q.speaker in names else q for q in quotes]


def _name_before(text: str, start: int) -> list[str]:
    """The capitalised words just before `start` on its line, back to the dateline's dash or a comma; at most four."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    words: list[str] = []
    for w in reversed(line.split(" ")[:-1] if line.endswith(" ") else []):
        if not _NAME_WORD.match(w) or w in _NOT_NAMES or w.endswith(",") or len(words) == 4:
            break
        words.insert(0, w)
    return words
