"""A known given name the model left untagged, run straight into a surname it tagged alone as a place or a body, is
one person's name where the name is set off by 'a' after a comma or says something (real model and pipeline).
Passages of our own; the people are made up."""

from __future__ import annotations

from entity_support import label_by_text


def test_a_given_name_joins_a_surname_tagged_as_a_place(nlp) -> None:
    labels = label_by_text(nlp, "Anjali Shrestha, a geologist at the university, said many roads had been cut.")
    assert labels.get("Anjali Shrestha") == "PERSON"
    assert "Shrestha" not in labels


def test_a_town_after_a_preposition_stays_a_town(nlp) -> None:
    assert label_by_text(nlp, "In Paris, a spokesman said the talks were over.") == {"Paris": "GPE"}
