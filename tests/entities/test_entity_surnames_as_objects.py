"""A surname the model leaves untagged as the second object of a verb ('handed <Surname> a blanket', 'gave <Surname>
a watch'), in a list ('<Surname> and <Surname>') or in an apposition, where the article named the person in full, is
that person, as it already was as a subject or an object (real model, real pipeline). The sentences and the persons
are our own."""

from __future__ import annotations

from store.analysis import analyze


def _persons(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in analyze(nlp, text).entities if e.label == "PERSON"]


def test_a_surname_handed_a_blanket_is_the_person(nlp) -> None:
    text = ("Divers pulled swimmer Paul Hale from the lake on Sunday.\n\n"
            "The crew handed Hale a blanket before the ambulance came.")
    assert ("Hale", "Paul Hale") in _persons(nlp, text)


def test_a_surname_given_a_gift_is_the_person(nlp) -> None:
    text = "Coach Mary Hawk left the club on Friday.\n\nThe board thanked her for her work, and gave Hawk a watch."
    assert ("Hawk", "Mary Hawk") in _persons(nlp, text)
