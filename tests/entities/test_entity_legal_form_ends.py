"""A name the model reads as a person's that closes on a firm's legal form written abroad ('SpA', 'GmbH') or on
'Brothers' with a capital is a firm's (real model, real pipeline). Kin in lower case ('the Kessler brothers') and a
person's name are left alone."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_closing_on_spa_is_a_firm(nlp) -> None:
    text = "Its supplier, Vellano Tessitura Moretti SpA, was not named in the suit."
    assert labels_of(nlp, text, "Vellano Tessitura Moretti SpA") == {"ORG"}


def test_a_name_closing_on_gmbh_is_a_firm(nlp) -> None:
    text = "The unit was sold to Harmon Kessel GmbH last year."
    assert labels_of(nlp, text, "Harmon Kessel GmbH") == {"ORG"}


def test_a_name_closing_on_brothers_is_a_firm(nlp) -> None:
    text = "Ruth Olsen was named finance chief of Garrick Brothers, where she will oversee a staff of 300."
    assert labels_of(nlp, text, "Garrick Brothers") == {"ORG"}
    assert labels_of(nlp, text, "Ruth Olsen") == {"PERSON"}


def test_brothers_in_lower_case_leave_the_family_a_person(nlp) -> None:
    text = "The Kessler brothers said they would sell the farm."
    assert labels_of(nlp, text, "Kessler") == {"PERSON"}
