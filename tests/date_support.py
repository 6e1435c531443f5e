"""What the date tests ask of the real pipeline: the (type, value) the analysis gives one expression of a text."""

from __future__ import annotations

from datetime import date

from store.analysis import analyze


def dated(nlp, text: str, expression: str, published: date) -> tuple[str, str]:
    """The (type, value) of the first date mention whose text is `expression`, checking its offsets."""
    found = [d for d in analyze(nlp, text, published).dates if d.text == expression]
    assert found, f"{expression!r} not dated in {text!r}"
    assert text[found[0].start:found[0].end] == expression
    return found[0].type, found[0].value
