"""A firm's short name taken for a person: a word of the registered name the article gives in full, before its legal
form ('Officine Castellane Spa', then 'Castellane said'), where no person of the article bears it (real model and
pipeline). Passages of our own; a chairman who bears the firm's name stays a person."""

from __future__ import annotations

from entity_support import labels_of, mentions


def test_a_word_inside_a_firms_name_is_the_firm(nlp) -> None:
    text = ("Officine Castellane Spa said its profit rose 20 pct last year.\n\n"
            "Castellane said exports led the gain, and Castellane added that it would raise its dividend.")
    assert labels_of(nlp, text, "Castellane") == {"ORG"}
    text = ("Northern Electric Kessler Ltd said it would cut 200 jobs.\n\n"
            "Kessler said sales were weak, and Kessler added that its plants would close in May.")
    assert labels_of(nlp, text, "Kessler") == {"ORG"}


def test_the_opening_word_of_two_firms_names_is_a_firm(nlp) -> None:
    text = ("Shares of Whitcombe Group International rose after the buyout firm set up Whitcombe Venture Partners, a "
            "new fund.\n\nWhitcombe said the fund will invest in small firms, to be run by Whitcombe and two "
            "partners.")
    assert labels_of(nlp, text, "Whitcombe") == {"ORG"}


def test_a_person_who_bears_the_firms_name_stays_a_person(nlp) -> None:
    text = ("The talks with Officine Castellane Spa have ended, the maker said.\n\nLuca Castellane, its chairman, "
            "said the firm would stay independent. Castellane said talks could resume.")
    assert ("Castellane", "PERSON", "Luca Castellane") in mentions(nlp, text)
