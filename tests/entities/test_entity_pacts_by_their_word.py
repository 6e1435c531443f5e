"""An agreement or a law is named by its last word ('Accord', 'Agreement', 'Treaty', 'Act', 'Constitution'), whatever
the model made of it (an event, a product, a work) or a first word made of it ('Plaza' opens a square's name)
(real model).

Our own sentences, with pacts named for real cities; a film titled with two words ending in 'Act' stays a work.
"""

from __future__ import annotations

from store.analysis import analyze


def _labels(nlp, text: str, name: str) -> set[str]:
    return {e.label for e in analyze(nlp, text).entities if e.text == name}


def test_pacts_named_for_a_city_or_a_square(nlp) -> None:
    text = (
        "LONDON, April 2 - The dollar has fallen since the Plaza Accord, and the Paris Agreement did not stop it, "
        "dealers said.\n"
    )
    assert _labels(nlp, text, "Plaza Accord") == {"LAW"}
    assert _labels(nlp, text, "Paris Agreement") == {"LAW"}


def test_a_constitution_read_as_an_event(nlp) -> None:
    text = "Lawmakers said the Fair Harvest Act and the US Constitution allowed it.\n"
    assert _labels(nlp, text, "US Constitution") == {"LAW"}


def test_a_two_word_title_stays_a_work(nlp) -> None:
    text = 'Critics said the film "Sister Act" was the comedy of the year.\n'
    assert "LAW" not in _labels(nlp, text, "Sister Act")
