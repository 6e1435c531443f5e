"""A club is named by the post of a player or a manager in its side: "Riverton striker Ann Lee", and, in an article
about a sport, "Riverton manager Ann Lee". The model reads such a club as a person or a town; it is an organisation
in every mention, and the person's affiliation (real model)."""

from __future__ import annotations

from entity_support import entities_of, labels_of

from store.analysis import analyze


def test_a_side_named_before_a_players_post_is_a_club(nlp) -> None:
    text = ("Harwick Rovers striker Tom Baker may return for the cup tie at Brayton on Saturday. Harwick Rovers "
            "manager Joe Smith said the injury had healed.")
    assert labels_of(nlp, text, "Harwick Rovers") == {"ORG"}
    smith = next(e for e in analyze(nlp, text).entities if e.canonical == "Joe Smith")
    assert smith.role == "manager"


def test_a_managers_club_in_an_article_about_a_sport(nlp) -> None:
    text = ("Everton manager Joe Smith will discipline striker Tom Baker after his clash with Chelsea defender "
            "Ron Green, who stayed down for a minute.")
    found = entities_of(nlp, text)
    assert ("Everton", "ORG") in found and ("Chelsea", "ORG") in found
    assert ("Joe Smith", "PERSON") in found and ("Ron Green", "PERSON") in found


def test_a_manager_outside_a_sport_names_no_club(nlp) -> None:
    text = "Store manager Ann Lee said the Hillcrest branch would stay open over the holiday."
    assert ("Hillcrest", "ORG") not in entities_of(nlp, text)


def test_a_country_before_a_post_stays_the_country(nlp) -> None:
    text = "England striker Tom Baker scored twice, and England manager Joe Smith praised him."
    assert ("England", "ORG") not in entities_of(nlp, text)


def test_the_clubs_closing_word_alone_is_the_club(nlp) -> None:
    text = ("Harwick Rovers striker Tom Baker may return for the cup tie on Saturday. Rovers won 2-0 at home last "
            "week, and Rovers fans cheered him off.")
    rovers = {(e.label, e.canonical) for e in analyze(nlp, text).entities if e.text == "Rovers"}
    assert rovers == {("ORG", "Harwick Rovers")}
