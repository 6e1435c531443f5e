"""Entity names and kinds, round 18 (real model, real pipeline): errors seen in US political news of 2015-16 and in
Reuters copy of 1996, each written here in sentences of our own. A reporter's name in a wire sign-off is the name
alone, without the dash before it or the telephone number the model runs into it. A country's people in the plural
("Sri Lankans") or its adjective in -i ("Nepali law") is no person. A full name the model types as an organisation
or a place is a person's when the article says so: an apposition to a calling ("One Republican presidential hopeful,
X,"), a clause in "who" ("X, who lost"), or a death ("the deaths of X and Y"). A post the article gives several people at once ("fellow presidential
candidates X and Y") is each one's in the singular, and no one's when its words count or join its holders ("two
outsider candidates"). A name ending in "School", "College", "Academy" or "PAC" is an organisation's, though a
person's name opens it ("Jimmy Carter Middle School")."""

from __future__ import annotations

import pytest
from entity_support import entities_of

from store.analysis import analyze


@pytest.mark.parametrize(("text", "name"), [
    ("CHICAGO, Aug 30 - Hog futures rose on Friday, traders said.\n\nThe market was firm.\n\n-- Tom Barker 312-555-0101\n",
     "Tom Barker"),
    ("Wheat rose two cents, dealers said.\n\n-- Ann Weller 212-555-0188--\n", "Ann Weller"),
])
def test_a_sign_off_name_is_the_name_alone(nlp, text: str, name: str) -> None:
    assert {n for n, label in entities_of(nlp, text) if label == "PERSON"} == {name}


@pytest.mark.parametrize(("text", "people"), [
    ("Funds were extorted from expatriate Sri Lankans in western countries.", "Sri Lankans"),
    ("A British citizen of Bangladeshi origin died at the airport on Monday.", "Bangladeshi"),
    ("Elephants are protected under Nepali law, which provides for jail terms.", "Nepali"),
])
def test_a_countrys_people_is_no_person(nlp, text: str, people: str) -> None:
    assert (people, "PERSON") not in entities_of(nlp, text)


def test_a_surname_like_a_people_stays_the_persons(nlp) -> None:
    text = "Mark Cuban spoke on Monday. Cuban said the league would grow."
    assert ("Mark Cuban", "PERSON") in entities_of(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("One Republican presidential hopeful, Carly Fiorenzi, says she backs the ban despite her degree.", "Carly Fiorenzi"),
    ("The Democrats punished the senator by nominating Vermont's Ellery Cobb, who lost in a landslide.", "Ellery Cobb"),
    ("The Whigs chose Ohio's Lyman Pettibone, who lost the general election.", "Lyman Pettibone"),
    ("The killing of Corwin Hale in Kansas set off weeks of protests.", "Corwin Hale"),
    ("After the deaths of Alden Strick and Jubal Tate, the city banned the march.", "Alden Strick"),
])
def test_what_the_article_says_of_a_name_makes_it_a_person(nlp, text: str, name: str) -> None:
    assert (name, "PERSON") in entities_of(nlp, text)


def test_an_organisation_in_which_stays_one(nlp) -> None:
    text = "Shares of Morgan Stanley, which rose on Monday, fell on Tuesday."
    assert ("Morgan Stanley", "ORG") in entities_of(nlp, text)


def _roles(nlp, text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in analyze(nlp, text).entities if e.label == "PERSON"}


def test_a_post_given_to_several_is_each_ones_in_the_singular(nlp) -> None:
    text = "It forced fellow presidential candidates Ted Baxter and John Kosich out of the race."
    assert _roles(nlp, text).get("Ted Baxter") == "fellow presidential candidate"
    text = "The Democratic candidates, Ann Lee and Senator Tom Ray, have promised to build more roads."
    assert _roles(nlp, text).get("Ann Lee") == "candidate"


@pytest.mark.parametrize(("text", "name"), [
    ("Voters watched Ruth Lang and Tom Ray, two outsider candidates who largely spoke about jobs.", "Ruth Lang"),
    ("He mocked Ann Lee and Carl Heng, the city's current and former chief executives, on Monday.", "Ann Lee"),
])
def test_a_post_that_counts_its_holders_is_no_ones(nlp, text: str, name: str) -> None:
    role = _roles(nlp, text).get(name)
    assert role is None or not role.endswith("s")


@pytest.mark.parametrize(("text", "name"), [
    ("Students at Jimmy Carter Middle School walked out on Friday.", "Jimmy Carter Middle School"),
])
def test_a_school_named_after_a_person_is_no_person(nlp, text: str, name: str) -> None:
    assert (name, "ORG") in entities_of(nlp, text)


def test_a_person_whose_surname_is_day_stays_one(nlp) -> None:
    assert ("Doris Day", "PERSON") in entities_of(nlp, "Doris Day sang the song in 1956.")
