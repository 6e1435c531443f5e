"""A city named with its district after a comma ('Washington, D.C.') is one place: the model tags the two apart, as
it does a town and its state, which stay two (real model).

Our own sentences; a town and its state after the comma stay apart."""

from __future__ import annotations

from entity_support import entities_of


def test_the_city_and_its_district_are_one_place(nlp) -> None:
    text = ("The rally was held in Washington, D.C. on Friday, and the marchers later flew back from "
            "Washington, DC to Boise, organisers said.\n")
    found = entities_of(nlp, text)
    assert ("Washington, D.C.", "GPE") in found
    assert ("Washington, DC", "GPE") in found
    assert not {name for name, _ in found} & {"Washington", "D.C.", "DC"}


def test_a_town_and_its_state_stay_apart(nlp) -> None:
    text = "The rally was held in Boise, Idaho on Friday, organisers said.\n"
    found = entities_of(nlp, text)
    assert ("Boise", "GPE") in found and ("Idaho", "GPE") in found
