"""A firm's last word before its legal form, written alone where the model read it as a place or a surname, is the
firm ('Morton Thiokol Inc', then 'against Thiokol'); a place after a compass word is left (real model).

Our own sentences.
"""

from __future__ import annotations

from store.analysis import analyze


def _entities(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.canonical) for e in analyze(nlp, text + "\n").entities}


def test_the_firms_word_alone_is_the_firm(nlp) -> None:
    text = "Lawyers for Morton Thiokol Inc asked a court to dismiss the suit. The charges against Thiokol were dropped."
    assert _entities(nlp, text)["Thiokol"] == ("ORG", "Morton Thiokol Inc")


def test_a_place_after_a_compass_word_stays_a_place(nlp) -> None:
    text = "Japex North Sumatra Ltd drilled two wells last year. Rain slowed work in northern Sumatra, it said."
    assert _entities(nlp, text).get("Sumatra", ("GPE",))[0] != "ORG"
