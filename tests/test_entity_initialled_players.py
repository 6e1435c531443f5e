"""A capital letter before a surname in a squad's list is a player's initial: "L Orsini", which the model reads as
a place, is a person. A headline's compass point before a place ("N Korea") is still the place (real model)."""

from __future__ import annotations

from entity_support import mentions


def test_an_initialled_player_read_as_a_place_is_a_person(nlp) -> None:
    text = ("Italy named an unchanged rugby side on Thursday.\n\nItaly: R Bassani; M Ferrante, L Nitti, A Masotti, "
            "P Rinaldo; L Orsini, A Torrisi.")
    assert ("L Orsini", "PERSON", "L Orsini") in mentions(nlp, text)


def test_a_compass_point_before_a_country_stays_a_place(nlp) -> None:
    text = "Hopes rise in S Africa as the rugby side wins. N Korea said nothing. W Germany won."
    found = {m[0]: m[1] for m in mentions(nlp, text)}
    assert found.get("N Korea") == "GPE" and found.get("S Africa") == "GPE"
