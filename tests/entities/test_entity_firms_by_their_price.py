"""A name the model reads as a person's, written in a market report as the subject of a move to a price ('<Name>
rose 20 to 7.00', '<Name> was 8p higher at 390'), is a listed firm's (real model and pipeline). A quantity's price
('a barrel') and a person's rise to a post stay as they were.

Passages of our own in the shape of wire copy.
"""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_that_rises_to_a_price_is_a_firm(nlp) -> None:
    text = ("SYDNEY, May 4 - Gold miners traded unevenly. Kelvaro rose 15 to 6.40 on hopes for its new pit, "
            "and Tarbelle dropped 26 to 5.00.")
    assert labels_of(nlp, text, "Kelvaro") == {"ORG"}


def test_a_name_higher_at_a_price_is_a_firm(nlp) -> None:
    text = "LONDON, May 4 - Property shares firmed. Harwick was 8p higher at 390 and Dunmere closed at 4.60."
    assert labels_of(nlp, text, "Harwick") == {"ORG"}


def test_a_person_who_rises_to_a_post_stays_a_person(nlp) -> None:
    text = "WASHINGTON, May 4 - Ann Kelvaro rose to the post of chairman in 1980, and Kelvaro said she would stay."
    assert "ORG" not in labels_of(nlp, text, "Kelvaro")


def test_a_price_by_the_barrel_names_no_firm(nlp) -> None:
    text = "NEW YORK, May 4 - Bonny Light was off 23 cts to 21.35 dlrs a barrel, dealers said."
    assert "ORG" not in labels_of(nlp, text, "Bonny Light")
