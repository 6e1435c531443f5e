"""Shared by the quote tests: an article's quotes, and the one quote holding a fragment."""

from __future__ import annotations

from store.analysis import analyze


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
