"""'Laos' is a country, though it reads as the plural of a people's word ('Lao'): not a people (real model and
pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import labels_of


def test_laos_is_a_country(nlp) -> None:
    assert labels_of(nlp, "Floods hit Malawi and Laos last week, the agency said.", "Laos") == {"GPE"}
