"""Entity types read from the whole article, over the small model's guess (real model, real pipeline).

The sentences are our own, each in the shape of a wrong type seen on news the rules were not written from.
"""

from __future__ import annotations

import pytest
from entity_support import entities_of


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Navy officials said the U.S. frigate Stark was hit in the Gulf, and Stark was towed to port.", "Stark"),
        ("The planet was found in 2016 by the Kepler space telescope. Kepler stopped working two years later.",
         "Kepler"),
        ("The navy moved the aircraft carrier Kitty Hawk into the northern Arabian Sea on Friday.", "Kitty Hawk"),
    ],
)
def test_a_ship_or_spacecraft_is_no_person(nlp, text: str, name: str) -> None:
    assert not any(found == name for found, _ in entities_of(nlp, text))


def test_a_countrys_name_before_a_craft_stays_the_country(nlp) -> None:
    text = "Until a United States spacecraft is ready, NASA pays Russia to carry its crews."
    assert ("United States", "GPE") in entities_of(nlp, text)


def test_a_religion_is_no_organisation(nlp) -> None:
    text = "He later converted to Islam, the police said, and moved to Paris in 2010."
    found = entities_of(nlp, text)
    assert not any(name == "Islam" for name, _ in found)
    assert ("Paris", "GPE") in found


def test_the_sun_in_an_article_about_planets_is_a_place(nlp) -> None:
    text = ("Astronomers said the planet orbits a red dwarf star. It gets about as much light from its star as Earth "
            "gets from the Sun, they said.")
    assert ("Sun", "LOC") in entities_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Rising stocks could end the rise, Lawrence Ross, forest products analyst for Paine Webber, said.",
         "Paine Webber"),
        ('"Demand is weak," said Harold Lacey of Maclaine Watson, who expects prices to fall.', "Maclaine Watson"),
    ],
)
def test_a_firm_named_after_people_is_a_firm_where_a_job_or_a_person_shows_it(nlp, text: str, firm: str) -> None:
    found = entities_of(nlp, text)
    assert (firm, "ORG") in found
    assert (firm, "PERSON") not in found


def test_a_town_after_a_persons_name_and_of_stays_a_town(nlp) -> None:
    text = "Police arrested Patrick Crusius of Allen, Texas, after the shooting, officials said."
    assert not any(name == "Allen" and label == "ORG" for name, label in entities_of(nlp, text))


def test_a_name_ending_in_a_word_for_a_body_is_an_organisation(nlp) -> None:
    text = ("The United States Coast Guard (USCG) called off its search late on Tuesday. A Coast Guard captain told "
            "the press a nearly impossible search was over.")
    found = entities_of(nlp, text)
    assert ("United States Coast Guard", "ORG") in found
    assert ("United States Coast Guard", "GPE") not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("He was executed at the Richard J. Donovan Correctional Facility in San Diego County on Tuesday.",
         "Richard J. Donovan Correctional Facility", "FAC"),
        ("The company said in the Official Bulletin it would seek permission to increase its capital.",
         "Official Bulletin", "ORG"),
    ],
)
def test_a_facility_is_a_building_and_a_bulletin_a_newspaper(nlp, text: str, name: str, label: str) -> None:
    assert (name, label) in entities_of(nlp, text)


def test_the_west_as_a_bloc_of_countries_is_no_place_but_the_west_one_is_in_stays_one(nlp) -> None:
    bloc = entities_of(nlp, "Both China and Russia are locked in confrontation with the West and the United States.")
    assert ("West", "LOC") not in bloc and ("China", "GPE") in bloc
    assert ("West", "LOC") in entities_of(nlp, "Prices are lower than in the West, officials said.")


def test_a_name_before_rainforest_in_lower_case_is_the_forest_a_place(nlp) -> None:
    found = entities_of(nlp, "Loggers cut deeper into the Daintree rainforest last year, the ministry said.")
    assert ("Daintree rainforest", "LOC") in found


def test_a_country_whose_name_ends_like_a_coast_is_a_country(nlp) -> None:
    text = "The plan would let Brazil keep its share of the market, Colombia 17 pct and Ivory Coast seven pct."
    found = entities_of(nlp, text)
    assert ("Ivory Coast", "GPE") in found
    assert ("Ivory Coast", "LOC") not in found


def test_the_speakers_of_an_interview_are_named_by_its_labels(nlp) -> None:
    text = ("An all-women crew ran the express train from Mysore to Bangalore on Thursday. Aparna Garg, who has run "
            "the division for two years, discussed the initiative with Wikinews.\n\n"
            "((WN))  How many employees were there in the crew?\n\n"
            "((Aparna Garg))  There were fifteen of them.\n\n"
            "((WN))  How rare is it?\n\n"
            "((Aparna Garg))  It is really rare.\n\n"
            "((Aparna Garg))  It has been done in other divisions as well.")
    found = entities_of(nlp, text)
    assert ("Aparna Garg", "PERSON") in found
    assert not any(name == "WN" for name, _ in found)


def test_a_one_word_person_listed_among_outlets_is_an_outlet(nlp) -> None:
    text = ("The story was not reported until a week later. Following the post, Newsweek, Politico, The Hill, Time "
            "Magazine,  Mediaite, The Independent,  and TMZ, among others, published stories on it.")
    found = entities_of(nlp, text)
    assert {("Politico", "ORG"), ("Mediaite", "ORG")} <= found
    assert not {("Politico", "PERSON"), ("Mediaite", "PERSON")} & found


def test_initials_of_posts_and_measures_are_no_organisations(nlp) -> None:
    text = ("Bryant was a champion five times, a Finals MVP twice, and 2008 NBA MVP. The company's CTO said the API "
            "would change.")
    found = {n for n, _ in entities_of(nlp, text)}
    assert not {"MVP", "NBA MVP", "CTO", "API"} & found


def test_a_plural_noun_opening_a_sentence_is_no_organisation(nlp) -> None:
    text = ("Shares fell 1-1/2 to 19. Arbitrageurs said there was disappointment that neither offer topped 20 dlrs. "
            "\"We were expecting more,\" said one arbitrageur.")
    assert not any(name == "Arbitrageurs" for name, _ in entities_of(nlp, text))


def test_a_state_named_like_an_island_is_a_state(nlp) -> None:
    text = "The march in Providence, Rhode Island drew thousands, the organisers said."
    found = entities_of(nlp, text)
    assert ("Rhode Island", "GPE") in found
    assert ("Rhode Island", "LOC") not in found


def test_a_firms_short_name_after_a_place_preposition_stays_the_firm(nlp) -> None:
    text = ("Shares of Lancaster Colony Corp jumped after an investor said he had bought a stake in Lancaster. Rivals "
            "are also looking at Lancaster, analysts said.")
    found = entities_of(nlp, text)
    assert ("Lancaster Colony Corp", "ORG") in found
    assert ("Lancaster", "GPE") not in found


def test_a_firm_with_its_legal_form_before_its_home_town_stays_a_firm(nlp) -> None:
    text = "Castellan Media Corp., New York, said it would buy the rest of Orrin Radio Corp. for $20 million."
    found = entities_of(nlp, text)
    assert ("Castellan Media Corp.", "ORG") in found
    assert ("Castellan Media Corp.", "GPE") not in found
    assert ("New York", "GPE") in found


@pytest.mark.parametrize(
    "text",
    [
        ("Shares of Dravenko fell 5% on Monday. Dravenko, the company said, will cut 300 jobs. Analysts said Dravenko "
         "had too much debt."),
        "Prices rose. Kestrane shares fell $2 on the news. Kestrane said it had lost the contract.",
    ],
)
def test_a_name_the_article_trades_shares_in_is_a_firm_in_every_mention(nlp, text: str) -> None:
    name = "Dravenko" if "Dravenko" in text else "Kestrane"
    found = entities_of(nlp, text)
    assert (name, "ORG") in found
    assert (name, "PERSON") not in found


def test_a_persons_surname_before_shares_of_his_firm_stays_the_person(nlp) -> None:
    found = entities_of(nlp, "Rupert Hale sold shares of Hale Media. Hale said he needed cash.")
    assert ("Rupert Hale", "PERSON") in found
    assert ("Rupert Hale", "ORG") not in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("The troops took part in Operation Granite Shield, the largest deployment in years. Granite Shield cost $2 bn.",
         "Shield"),
        ("Officials said Operation Dawnbreak had ended. Dawnbreak involved 4,000 soldiers.", "Operation Dawnbreak"),
    ],
)
def test_a_military_operation_is_no_person_or_organisation(nlp, text: str, name: str) -> None:
    assert not any(name in canonical for canonical, _ in entities_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kestrane said its third-quarter profit rose 12%. Kestrane's chairman, Paul Orme, said the results were strong.",
        "Kestrane's subsidiary in Ohio will close. Kestrane said the plant had lost money for years.",
    ],
)
def test_a_name_with_a_firms_parts_or_saying_its_is_a_firm(nlp, text: str) -> None:
    found = entities_of(nlp, text)
    assert ("Kestrane", "ORG") in found
    assert ("Kestrane", "PERSON") not in found


def test_a_name_after_an_honorific_stays_a_person_whatever_follows_it(nlp) -> None:
    found = entities_of(nlp, "Mr Dorrit's board seat was lost. Dorrit said its meaning was clear.")
    assert ("Dorrit", "ORG") not in found


def test_a_firm_named_like_a_person_before_shares_is_the_firm(nlp) -> None:
    found = entities_of(nlp, "Anna Kessler said it would close two plants. Anna Kessler shares fell 4% on the news.")
    assert ("Anna Kessler", "ORG") in found
    assert ("Anna Kessler", "PERSON") not in found


def test_a_person_who_shares_something_stays_a_person(nlp) -> None:
    found = entities_of(nlp, "Harold Dane shares his time between Paris and Rome. Dane said he liked both.")
    assert ("Harold Dane", "PERSON") in found


def test_a_known_town_set_off_by_commas_after_the_capital_is_the_town(nlp) -> None:
    text = ("Thousands of farmers marched in the capital, Abuja, to demand lower fuel prices. Their leader, Musa Dauda, "
            "spoke for an hour.")
    found = entities_of(nlp, text)
    assert ("Abuja", "GPE") in found
    assert ("Abuja", "PERSON") not in found


def test_dotted_initials_after_the_that_name_no_country_are_a_body(nlp) -> None:
    found = entities_of(nlp, "Farm ministers from across the E.U. met on Monday. The E.U. will cut subsidies next year.")
    assert ("E.U.", "ORG") in found
    assert ("E.U.", "GPE") not in found


def test_a_countrys_or_a_towns_initials_stay_a_place(nlp) -> None:
    found = entities_of(nlp, "He moved from Washington, D.C. to L.A. in 1999 and then to the U.K.")
    assert {("Washington, D.C.", "GPE"), ("L.A.", "GPE")} <= found  # the district named with its city, one place
    assert not any(name in ("U.K.", "United Kingdom") and label == "ORG" for name, label in found)


def test_a_name_whose_creditors_meet_is_a_firm(nlp) -> None:
    found = entities_of(nlp, "Marlowe's creditors met on Friday to weigh the offer. Marlowe said it would pay in full.")
    assert ("Marlowe", "ORG") in found
    assert ("Marlowe", "PERSON") not in found
