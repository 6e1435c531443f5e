"""A name written after Mr, Mrs or Ms is a person's, though it is also a town's, a people's or a firm's name; a
doctor's title is left alone, as firms are named for doctors (real model; our own sentences)."""

from __future__ import annotations

from entity_support import labels_of


def test_a_town_after_mr_is_the_person(nlp):
    text = ("The party suspended its candidate, Peter Denver, on Monday after a newspaper printed his remarks.\n\n"
            "Mr Denver is alleged to have told a meeting that the council should be abolished.\n\n"
            "A spokesman said Mr Denver's views were not the party's policy.")
    labels = labels_of(nlp, text, "Denver")
    assert labels == {"PERSON"}


def test_a_nationality_after_ms_is_the_person(nlp):
    text = ("The chief executive of the carmaker is to leave her post at the end of the year.\n\n"
            "Ms Dutch said in a statement that she had been proud to lead the company for six years.")
    assert labels_of(nlp, text, "Dutch") <= {"PERSON"}


def test_the_town_itself_keeps_its_label(nlp):
    text = ("The company filed for bankruptcy in Denver on Tuesday, its lawyers said.\n\n"
            "A judge in Denver will hear the case next month.")
    assert "PERSON" not in labels_of(nlp, text, "Denver")
