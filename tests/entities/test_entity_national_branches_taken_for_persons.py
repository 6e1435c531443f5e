"""A firm's national branch named '<Brand> <Country>', which the model reads as a person's name when it does not
know the brand, is a firm; a person whose family name is a country's stays a person (real model and pipeline).
Passages of our own; the firms and people are made up."""

from __future__ import annotations

from entity_support import labels_of


def test_a_brand_before_a_country_is_a_firm(nlp) -> None:
    text = "Mobile operator Zentrix Oman said on Tuesday its profit rose 12%, ahead of rival Telvora Oman."
    assert labels_of(nlp, text, "Telvora Oman") == {"ORG"}


def test_a_branch_alone_is_a_firm(nlp) -> None:
    assert labels_of(nlp, "Ferrovan Peru said it would cut 300 jobs.", "Ferrovan Peru") == {"ORG"}


def test_a_person_with_a_countrys_family_name_stays_a_person(nlp) -> None:
    assert labels_of(nlp, "Jools Holland played the piano at the festival on Saturday.", "Jools Holland") == {"PERSON"}
    assert labels_of(nlp, "Striker Jordan Henderson said the team was ready.", "Jordan Henderson") == {"PERSON"}
