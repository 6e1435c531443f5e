"""Days a sentence bounds from ahead: "might vote as soon as Tuesday", "could meet as early as Friday".

A weekday so bound is the earliest the thing may happen, so one still to come, whatever a hedged verb ("might",
"could") leaves open. A verb in the past keeps the day gone: "knew as early as Monday"."""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import lowers
from .lexicon import AHEAD_BOUNDS


def bounded_ahead(doc: Doc, s: int, told: str | None) -> bool:
    """Whether the date starting at token s lies ahead because "as soon as" or "as early as" bounds it; `told` is
    the tense of its verb."""
    before = lowers(doc)[max(0, s - 3):s]
    return told != "past" and any(before[-len(p):] == list(p) for p in AHEAD_BOUNDS)
