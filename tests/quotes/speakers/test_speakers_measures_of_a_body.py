"""Figures, data and estimates a body made, named by the body's short name before them, are that body's (real
model). Passages of our own in the shape of the modern news they were read from."""

from __future__ import annotations

from store.analysis import analyze


def _speakers(nlp, text: str, words: str) -> set[str]:
    return {q.speaker for q in analyze(nlp, text).quotes if words in q.text}


def test_estimates_named_by_an_acronym_are_the_bodys(nlp):
    text = "Latvia spent 2.9 percent of its output on defence last year, according to NATO estimates."
    assert _speakers(nlp, text, "spent 2.9 percent") == {"NATO"}


def test_data_named_by_an_acronym_defined_before_are_the_full_bodys(nlp):
    text = ("The National Grain Research Office (NGRO) cut its harvest forecast on Monday.\n\n"
            "Wheat stocks fell 4 percent in May, according to NGRO data.")
    assert _speakers(nlp, text, "stocks fell") == {"National Grain Research Office"}


def test_a_measure_with_an_owner_before_is_not_its_kinds(nlp):
    # the owner made the result; the name between says what kind of result it is
    text = "The ferry was still in port on Monday, according to MarineTrack's latest AIS result."
    assert "AIS" not in _speakers(nlp, text, "still in port")
