"""A group of nations written as its letter and number ('the G-7 summit', 'G7 finance ministers'), which the model
leaves untagged, is an organisation (real model, real pipeline). The sentences are our own. A letter and a number
that is no group's ('bay G-12') is left untagged."""

from __future__ import annotations

from entity_support import mentions


def test_a_group_of_nations_by_its_letter_and_number_is_an_organisation(nlp) -> None:
    text = (
        "Dealers said there was nothing in the G-7 statement to change their view of the dollar.\n\n"
        "But G-7 finance ministers may meet again in May, one dealer said."
    )
    found = mentions(nlp, text)
    assert [m for m in found if m[0] == "G-7"] == [("G-7", "ORG", "G-7"), ("G-7", "ORG", "G-7")]


def test_a_group_written_without_its_hyphen_is_one_too(nlp) -> None:
    text = "G7 finance ministers have backed a plan to cut the debt of poor nations.\n\nThe plan was welcomed."
    assert ("G7", "ORG", "G7") in mentions(nlp, text)


def test_a_group_the_model_read_as_a_product_is_an_organisation(nlp) -> None:
    text = "Leaders of the G8 countries agreed to freeze the debt payments.\n\nThey backed the plan."
    assert ("G8", "ORG", "G8") in mentions(nlp, text)


def test_a_letter_and_a_number_no_group_has_stay_untagged(nlp) -> None:
    text = "He parked in bay G-12 on Monday.\n\nHe left."
    assert not [m for m in mentions(nlp, text) if m[0] == "G-12"]
