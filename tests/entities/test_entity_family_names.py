"""A family named by the plural of a surname the article gives a person in full ('the Trellmans' beside "Amy
Trellman"), which the model reads as a people or a place, is a person's entity (real model, real pipeline; our own
sentences and made-up names)."""

from __future__ import annotations

from entity_support import labels_of


def test_a_family_named_by_the_plural_of_a_surname_is_a_person(nlp) -> None:
    text = (
        "Senator Amy Trellman and her son Hugo Trellman were named in the complaint. Critics said the Trellmans "
        "had profited from the deal, and a lawyer for the Trellmans denied it."
    )
    assert labels_of(nlp, text, "Trellmans") == {"PERSON"}


def test_places_named_in_the_plural_stay_places(nlp) -> None:
    text = (
        "Governor Ray Pelham signed the bill on Monday. Critics in the Philippines and the Carolinas said the "
        "Pelham plan would cost jobs, and the Pelhams declined to comment."
    )
    assert labels_of(nlp, text, "Philippines") == {"GPE"}
    assert labels_of(nlp, text, "Carolinas") == {"GPE"}
    assert labels_of(nlp, text, "Pelhams") == {"PERSON"}
