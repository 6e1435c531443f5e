"""Shared by the quote tests: an article's quotes, and the one quote holding a fragment."""

from __future__ import annotations

from store.analysis import analyze


def quotes_of(nlp, text: str):
    return analyze(nlp, text).quotes


def quote_with(nlp, text: str, fragment: str):
    """The shortest quote holding `fragment` (a split quote's pieces hold it too)."""
    quotes = [q for q in quotes_of(nlp, text) if fragment in q.text]
    assert quotes, f"no quote containing {fragment!r}"
    return min(quotes, key=lambda q: len(q.text))


def speaker_of(nlp, text: str, fragment: str) -> str | None:
    """The speaker of the shortest quote holding `fragment`."""
    return quote_with(nlp, text, fragment).speaker
