"""Entity types read from the whole article, over the small model's guess (real model, real pipeline).

The sentences are our own, each in the shape of a wrong type seen on news the rules were not written from.
"""

from __future__ import annotations

import pytest

from store.analysis import analyze, build_pipeline

KINDS = ("PERSON", "ORG", "GPE", "LOC", "FAC")


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def entities_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.canonical, e.label) for e in analyze(nlp, text).entities if e.label in KINDS}


def test_an_island_stays_an_island_in_the_streets_of_it(nlp) -> None:
    text = ("On the Greek island of Samos, two people died when a wall collapsed. A small wave flooded some streets "
            "of Samos and Izmir.")
    found = entities_of(nlp, text)
    assert ("Samos", "LOC") in found
    assert ("Samos", "GPE") not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("He sets out to run for District Attorney of San Bernardino County and fails to reach the ballot.",
         "San Bernardino County", "GPE"),
        ("Dorian reached the Bahamas earlier today, making landfall in Elbow Cay with a storm surge.", "Elbow Cay",
         "LOC"),
    ],
)
def test_a_names_last_word_says_what_kind_of_place_it_is(nlp, text: str, name: str, label: str) -> None:
    assert (name, label) in entities_of(nlp, text)
