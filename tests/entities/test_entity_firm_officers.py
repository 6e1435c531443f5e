"""A name the model took for a person's, written right before a firm's officer's post in lower case and a person's
full name ('<Firm> chairman <First> <Surname>', '<Firm> senior vice president <First> <Surname>'), is the firm's (ORG)
in every mention (real model, real pipeline). A name joined to the post by 'and', and a leader's spokesman, are left
alone. Sentences of our own, in the shape of wire copy."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_before_its_chairman_is_a_firm_in_every_mention(nlp) -> None:
    text = (
        "Trade shares rose. Kelvane Anno chairman Robert Ashdown told reporters it may raise its stake. "
        "Kelvane Anno's premium income rose."
    )
    assert labels_of(nlp, text, "Kelvane Anno") == {"ORG"}


def test_a_name_before_a_qualified_post_is_a_firm(nlp) -> None:
    text = "Lindvall senior vice president Robert Ashdown said the unit would be sold."
    assert labels_of(nlp, text, "Lindvall") == {"ORG"}


def test_a_person_joined_to_the_post_by_and_stays_a_person(nlp) -> None:
    text = "He met Kelvane boss Mark Dorling and chief executive Robert Ashdown in a hotel."
    assert labels_of(nlp, text, "Mark Dorling") == {"PERSON"}


def test_a_leaders_spokesman_leaves_the_leader_a_person(nlp) -> None:
    text = "Mr Dorling spokesman Robert Ashdown said nothing."
    assert labels_of(nlp, text, "Dorling") == {"PERSON"}
