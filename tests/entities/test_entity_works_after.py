"""A name the model took for a person's, right before a works' or a piece of land's noun in lower case that it
modifies ('the ... mine', 'its ... platform', 'the ... quarry'), names that works or that land (real model,
real pipeline). A verb or an adverb that only spells like the noun ('claims the title', 'wished ... well') leaves
the person alone, and a firm the article names in full before its own mine stays what it was."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_before_mine_is_the_mine(nlp) -> None:
    text = "Output resumed at the Hadley mine near Elko, Nev., the company said."
    assert labels_of(nlp, text, "Hadley") == {"FAC"}


def test_a_name_before_platform_is_the_platform(nlp) -> None:
    text = "Gunboats hit the Dorrance platform late on Sunday, officials said."
    assert labels_of(nlp, text, "Dorrance") == {"FAC"}


def test_a_name_before_quarry_is_the_quarry(nlp) -> None:
    text = "Crews reopened the Dunmore quarry after the floods, the council said."
    assert labels_of(nlp, text, "Dunmore") == {"FAC"}


def test_a_person_before_an_adverb_stays_a_person(nlp) -> None:
    text = "The senator said he wished Marlowe well after the court ruled on Friday."
    assert labels_of(nlp, text, "Marlowe") == {"PERSON"}


def test_a_firm_before_its_own_mine_is_left_alone(nlp) -> None:
    text = "Brennock Coal filed for bankruptcy last year. The court let Brennock sell the Brennock mine to a new owner."
    assert "FAC" not in labels_of(nlp, text, "Brennock")
