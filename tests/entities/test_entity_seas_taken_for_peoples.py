"""A sea known by its adjective alone ('the Adriatic') is a place (LOC), where the model reads a people (real model
and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import labels_of


def test_the_adriatic_is_a_sea(nlp) -> None:
    text = "Fishing boats crossed the Adriatic in the night, the coast guard said."
    assert labels_of(nlp, text, "Adriatic") == {"LOC"}


def test_a_seas_adjective_before_its_noun_is_left_alone(nlp) -> None:
    text = "The Caribbean nations agreed to share a coast guard, their ministers said."
    assert "LOC" not in labels_of(nlp, text, "Caribbean")
