"""A sport's competition named by its closing word ("Sevens", "Premiership", "Open", "Cup", "Grand Slam", "Six
Nations", "Tri-Nations") is an event, whatever place, ground or body the model took it for, in a report of a game;
"the United Nations" is still a body, and outside a report of a game the closing word says nothing (real model)."""

from __future__ import annotations

from entity_support import mentions


def test_a_league_by_its_sponsor_is_an_event(nlp) -> None:
    text = "The hooker will be fit for the Zurich Premiership game against Harlequins, the rugby club said."
    assert ("Zurich Premiership", "EVENT", "Zurich Premiership") in mentions(nlp, text)


def test_tournaments_of_sevens_are_events(nlp) -> None:
    text = "The wing scored twice at the Hong Kong Sevens, and the rugby union side won the Madrid Sevens too."
    found = {m[0]: m[1] for m in mentions(nlp, text)}
    assert found["Hong Kong Sevens"] == "EVENT" and found["Madrid Sevens"] == "EVENT"


def test_the_tri_nations_is_an_event(nlp) -> None:
    text = "Australia are the reigning Tri-Nations champions in rugby league."
    assert ("Tri-Nations", "EVENT", "Tri-Nations") in mentions(nlp, text)


def test_the_united_nations_stays_a_body(nlp) -> None:
    text = ("The rugby union's chief said on Monday that the United Nations had backed its campaign against racism. "
            "The United Nations sent a letter.")
    assert {m[1] for m in mentions(nlp, text) if m[0] == "United Nations"} == {"ORG"}


def test_no_report_of_a_game_no_competition(nlp) -> None:
    text = "The new bakery chain opened its Madrid Sevens branch on Monday, and shares in the firm rose."
    assert not any(m[1] == "EVENT" for m in mentions(nlp, text) if "Sevens" in m[0])
