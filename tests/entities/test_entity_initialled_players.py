"""A capital letter before a surname in a squad's list is a player's initial: "L Orsini", which the model reads as
a place, is a person, and on a team sheet naming three or more players so, one it reads as a firm is too. A
headline's compass point before a place ("N Korea") is still the place, and a sheet's clubs stay clubs (real model)."""

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


_SHEET = ("Coach Ann Lee has made two changes to the side that lost to Hillcrest.\n\nJ Robins (Riverton, capt); "
          "M Cole (Oakvale), J Nolan (Dunmore), O Barrow (Riverton), J Lowry (Kestrel Wasps); C Hobson (Sale Rovers), "
          "H Ellery (Oakvale); G Rowan (Oakvale), S Thorne (Dunmore).")


def test_an_initialled_player_read_as_a_firm_on_a_team_sheet_is_a_person(nlp) -> None:
    found = {m[0]: m[1] for m in mentions(nlp, _SHEET)}
    assert found.get("J Nolan") == "PERSON" and found.get("H Ellery") == "PERSON"


def test_the_clubs_of_a_team_sheet_stay_clubs(nlp) -> None:
    found = {m[0]: m[1] for m in mentions(nlp, _SHEET)}
    assert found.get("Oakvale") == "ORG" and found.get("Dunmore") == "ORG"
