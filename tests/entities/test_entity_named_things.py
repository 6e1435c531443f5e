"""A name given to a thing the article says what it is ('a tanker named ...', 'a village called ...', 'a company
called ...') is of that thing's kind, not a person's, which the model guesses for a name after 'named'; a name
the article calls a product or a drug is a product (real model, real pipeline). A woman named so stays a person, and
so does one a company names to a post."""

from __future__ import annotations

from entity_support import labels_of


def test_a_tanker_named_so_is_no_place_or_person(nlp) -> None:
    text = "The navy said a tanker named Northern Gale was struck near the coast on Monday."
    assert labels_of(nlp, text, "Northern Gale") == {"PRODUCT"}


def test_a_village_called_so_is_a_town(nlp) -> None:
    text = "Rebels took a village called Kerlow in the northern hills, officials said."
    assert labels_of(nlp, text, "Kerlow") == {"GPE"}


def test_a_company_called_so_is_a_firm(nlp) -> None:
    text = "The investors set up a company called Brindle to hold the shares."
    assert labels_of(nlp, text, "Brindle") == {"ORG"}


def test_a_new_product_is_a_product(nlp) -> None:
    text = "The firm said its new product, Quenzar, would be sold from June."
    assert labels_of(nlp, text, "Quenzar") == {"PRODUCT"}


def test_a_drug_is_a_product(nlp) -> None:
    text = "Lanford said it has launched a heart drug, Corvastin, in Europe."
    assert labels_of(nlp, text, "Corvastin") == {"PRODUCT"}


def test_a_woman_named_so_stays_a_person(nlp) -> None:
    text = "He hired a woman named Clara Voss as his adviser last year."
    assert labels_of(nlp, text, "Clara Voss") == {"PERSON"}


def test_a_person_a_company_names_to_a_post_stays_a_person(nlp) -> None:
    text = "The company said it named Walter Brandt as chairman on Tuesday."
    assert labels_of(nlp, text, "Walter Brandt") == {"PERSON"}
