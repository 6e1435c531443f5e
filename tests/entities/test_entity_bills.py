"""A bill before parliament named by its word (real model, real pipeline): "the Finance Bill", "the Housing Bill" are
laws, not a man called Bill nor a person named Housing Bill; a Bill listed with other first names stays a person's
name."""

from __future__ import annotations

from entity_support import mentions


def test_a_named_bill_is_a_law_with_its_name(nlp) -> None:
    text = ("A shortened Finance Bill would be rushed through before the vote. The full Finance Bill, with the tax "
            "measures in it, would follow.")
    found = mentions(nlp, text)
    assert [(text_, label) for text_, label, _ in found if "Bill" in text_] == [("Finance Bill", "LAW")] * 2


def test_a_bill_the_model_named_as_a_person_is_a_law(nlp) -> None:
    text = ("A shortened Housing Bill would have to be rushed through Parliament. The full Housing Bill would follow "
            "in the autumn.")
    found = mentions(nlp, text)
    assert not any(label == "PERSON" and "Bill" in text_ for text_, label, _ in found)


def test_a_bill_listed_with_first_names_stays_a_person(nlp) -> None:
    text = "Bill, Hillary and Chelsea arrived in Denver on Friday. Bill spoke first."
    found = mentions(nlp, text)
    assert not any(label == "LAW" for _, label, _ in found)
