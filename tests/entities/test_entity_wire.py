"""Entities in wire copy: tickers, datelines and towns written before their state (real model, real pipeline).

The sentences are our own, each in the shape of a mistake seen on Reuters articles the rules were not written from.
"""

from __future__ import annotations

import pytest
from entity_support import entities_of


def test_a_ticker_with_its_exchange_is_no_name_and_the_words_before_it_are_a_company(nlp) -> None:
    text = ("The family sold Brunnberg Verken <BRVK ST> to a rival last year. It also holds a stake in Lindqvist "
            "Mekaniska <LMEK ST>, the engineering group.")
    found = entities_of(nlp, text)
    assert ("Brunnberg Verken", "ORG") in found
    assert ("Lindqvist Mekaniska", "ORG") in found
    assert not {name for name, _ in found} & {"BRVK ST", "LMEK ST", "BRVK", "LMEK"}


def test_an_all_capitals_name_with_its_legal_form_in_brackets_is_still_a_company(nlp) -> None:
    found = entities_of(nlp, "The bank raised its holding in <ASEA AB> to 12 pct, traders said.")
    assert ("ASEA AB", "ORG") in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (("SOUTH PLAINFIELD, N.J., March 5 - Orvane Inc said a new treatment has restored the immune system of "
          "two children."), "Orvane Inc", "ORG"),
        (("MIAMI, March 25 - Guyana hopes to overcome its financial problems within three to five years, its "
          "finance minister said."), "Guyana", "GPE"),
        ("WASHINGTON, March 19 - U.S. personal income rose 0.9 pct in February, the government said.", "U.S.",
         "GPE"),
    ],
)
def test_a_name_opening_the_story_after_a_dateline_is_found(nlp, text: str, name: str, label: str) -> None:
    assert (name, label) in entities_of(nlp, text)


def test_a_nationality_opening_the_story_after_a_dateline_is_no_place(nlp) -> None:
    found = entities_of(nlp, "BANGKOK, April 2 - Thai stock prices plunged on Tuesday as investors sold.")
    assert not any(name == "Thai" for name, _ in found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Output from the company's own expanded Morenci, Ariz., mine will rise this year.", "Morenci"),
        ("The refiner's 160,000 barrel-per-day Corpus Christi, Texas, oil refinery will be sold.", "Corpus Christi"),
    ],
)
def test_a_town_written_before_its_state_is_a_town(nlp, text: str, town: str) -> None:
    found = entities_of(nlp, text)
    assert (town, "GPE") in found
    assert (town, "ORG") not in found


def test_a_known_person_joined_to_the_next_name_by_and_is_two_names(nlp) -> None:
    text = ("Juan Lechin Oquendo, the veteran union leader, told reporters he would fast. The minister had invited "
            "both Lechin and Victor Lopez, the miners' federation top leader.")
    found = entities_of(nlp, text)
    assert {("Juan Lechin Oquendo", "PERSON"), ("Victor Lopez", "PERSON")} <= found
    assert not any(" and " in name for name, _ in found)


def test_the_state_after_a_capitals_dateline_is_written_as_a_reader_would(nlp) -> None:
    text = "EL PASO, TEXAS, May 4 - The refinery will reopen next week, its owner said."
    found = entities_of(nlp, text)
    assert {("El Paso", "GPE"), ("Texas", "GPE")} <= found and ("TEXAS", "GPE") not in found, found
