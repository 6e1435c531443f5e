"""The reporters, writers and editors a wire story credits in brackets at its foot ("Reporting by ...; Editing by
...") are persons, whatever the model made of their names; the town after 'in' stays a town (real model and
pipeline). Passages of our own; the people are made up, the towns are public names."""

from __future__ import annotations

from entity_support import label_by_text, labels_of


def test_a_second_reporter_after_a_town_is_a_person(nlp) -> None:
    text = "Teachers marched on Monday. (Reporting by Ximena Quisbert in Sucre and Fatoumata Keita; Editing by Joanna Pell)"
    labels = label_by_text(nlp, text)
    assert labels["Fatoumata Keita"] == "PERSON"
    assert labels["Sucre"] == "GPE"


def test_a_reporter_of_three_words_is_a_person(nlp) -> None:
    text = "Prices of tin fell. (Reporting by Lucía Choque Apaza; Writing by Fatou Ndiaye; Editing by Helen Marsh)"
    assert labels_of(nlp, text, "Lucía Choque Apaza") == {"PERSON"}


def test_reporting_by_a_body_inside_a_sentence_is_left_alone(nlp) -> None:
    text = "Reporting by the agency showed a rise in cases, the minister said."
    assert not any(label == "PERSON" for label in label_by_text(nlp, text).values())


def test_a_desk_credited_is_no_person(nlp) -> None:
    text = "Prices of tin fell. (Reporting by Asia Pacific Desk; Editing by Helen Marsh)"
    assert "PERSON" not in labels_of(nlp, text, "Asia Pacific Desk")
