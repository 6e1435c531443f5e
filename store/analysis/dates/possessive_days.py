"""Weekdays written with a possessive ("Tuesday's vote", "Monday night's match") name an event the story points
back at as often as ahead: "the outcome of Tuesday's vote will shape the budget", told on Thursday, is of a vote two
days gone, though the verb looks ahead. A possessive weekday the tense put five or six days ahead is the same
weekday one or two days back, unless the event itself is what the clause looks ahead to ("Sunday's vote is
expected to be close": the vote is its subject). Read back, it stays back: "after Saturday's storm", "well ahead
of Friday's close of 72.4" are days gone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from ..doctext import text_of
from ..types import DateMention
from .lexicon import PARTS_OF_DAY, WEEKDAYS

_POSSESSIVES = ("'s", "’s")


def _bare_weekday(text: str) -> bool:
    words = text.lower().split()
    return 1 <= len(words) <= 2 and words[0] in WEEKDAYS and all(w in PARTS_OF_DAY for w in words[1:])


def _event_is_subject(doc: Doc, m: DateMention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.head.dep_ in ("nsubj", "nsubjpass")


def nearer_possessive_weekdays(doc: Doc, mentions: list[DateMention], ref: date | None) -> list[DateMention]:
    if ref is None:
        return mentions
    text = text_of(doc)
    out = []
    for m in mentions:
        if text[m.end:m.end + 2] in _POSSESSIVES and _bare_weekday(m.text) and not _event_is_subject(doc, m):
            try:
                gap = (date.fromisoformat(m.value[:10]) - ref).days
            except ValueError:
                gap = 0
            if gap in (5, 6):
                m = replace(m, value=(ref - timedelta(days=7 - gap)).isoformat() + m.value[10:])
        out.append(m)
    return out
