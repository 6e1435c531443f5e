"""A known town the model types a building (FAC), governed by a word that places it, straight before it or through
the places it is listed with, is a town ('lorries between Baracoa and Guantanamo', 'met in Port Moresby'); a name ending in a
building's word stays a building (real model, real pipeline; sentences of our own, public place names)."""

from __future__ import annotations

from entity_support import mentions


def _labels(nlp, text: str) -> dict[str, str]:
    return {text_: label for text_, label, _ in mentions(nlp, text)}


def test_a_town_listed_after_a_placing_word_is_a_town(nlp) -> None:
    found = _labels(nlp, "Relief lorries shuttled between Baracoa and Guantanamo all week, the Red Cross said.")
    assert found.get("Guantanamo") == "GPE"


def test_a_town_of_two_words_after_in_is_a_town(nlp) -> None:
    found = _labels(nlp, "Delegates met in Port Moresby on Monday to discuss fishing rights.")
    assert found.get("Port Moresby") == "GPE"


def test_a_name_ending_in_a_buildings_word_stays_a_building(nlp) -> None:
    found = _labels(nlp, "Protesters gathered at Hyde Park and outside Wembley Stadium on Sunday.")
    assert found.get("Hyde Park") == "FAC"
    assert found.get("Wembley Stadium") == "FAC"
