"""A small place of the villages gazetteer the model calls a person, listed by 'and' or a comma after a name that
stands right after a preposition of place ('from <Village>, <Village> and <Village>', 'in <Village>, <Village> and
<Village>'), is a place, as the first of the list is (real model, real pipeline). A name a first name spells stays
what the model said, and a person listed after a person ('letters from <Name> and <Name>') is no place by that."""

from __future__ import annotations

from entity_support import labels_of


def test_a_village_listed_after_one_from_is_a_place(nlp) -> None:
    text = "Volunteers arrived from Achoma, Madrigal and Cabanaconde on Sunday, the regional governor said."
    assert labels_of(nlp, text, "Madrigal") == {"GPE"}


def test_a_village_listed_after_one_in_is_a_place(nlp) -> None:
    text = "Power was cut in Coporaque, Madrigal and Lari overnight."
    assert labels_of(nlp, text, "Madrigal") == {"GPE"}


def test_a_first_name_listed_after_a_village_stays_a_person(nlp) -> None:
    text = "Power was cut in Coporaque, Madrigal and Lari overnight."
    assert "GPE" not in labels_of(nlp, text, "Lari")
