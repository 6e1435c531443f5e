"""A band named after the noun that says it is one ("the rock band Pale Lanterns") is an organisation in every
mention, as a group or a club is, not the person the model reads in a plural name; a band's member named in full
stays a person (real model)."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_after_band_is_an_organisation(nlp) -> None:
    text = ("The rock band Pale Lanterns will headline the festival in June. Pale Lanterns sold out two nights in "
            "Leeds last winter.")
    assert labels_of(nlp, text, "Pale Lanterns") == {"ORG"}


def test_a_member_named_after_band_stays_a_person(nlp) -> None:
    text = "The band member John Hale wrote most of the songs, and Hale said the tour would start in May."
    assert labels_of(nlp, text, "John Hale") == {"PERSON"}
