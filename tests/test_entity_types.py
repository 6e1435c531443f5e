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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BOGOTA, March 4 - Coffee exporters said quotas must be restored quickly, the finance minister said.",
         "Bogota"),
        ("The prime minister asked for places to eat on the seven hour drive from Stavanger to the capital.",
         "Stavanger"),
        ("Officials said the man was born in the French territory of Martinique and lived near Paris.",
         "Martinique"),
    ],
)
def test_a_known_place_the_model_read_as_something_else_is_a_place(nlp, text: str, name: str) -> None:
    assert (name, "GPE") in entities_of(nlp, text)


def test_a_nationality_adjective_that_is_also_a_towns_name_stays_no_place(nlp) -> None:
    text = "Tesco sold its Thai and Malaysian stores to Charoen Pokphand in March."
    assert not any(name == "Thai" for name, _ in entities_of(nlp, text))
