"""A name the model took for a person's that says 'it' of itself, as the subject of a firm's deed ('said it
bought', 'said it plans to close', 'said it now owns'), is an organisation's (real model, real pipeline). A
person whose 'it' is a state of affairs ('said it would help'), and a person named in full, stay persons."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_that_bought_shares_is_a_firm(nlp) -> None:
    text = "Grafton said it bought 40 pct of the shares from the founding family."
    assert labels_of(nlp, text, "Grafton") == {"ORG"}


def test_a_name_that_plans_to_close_plants_is_a_firm(nlp) -> None:
    text = "On Tuesday Marsden said it plans to close two plants in Ohio."
    assert labels_of(nlp, text, "Marsden") == {"ORG"}


def test_a_name_that_owns_stakes_is_a_firm(nlp) -> None:
    text = "In a statement Delvin said it now owns stakes in six oil fields."
    assert labels_of(nlp, text, "Delvin") == {"ORG"}


def test_a_senator_saying_it_would_help_stays_a_person(nlp) -> None:
    text = "Senator Pryce said it would help farmers in his state."
    assert labels_of(nlp, text, "Pryce") == {"PERSON"}


def test_a_person_named_in_full_stays_a_person(nlp) -> None:
    text = "Rita Manning said it would sell the unit next year."
    assert labels_of(nlp, text, "Rita Manning") == {"PERSON"}
