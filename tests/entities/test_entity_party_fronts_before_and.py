"""A party's name with 'and' inside it, of which the model tagged only what follows 'and' (real model and pipeline):
the capitalised word before 'and' opens the name, as it does a firm's, also after a sentence's opening 'The'.
Sentences of our own, and two parties listed with 'and' the rule must leave apart."""

from __future__ import annotations

from entity_support import mentions


def test_the_word_before_and_opens_the_partys_name(nlp) -> None:
    text = "Members of the Peace and Freedom Party said they would run again in the autumn."
    assert ("Peace and Freedom Party", "ORG", "Peace and Freedom Party") in mentions(nlp, text)


def test_a_sentences_the_before_the_name_is_no_part_of_a_longer_name(nlp) -> None:
    text = "The Farmer and Labour Party objected to the plan. The party said it would vote against it."
    found = mentions(nlp, text)
    assert ("Farmer and Labour Party", "ORG", "Farmer and Labour Party") in found
    assert not any(text == "Labour Party" for text, _, _ in found)


def test_two_parties_listed_with_and_stay_two(nlp) -> None:
    text = "Voters backed the Green Party and the Liberal Party in the city, officials said."
    found = {text for text, _, _ in mentions(nlp, text)}
    assert {"Green Party", "Liberal Party"} <= found
