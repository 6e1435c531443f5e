"""A known town's one word that the model reads as a person's name, set before a lower-case noun it qualifies ('a
Rotterdam dealer said', 'a Rotterdam broker'), is the town (real model, real pipeline). The sentences are our own.
A surname the article gives a person in full stays the person's ('a Jackson aide' after 'Jesse Jackson')."""

from __future__ import annotations

from entity_support import labels_of


def test_a_town_before_the_traders_it_names_is_a_place(nlp) -> None:
    text = "Prices held steady in thin trade, a Rotterdam dealer said on Friday.\n\nVolumes were low."
    assert labels_of(nlp, text, "Rotterdam") == {"GPE"}


def test_a_town_before_its_broker_opening_a_sentence_is_a_place(nlp) -> None:
    text = "A Rotterdam broker said the market was quiet.\n\nVolumes were low."
    assert labels_of(nlp, text, "Rotterdam") == {"GPE"}


def test_a_surname_of_a_person_named_in_full_stays_the_persons(nlp) -> None:
    text = "Jesse Jackson spoke in Iowa on Monday.\n\nA Jackson aide said the tour would go on."
    assert labels_of(nlp, text, "Jackson") == {"PERSON"}
