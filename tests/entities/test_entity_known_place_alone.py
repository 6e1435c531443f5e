"""A city the gazetteer knows, which the model took for a person, standing alone where nothing in the article shows
a person of that name, is the place (real model).

Our own sentences.
"""

from __future__ import annotations

from store.analysis import analyze


def _labels(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label for e in analyze(nlp, text + "\n").entities}


def test_a_known_city_alone_is_a_place(nlp) -> None:
    assert _labels(nlp, "Soya oil was quoted at 400 dlrs a tonne cif Rotterdam on Friday.")["Rotterdam"] == "GPE"


def test_a_first_name_that_is_also_a_city_is_left(nlp) -> None:
    assert _labels(nlp, "His wife, Nancy, was in hospital.").get("Nancy") == "PERSON"


def test_the_surname_of_a_person_named_in_full_is_left(nlp) -> None:
    text = ("Trade Minister Carlos Rotterdam arrived on Monday. Talks with Rotterdam will resume, "
            "officials said.")
    assert _labels(nlp, text).get("Rotterdam") != "GPE"
