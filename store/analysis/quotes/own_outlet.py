"""The outlet that writes an article is no source in it: "Wikinews spoke with <Name> about X", "<Name> told
Wikinews X" (the hearer, never the speaker), "Wikinews asked three pundits to …" tell how the writer got the story;
the interviewer's questions are no quotes either (see attach._without_interviewer)."""

from __future__ import annotations

from ..types import Quote
from .cue_table import cues

_OWN = frozenset(w.lower() for w in cues()["own_outlets"])


def without_the_writer(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if (q.speaker or "").lower() not in _OWN]
