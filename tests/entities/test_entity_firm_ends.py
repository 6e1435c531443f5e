"""A name whose last word is one that ends only a firm's name ('Engineering', 'Utilities', 'Mines', 'Lumber') is an
organisation, though the model reads it as a person's (real model, real pipeline). A person's name is left alone."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_ending_in_engineering_is_a_firm(nlp) -> None:
    text = "The work went to Dorran Engineering, a local builder."
    assert labels_of(nlp, text, "Dorran Engineering") == {"ORG"}


def test_a_name_ending_in_mines_is_a_firm(nlp) -> None:
    text = "Shelby Mines was formed in 1950 to run the pit."
    assert labels_of(nlp, text, "Shelby Mines") == {"ORG"}


def test_a_person_whose_surname_only_starts_like_one_stays_a_person(nlp) -> None:
    text = "Anna Lumberg, the group's treasurer, said costs would rise."
    assert labels_of(nlp, text, "Anna Lumberg") == {"PERSON"}
