"""A one-word name the model types an organisation, listed by commas and 'and' with two places or more after a
preposition of place ('flights to <Island>, <Island> and <Country>'), is a place too (real model, real pipeline).
An acronym listed with countries stays a body, and so does a name listed with no preposition of place before it."""

from __future__ import annotations

from entity_support import labels_of


def test_an_island_listed_with_two_places_after_to(nlp) -> None:
    text = "Cheap flights to Lanzarote, Malta and Cyprus sold out within hours."
    assert labels_of(nlp, text, "Lanzarote") == {"GPE"}


def test_an_island_listed_after_spread_to(nlp) -> None:
    text = "The virus has spread to Bali, Lombok and East Timor."
    assert labels_of(nlp, text, "Lombok") == {"GPE"}


def test_an_acronym_listed_with_countries_stays_a_body(nlp) -> None:
    text = "Exports to Japan, Canada and the EEC rose last year."
    assert labels_of(nlp, text, "EEC") == {"ORG"}
