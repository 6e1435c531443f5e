"""A result the model ran into a name is no part of it: "knocked out by [Marco Rinaldi 6-4 7-5]" names Marco Rinaldi;
a set's scores joined by a comma ("4-6,3-6") are cut too. A road's or a model's number of three figures a side
("Highway 401-404") is no score and stays (real model)."""

from __future__ import annotations

from entity_support import mentions


def test_a_players_set_scores_are_cut_from_his_name(nlp) -> None:
    text = "The holder was knocked out by Marco Rinaldi 6-4 7-5 on clay in Rome. Rinaldi plays again on Friday."
    assert ("Marco Rinaldi", "PERSON", "Marco Rinaldi") in mentions(nlp, text)
    assert not any(any(c.isdigit() for c in m[0]) for m in mentions(nlp, text) if m[1] == "PERSON")


def test_scores_joined_by_a_comma_are_cut(nlp) -> None:
    text = "Hartmann lost to Olga Petrova 4-6,3-6 in the first round of the tennis event in Doha."
    assert ("Olga Petrova", "PERSON", "Olga Petrova") in mentions(nlp, text)


def test_a_number_of_three_figures_a_side_is_no_score(nlp) -> None:
    text = "He drove along Highway 401-404 towards Toronto."
    assert ("Highway 401-404", "FAC", "Highway 401-404") in mentions(nlp, text)
