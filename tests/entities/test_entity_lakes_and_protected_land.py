"""A name of two words opening with 'Lake' names a lake, a place that is no town (LOC), though the model reads its
second word as a surname or the whole as a town; a town the gazetteer knows by such a name keeps its label, and a
name closing with another head word is read by that word. A name closing with 'National Park', 'Nature Reserve' or
another protected land's two words is land, neither built nor a town (LOC), where 'park' alone closes a town's park
(FAC) and 'reserve' alone a central bank's name (real model, real pipeline)."""

from __future__ import annotations

from entity_support import labels_of


def test_a_lake_named_with_its_word_first_is_a_place(nlp) -> None:
    text = ("Fishermen on Lake Tanganyika said catches had fallen again this year. "
            "Lake Tanganyika is the second-deepest lake in the world.")
    assert labels_of(nlp, text, "Lake Tanganyika") == {"LOC"}


def test_a_lake_the_model_reads_as_a_person_is_a_place(nlp) -> None:
    text = "Boats carried maize across Lake Malawi to the islands, the district council said on Tuesday."
    assert labels_of(nlp, text, "Lake Malawi") == {"LOC"}


def test_a_street_named_after_a_lake_stays_a_street(nlp) -> None:
    text = "Police closed Lake Street after a water main burst on Monday morning, the city said."
    assert "LOC" not in labels_of(nlp, text, "Lake Street")


def test_a_known_town_named_lake_keeps_its_label(nlp) -> None:
    text = "The plant in Lake Charles, Louisiana, will be shut for two weeks, the company said."
    assert "LOC" not in labels_of(nlp, text, "Lake Charles")


def test_a_national_park_and_a_nature_reserve_are_places(nlp) -> None:
    text = ("Rangers in Korvemaa Nature Reserve and Alutaguse National Park counted fewer cranes this spring, "
            "the Ministry of Environment said.")
    assert labels_of(nlp, text, "Korvemaa Nature Reserve") == {"LOC"}
    assert labels_of(nlp, text, "Alutaguse National Park") == {"LOC"}


def test_a_town_park_and_a_central_bank_keep_their_kinds(nlp) -> None:
    text = "Crowds gathered in Victoria Park on Sunday as the Federal Reserve met in Washington."
    assert "LOC" not in labels_of(nlp, text, "Victoria Park")
    assert labels_of(nlp, text, "Federal Reserve") == {"ORG"}
