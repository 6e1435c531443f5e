"""A name listed with a club ("<club>, <town> and <town>") is a club too, and so is either side of a fixture ("<town>
v <town>"), in an article about a sport; a politician's seat named after two towns, and the surname of a player the
article names in full, stay what they were (real model)."""

from __future__ import annotations

from entity_support import entities_of


def test_the_sides_of_a_fixture_are_clubs(nlp) -> None:
    text = ("The football cup draw was made on Monday, with the holders given a trip north.\n\nOxford v Cambridge\n"
            "Bristol v Bath\nLeeds v York\n")
    found = entities_of(nlp, text)
    assert ("Oxford", "ORG") in found
    assert ("Cambridge", "ORG") in found


def test_a_town_listed_with_a_club_is_a_club(nlp) -> None:
    text = ("Halifax Town have lost four games in a row. Halifax Town, Bristol and Leeds are all chasing the young "
            "striker this winter.")
    found = entities_of(nlp, text)
    assert ("Leeds", "ORG") in found
    assert ("Leeds", "GPE") not in found


def test_a_seat_named_after_two_towns_is_no_pair_of_clubs(nlp) -> None:
    text = "She was the member for Richmond and Twickenham for ten years before her premiership bid ended."
    found = entities_of(nlp, text)
    assert ("Richmond", "GPE") in found
    assert ("Twickenham", "ORG") not in found


def test_a_players_surname_listed_with_a_club_stays_his(nlp) -> None:
    text = ("Lincoln City striker Ian Moss and winger Dean Pratt scored in the football match. Moss and Lincoln City "
            "were later praised.")
    found = entities_of(nlp, text)
    assert ("Ian Moss", "PERSON") in found
    assert ("Ian Moss", "ORG") not in found and ("Moss", "ORG") not in found
