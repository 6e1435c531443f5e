"""What the date tests ask of the real pipeline: the (type, value) the analysis gives one expression of a text, or
every date it finds in a text."""

from __future__ import annotations

from datetime import date

from store.analysis import analyze


def dated(nlp, text: str, expression: str, published: date) -> tuple[str, str]:
    """The (type, value) of the first date mention whose text is `expression`, checking its offsets."""
    found = [d for d in analyze(nlp, text, published).dates if d.text == expression]
    assert found, f"{expression!r} not dated in {text!r}"
    assert text[found[0].start:found[0].end] == expression
    return found[0].type, found[0].value


def dates_found(nlp, text: str, published: date | None = None) -> list[tuple[str, str, str]]:
    """(text, type, value) of every date mention the analysis gives, in text order."""
    return [(d.text, d.type, d.value) for d in analyze(nlp, text, published).dates]


def date_texts(nlp, text: str, published: date | None = None) -> list[str]:
    """The text of every date mention the analysis gives, in text order."""
    return [d.text for d in analyze(nlp, text, published).dates]


def date_values(nlp, text: str, published: date | None = None) -> list[tuple[str, str]]:
    """(text, value) of every date mention the analysis gives, in text order."""
    return [(d.text, d.value) for d in analyze(nlp, text, published).dates]
