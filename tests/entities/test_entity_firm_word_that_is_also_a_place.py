"""A firm's opening word that is also a town's or a state's name somewhere, read by the model as an organisation,
is the one organisation the article named with it first ('Central said' after 'Central Bancorp'), where
the article never writes the word as a place (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_firms_word_is_the_firm(nlp) -> None:
    text = ("Central Bancorp agreed to buy a small savings bank in Ohio for 90 mln dlrs.\n\n"
            "Central said the deal would add 12 branches. Central shares rose one dlr.")
    assert ("Central", "ORG", "Central Bancorp") in mentions(nlp, text)
