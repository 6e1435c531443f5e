"""A state's name of two words or more that opens with a word the first-name list holds ('Mato Grosso') is the state,
not a person (real model, real pipeline); a person whose name only shares a state's first word stays a person."""

from __future__ import annotations

from entity_support import labels_of


def test_a_state_listed_with_others_is_a_state(nlp) -> None:
    text = "Soybean growers in Bahia, Parana and Mato Grosso expect a record harvest this year."
    assert labels_of(nlp, text, "Mato Grosso") == {"GPE"}


def test_a_state_after_near_is_a_state(nlp) -> None:
    text = "Rebels near Mato Grosso attacked a farm."
    assert labels_of(nlp, text, "Mato Grosso") == {"GPE"}


def test_a_person_sharing_a_states_first_word_stays_a_person(nlp) -> None:
    text = "Mato Ferreira, the farm's owner, said the crop was lost."
    assert "GPE" not in labels_of(nlp, text, "Mato Ferreira")
