"""Shared by the quote tests: an article's quotes and their speakers, the one quote holding a fragment, and the
pieces the quotation marks delimit."""

from __future__ import annotations

from store.analysis import analyze
from store.analysis.quotes.marks import find_quotes


def quotes_of(nlp, text: str):
    return analyze(nlp, text).quotes


def find(quotes, fragment: str):
    """The shortest of `quotes` holding `fragment` (a split quote's pieces hold it too)."""
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


def only(quotes, fragment: str):
    """The one quote of `quotes` holding `fragment`; two would mean a report found twice."""
    hits = [q for q in quotes if fragment in q.text]
    assert len(hits) == 1, f"{fragment!r} in {[(q.text, q.speaker) for q in quotes]}"
    return hits[0]


def quote_with(nlp, text: str, fragment: str):
    """The shortest quote of the article holding `fragment`."""
    return find(quotes_of(nlp, text), fragment)


def speaker_of(nlp, text: str, fragment: str) -> str | None:
    """The speaker of the shortest quote holding `fragment`."""
    return quote_with(nlp, text, fragment).speaker


def described(nlp, text: str, fragment: str) -> tuple[str | None, str | None, str | None]:
    """How the shortest quote holding `fragment` shows its speaker: name, role and affiliation."""
    q = quote_with(nlp, text, fragment)
    return q.speaker, q.speaker_role, q.affiliation


def speakers_in(nlp, text: str) -> list[str | None]:
    """The speaker of each quote of the article, in the order the analysis gives them."""
    return [q.speaker for q in quotes_of(nlp, text)]


def pieces(text: str) -> list[list[str]]:
    """The text of each piece of each quotation the marks delimit, before any analysis."""
    return [[text[s:e] for s, e in group] for group in find_quotes(text)]
