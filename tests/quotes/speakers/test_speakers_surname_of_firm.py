"""A surname with its firm ("said Hartley of Dean Witter") is the person the article named in full (real model).

The sentences are our own, in the shape of an error read on a dev article: the model tagged the surname and the
firm together as one person, and every later quote of the surname went to that made-up name.
"""

from __future__ import annotations

from quote_support import quotes_of


def test_surname_of_firm_is_the_person_named_in_full(nlp) -> None:
    text = ('"Rates could ease by the summer," said Robert Hartley of Dean Witter Reynolds.\n\n'
            "Hartley said some dealers expect the central bank to add reserves next week.\n\n"
            '"I do not think the bank is tightening its policy," said Hartley of Dean Witter.\n\n'
            "If it is, he said, the bank has only nudged its rate goal up.")
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert len(speakers) == 4
    assert set(speakers) == {"Robert Hartley"}


def test_a_title_of_a_place_is_kept_when_no_one_has_that_surname(nlp) -> None:
    text = ('"The talks went well," said Ahmed Karimi of the foreign ministry.\n\n'
            '"We expect an agreement soon," said the Duke of Westbury.')
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[0] == "Ahmed Karimi"
    assert "Ahmed Karimi" not in speakers[1:]


def test_the_firm_and_title_stand_for_the_one_person_given_of_that_firm(nlp) -> None:
    text = ('"Rates could ease by the summer," said Robert Hartley of Dean Witter Reynolds.\n\n'
            "However, the Dean Witter economist noted that the latest period included a quarter end.")
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers == ["Robert Hartley", "Robert Hartley"]


def test_the_firm_and_title_name_no_one_when_two_people_are_of_that_firm(nlp) -> None:
    text = ('"Rates could ease by the summer," said Robert Hartley of Dean Witter Reynolds.\n\n'
            '"Bonds look cheap," said Maria Lopez of Dean Witter Reynolds.\n\n'
            "However, the Dean Witter economist noted that the latest period included a quarter end.")
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[2] not in ("Robert Hartley", "Maria Lopez")
