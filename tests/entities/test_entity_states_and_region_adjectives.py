"""A first-level state's name the model calls an organisation is the state where the article also names its country,
another of its states or one of its cities ("the ACT and Tasmania had none" beside Queensland); a state's name shared
with a firm stays the firm where nothing places it in that state's country ("Delta" beside Atlanta). A region's
adjective ("Kashmiri") the model calls a place, a person or an organisation is a nationality where the article names
the region; a word that is no region's adjective is left alone."""

from __future__ import annotations

from entity_support import entities_of, mentions


def test_a_state_listed_beside_other_states_is_a_place(nlp) -> None:
    text = ("Road deaths rose in Queensland and Victoria over the holidays. Western Australia, the Northern Territory "
            "and South Australia each recorded two deaths, while the ACT and Tasmania had none.")
    found = entities_of(nlp, text)
    assert ("Tasmania", "GPE") in found and ("Tasmania", "ORG") not in found
    assert ("Northern Territory", "GPE") in found


def test_a_state_in_an_article_naming_one_of_its_cities_is_a_place(nlp) -> None:
    text = "The ferry company in Melbourne plans a second daily service to Tasmania from March."
    assert ("Tasmania", "GPE") in entities_of(nlp, text)


def test_a_firm_named_like_a_state_of_another_country_stays_the_firm(nlp) -> None:
    text = "Delta cut fares on flights from Atlanta to Paris, the airline said on Monday."
    assert ("Delta", "ORG") in entities_of(nlp, text)


def test_a_regions_adjective_is_a_nationality(nlp) -> None:
    text = ("Police in Kashmir said the attack took place near the Kashmiri summer capital. "
            "A Kashmiri group denied involvement.")
    kashmiri = [label for name, label, _ in mentions(nlp, text) if name == "Kashmiri"]
    assert kashmiri and set(kashmiri) == {"NORP"}
    assert ("Kashmir", "LOC") in entities_of(nlp, text)


def test_a_name_ending_like_an_adjective_of_no_region_named_is_left_alone(nlp) -> None:
    text = "Rebels fought near Peshawar on Sunday. Imran Qureshi said the army had moved in. Qureshi was not hurt."
    assert ("Imran Qureshi", "PERSON") in entities_of(nlp, text)


def test_a_countrys_adjective_of_two_words_is_a_nationality(nlp) -> None:
    text = ("Fishermen from the north said on Friday that Sri Lankan naval boats had seized their nets. "
            "Sri Lankan officials denied it.")
    labels = {label for name, label, _ in mentions(nlp, text) if name == "Sri Lankan"}
    assert labels == {"NORP"}


def test_a_countrys_adjective_before_a_captain_is_no_club(nlp) -> None:
    text = ("The South African and New Zealand sides meet in the first cricket Test in Durban on Friday. "
            "South African captain Ann Mokoena said her team was ready, and New Zealand coach Tom Reid agreed.")
    found = mentions(nlp, text)
    assert {label for name, label, _ in found if name == "South African"} == {"NORP"}
    assert ("Ann Mokoena", "PERSON") in {(name, label) for name, label, _ in found}


def test_a_town_before_its_coach_is_still_a_club(nlp) -> None:
    text = "In rugby league on Saturday, Riverton defeated Hillcrest 31-12. Hillcrest coach Ann Lee said the side had tired."
    assert ("Hillcrest", "ORG") in entities_of(nlp, text)


def test_a_word_many_countries_name_a_state_by_is_no_state(nlp) -> None:
    text = ("The minister spoke in Lusaka on Monday. Voters of Eastern and Northern European heritage "
            "backed the Central Bank plan, Eastern said.")
    assert ("Eastern", "GPE") not in entities_of(nlp, text)
