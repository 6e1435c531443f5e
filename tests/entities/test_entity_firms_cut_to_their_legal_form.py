"""A firm of which the model tagged only the legal form ('Bancorp' alone): the proper nouns written straight before
it are the firm's name (real model and pipeline). Passages of our own in the shape of wire copy, and a club of
nations' 'Group' before 'of', which the rule must leave alone."""

from __future__ import annotations

from entity_support import mentions


def test_the_words_before_a_legal_form_tagged_alone_are_the_firms_name(nlp) -> None:
    text = "SEATTLE, June 2 - Olympic Bancorp set aside another 40 mln dlrs against bad debts from Brazil."
    found = mentions(nlp, text)
    assert ("Olympic Bancorp", "ORG", "Olympic Bancorp") in found
    assert not any(name == "Bancorp" for _, _, name in found)


def test_another_firm_of_that_shape(nlp) -> None:
    text = "SEATTLE, June 2 - Tahoma Bancorp plans to put 40 mln dlrs more into reserves for shaky foreign credits."
    assert ("Tahoma Bancorp", "ORG", "Tahoma Bancorp") in mentions(nlp, text)


def test_a_group_of_countries_is_left_alone(nlp) -> None:
    text = "The Group of Twenty will meet in Ottawa next week, a spokesman for the hosts said."
    assert not any(name.endswith("Group") and name != "Group" for _, _, name in mentions(nlp, text))
