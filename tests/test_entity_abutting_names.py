"""Two people's full names side by side with nothing between them (a caption's byline run onto the next text),
which the model reads as one person, are two people where the article names each alone (real model and
pipeline). Made-up persons; a long name of one person, whose parts the article never gives alone, stays whole."""

from __future__ import annotations

from entity_support import mentions


def test_two_full_names_run_together_are_two_people(nlp) -> None:
    text = (
        "Prize for a forest campaigner By Tomas Brevik Amina Odhiambo with the prize.\n"
        "Amina Odhiambo, a forest campaigner, won the prize on Friday. Odhiambo said she was surprised.\n"
        "Tomas Brevik is a writer on the environment."
    )
    found = {m[2] for m in mentions(nlp, text) if m[1] == "PERSON"}
    assert "Amina Odhiambo" in found and "Tomas Brevik" in found
    assert not any("Brevik" in name and "Odhiambo" in name for name in found)


def test_a_long_name_of_one_person_stays_whole(nlp) -> None:
    text = "Luis Alberto Ramos Ortega won the vote on Sunday. Ramos Ortega said he would form a cabinet soon."
    assert "Luis Alberto Ramos Ortega" in {m[2] for m in mentions(nlp, text) if m[1] == "PERSON"}
