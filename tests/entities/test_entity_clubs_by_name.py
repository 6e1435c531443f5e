"""A club named after its town with a word clubs close their names with ("Lincoln City", "Derby County") is an
organisation in an article about a sport, with no post or score beside it, and its closing word alone is that club;
where the word closes two clubs' names, the one named last before it. A post's holder named with a title ("manager Sir
Ann Lee") names the club before the post too (real model)."""

from __future__ import annotations

from entity_support import entities_of, mentions

from store.analysis import analyze


def test_a_towns_club_is_an_organisation_and_its_closing_word_too(nlp) -> None:
    text = ("Lincoln City beat Grimsby Town in the league on Saturday. City will host Oxford next week in football's "
            "oldest cup.")
    found = {(words, label, name) for words, label, name in mentions(nlp, text)}
    assert ("Lincoln City", "ORG", "Lincoln City") in found
    assert ("City", "ORG", "Lincoln City") in found


def test_a_county_club_is_no_place(nlp) -> None:
    text = ("The striker left Derby County for a fee of two million pounds. County said the player had asked to go, "
            "and the football club wished him well.")
    assert ("Derby County", "ORG") in entities_of(nlp, text)
    assert ("Derby County", "GPE") not in entities_of(nlp, text)


def test_a_word_closing_two_clubs_is_the_club_named_last(nlp) -> None:
    text = ("Torquay United and Carlisle United drew in the football league. United's captain said the result was "
            "fair, and Carlisle United will travel to Yeovil next.")
    found = mentions(nlp, text)
    assert ("Torquay United", "ORG", "Torquay United") in found
    assert ("United", "ORG", "Carlisle United") in found


def test_a_club_before_a_titled_holder_of_a_post(nlp) -> None:
    text = "The football club said Barnsley chairman Sir Peter Hale would step down. Barnsley play again on Friday."
    assert ("Barnsley", "ORG") in entities_of(nlp, text)
    hale = next(e for e in analyze(nlp, text).entities if e.canonical == "Peter Hale")
    assert hale.role == "chairman"


def test_a_titled_post_outside_an_article_about_a_sport_names_no_club(nlp) -> None:
    text = "Harlow chairman Sir Peter Hale will retire next year, the town's council said on Monday."
    assert ("Harlow", "ORG") not in entities_of(nlp, text)


def test_a_city_named_with_its_word_stays_a_place(nlp) -> None:
    text = "The film was shot in Kansas City last spring, and the football fans there loved it."
    assert ("Kansas City", "GPE") in entities_of(nlp, text)
    assert ("Kansas City", "ORG") not in entities_of(nlp, text)


# a side takes a plural verb in British copy; a town or a person never does


def test_a_town_that_takes_a_plural_verb_is_its_club(nlp) -> None:
    text = ("After a poor run, Everton were booed off by their own fans, and the football club's board met on "
            "Sunday.")
    assert ("Everton", "ORG") in entities_of(nlp, text)
    text = ("Newcastle were the better side for an hour, but the football match turned after the break, and the "
            "visitors held on.")
    assert ("Newcastle", "ORG") in entities_of(nlp, text)


def test_a_town_after_a_preposition_or_joined_to_another_is_no_club_by_its_verb(nlp) -> None:
    text = ("The football fans who live in Portsmouth are hoping for a cup run, and the town council has promised "
            "a parade.")
    assert ("Portsmouth", "ORG") not in entities_of(nlp, text)
    text = "Leeds and Hull are both chasing the same striker, a football agent said on Friday."
    found = entities_of(nlp, text)
    assert ("Leeds", "ORG") not in found and ("Hull", "ORG") not in found
