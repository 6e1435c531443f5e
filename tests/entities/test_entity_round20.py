"""Entity kinds, round 20 (real model, real pipeline): errors seen in Wikinews and Reuters copy, each written here in
sentences of our own. In a match report a club named after its town is an organisation, wherever the report shows it
plays (a result with a score, a win over it, its coach), and a score the model runs into its name is no part of it;
a country's side and a town outside a match report stay places. A name ending in a word only firms end with
("Petroleum", "Chemicals") is no person's; a name opening with "Masjid" is a mosque's, a building. A firm's one word
the model reads as a place ("Hutton said" after "E.F. Hutton Group") is the firm, and a known city stays a city. A
portfolio written into a minister's or a secretary's title ("Homeland Security Secretary", "Consumer Affairs
Minister") is all part of the role, and no organisation."""

from __future__ import annotations

import pytest
from entity_support import KINDS, entities_of

from store.analysis import analyze

REPORT = (
    "Kenmore defeated Hillcrest 31 points to 12 in their Round 6 Coastal Rugby Union match at Hillcrest's ground on "
    "Sunday.\n\n"
    '"We never found our rhythm," Hillcrest coach Dan Whitby said. "Kenmore were better on the day."\n\n'
    "In other results, Brayton beat Oakvale 27–5, and Mossgrove edged out Tullamore 18–17."
)


def test_clubs_named_after_towns_are_organisations(nlp) -> None:
    found = entities_of(nlp, REPORT)
    for club in ("Kenmore", "Hillcrest", "Brayton", "Oakvale", "Mossgrove", "Tullamore"):
        kinds = {label for name, label in found if name == club}
        assert kinds <= {"ORG"}, (club, kinds)
    assert not any(name[-1].isdigit() for name, _ in found)  # "Oakvale 27–5": the score is no part of the name
    assert ("Dan Whitby", "PERSON") in found
    assert not any(name.startswith("Round") for name, _ in found)


def test_a_town_outside_a_match_report_stays_a_place(nlp) -> None:
    text = ("The mayor of Hillcrest defeated Kenmore's proposal 31 votes to 12 at the council meeting in Hillcrest on "
            "Sunday, officials said.")
    assert ("Hillcrest", "ORG") not in entities_of(nlp, text)


def test_a_countrys_side_stays_the_country(nlp) -> None:
    text = "In the cricket on Saturday, Australia beat England 3-1 to win the series, coach Tom Reid said."
    found = entities_of(nlp, text)
    assert ("Australia", "ORG") not in found and ("England", "ORG") not in found


@pytest.mark.parametrize(("text", "name"), [
    ("Brenner Petroleum, the country's second oil producer, said output rose.", "Brenner Petroleum"),
    ("Shares of Walton Chemicals fell two pct after the results, dealers said.", "Walton Chemicals"),
])
def test_a_name_ending_like_a_firm_is_no_person(nlp, text: str, name: str) -> None:
    assert (name, "PERSON") not in entities_of(nlp, text)


def test_a_masjid_is_a_building(nlp) -> None:
    text = 'The imam said worshippers would gather at Masjid Al-Noor on Friday despite the threats.'
    found = entities_of(nlp, text)
    assert ("Masjid Al-Noor", "PERSON") not in found
    assert ("Masjid Al-Noor", "FAC") in found


def test_a_firms_word_is_no_place(nlp) -> None:
    text = ("NEW YORK, April 3 - E.F. Hutton Group said its unit raised the offer for the courier company. Hutton said "
            "the bid was final, and Hutton's advisers agreed.\n\nThe Bank of Tokyo Ltd said it would lend to the "
            "buyer, and traders in Tokyo said the shares rose.")
    found = entities_of(nlp, text)
    assert ("Hutton", "GPE") not in found
    assert ("Tokyo", "GPE") in found


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Homeland Security Secretary Jeh Larson said on Monday the agency would act.", "Jeh Larson",
     "Homeland Security Secretary"),
    ("Veterans Affairs Secretary Bob Mayhew said the backlog fell.", "Bob Mayhew", "Veterans Affairs Secretary"),
    ("Consumer Affairs Minister Jane Holt said prices would fall.", "Jane Holt", "Consumer Affairs Minister"),
    ("Immigration Minister Jason Kerr said the rules were clear.", "Jason Kerr", "Immigration Minister"),
])
def test_a_portfolio_is_part_of_the_title(nlp, text: str, name: str, role: str) -> None:
    found = [e for e in analyze(nlp, text).entities if e.label in KINDS]
    assert [(e.canonical, e.role) for e in found if e.label == "PERSON"] == [(name, role)]
    assert not [e for e in found if e.label == "ORG"]
