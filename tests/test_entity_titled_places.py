"""A person whose surname is a town's, after a title or a country's possessive ('<Country>'s <First> <Town>'), is a
person, first name and all, where the model typed the name, or the surname alone, a place (real model and
pipeline). Made-up persons; a place whose name opens with a first name ('Victoria Falls', 'Jordan Valley') is left
alone."""

from __future__ import annotations

from entity_support import label_by_text, mentions


def test_a_first_name_and_a_towns_name_after_a_possessive_are_a_person(nlp) -> None:
    text = "The talks ended on Monday, said Panama's Alberto Lagos, one of several presidents at the meeting."
    assert ("Alberto Lagos", "PERSON", "Alberto Lagos") in mentions(nlp, text)


def test_the_first_name_left_out_goes_back_into_the_name(nlp) -> None:
    text = "The talks ended on Monday, said Panama's Hector Toledo, one of several presidents at the meeting."
    assert ("Hector Toledo", "PERSON", "Hector Toledo") in mentions(nlp, text)


def test_places_opening_with_a_first_name_stay_places(nlp) -> None:
    labels = label_by_text(nlp, "Israel's Jordan Valley was quiet on Monday, officials said.")
    assert labels.get("Jordan Valley") == "LOC"
    labels = label_by_text(nlp, "Farmers in Georgia's Jackson County said on Monday the drought was over.")
    assert labels.get("Jackson County") == "GPE"
