"""A bare surname the model reads as a town, of a person the article names in full, is that person where it is not
written as a place is ('against Houston', 'Houston responded'); after 'in', 'from' or 'to', or before a comma and its
state, it stays the town. An Irish surname alone in a squad's list, read as a place, is a person (real model; our
own sentences)."""

from __future__ import annotations

from entity_support import mentions


def bare(nlp, text: str, surname: str) -> list[tuple[str, str]]:
    return [(label, canonical) for words, label, canonical in mentions(nlp, text) if words == surname]


def test_a_surname_that_is_a_town_is_the_player_named_in_full(nlp) -> None:
    text = ("Florence Houston and Kim Lowry meet in the last eight on Thursday.\n\n"
            "Lowry lost a long three-setter against Houston in Melbourne last month.")
    assert bare(nlp, text, "Houston") == [("PERSON", "Florence Houston")]


def test_a_kicker_named_like_a_town_is_the_kicker(nlp) -> None:
    text = ("Savannah Bradford kicked four penalties for the visitors.\n\n"
            "However, Bradford responded quickly by kicking a drop goal from the halfway line.")
    assert bare(nlp, text, "Bradford") == [("PERSON", "Savannah Bradford")]


def test_the_town_written_as_a_place_stays_the_town(nlp) -> None:
    travelled = ("Ben Preston scored twice for the visitors on Saturday.\n\n"
                 "The fans travelled to Preston by train for the match.")
    assert bare(nlp, travelled, "Preston") == [("GPE", "Preston")]
    with_state = ("Owen Houston kicked four penalties for the visitors.\n\n"
                  "The squad flew home from Houston, Texas, on Sunday.")
    assert bare(nlp, with_state, "Houston") == [("GPE", "Houston")]


def test_an_irish_surname_in_a_squad_list_is_a_player(nlp) -> None:
    text = "Connacht: Tallon, Brophy, Kilbride, Nevin, O'Meara, Quilty, Grealish, Furey."
    assert bare(nlp, text, "O'Meara") == [("PERSON", "O'Meara")]
