"""A crude oil's grade named for its state or field and the trade's word for its sulphur or weight ('West Texas
Intermediate', 'Louisiana Sweet', 'West Texas Sour') is a product, not a person, a firm or a region (real model, real
pipeline). A person whose surname is spelt like the grade's word stays a person."""

from __future__ import annotations

from entity_support import labels_of


def test_grades_posted_by_a_refiner_are_products(nlp) -> None:
    text = ("Pemberton put up its buying price for West Texas Intermediate by 50 cts, and Light Louisiana Sweet rose "
            "to 19.80 dlrs a barrel.")
    assert labels_of(nlp, text, "West Texas Intermediate") == {"PRODUCT"}
    assert labels_of(nlp, text, "Louisiana Sweet") == {"PRODUCT"}


def test_a_sour_grade_is_a_product(nlp) -> None:
    text = "West Texas Sour slipped to 17.40 dlrs a barrel at the refinery gate, the refiner said."
    assert labels_of(nlp, text, "West Texas Sour") == {"PRODUCT"}


def test_a_surname_spelt_like_a_grade_stays_a_person(nlp) -> None:
    text = "Executive director Harold Sweet said the fair would open in May. Sweet said attendance had doubled."
    assert labels_of(nlp, text, "Harold Sweet") == {"PERSON"}
    assert labels_of(nlp, text, "Sweet") == {"PERSON"}
