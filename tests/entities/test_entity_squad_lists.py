"""A squad's list in a rugby report: each player's club in brackets after the name is a club (an organisation) in
every mention, where the model read it as a person or a province; rugby's competitions as written ("Six Nations")
say the article reports a game. A player's initial before the surname ("J Brennan") tells him from the coach the
article names in full ("Andy Brennan"), and an initial that fits a full name ("G Murphy" after "Gareth Murphy") is
that person. Brackets after a person in an article about no game name no club (real model)."""

from __future__ import annotations

from entity_support import mentions

_SQUAD = ("Coach Andy Brennan named his rugby side on Monday, with Gareth Murphy at full-back. Brennan said he was "
          "pleased.\n\nG Murphy; J Brennan (Kingsport Sharks, capt); M Cole (Kingsport Sharks), J Hale (Northgate).")


def test_a_club_in_brackets_after_a_player_is_a_club(nlp) -> None:
    assert {m[1] for m in mentions(nlp, _SQUAD) if m[0] == "Kingsport Sharks"} == {"ORG"}


def test_a_province_in_a_six_nations_squad_is_a_club(nlp) -> None:
    text = ("Ireland named their Six Nations squad on Monday. Forwards: T Rees (Ulster), D Hale (Munster, capt), "
            "B Mott (Leinster), K Vane (Ulster). The coach said he was happy.")
    assert {m[1] for m in mentions(nlp, text) if m[0] == "Ulster"} == {"ORG"}


def test_a_players_initial_tells_him_from_the_coach(nlp) -> None:
    found = mentions(nlp, _SQUAD)
    assert ("J Brennan", "PERSON", "J Brennan") in found
    assert ("G Murphy", "PERSON", "Gareth Murphy") in found


def test_brackets_in_an_article_about_no_game_name_no_club(nlp) -> None:
    text = "The shadow cabinet met on Monday. Tom Hale (Ulster) and Ann Vane (Munster) spoke for the party."
    assert not any(m[1] == "ORG" for m in mentions(nlp, text) if m[0] in ("Ulster", "Munster"))
