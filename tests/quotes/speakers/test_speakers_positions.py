"""Football copy calls a player it has just named by their place in the team ("the defender told", "said the Harbour
Town striker") when they speak: the speaker is that player, with the real model and pipeline; but only in their words
or views, never in a match report's play, and never a player the article gave another position. Sentences of our own.
"""

from __future__ import annotations

from quote_support import quotes_of, speaker_of


def test_the_defender_told_is_the_player_named_before(nlp) -> None:
    text = ("Rovers' Dan Feltham has called Sunday's derby against City the biggest game of his season.\n\n"
            "\"We owe the fans a proper performance after last spring,\" the defender told a local radio station.")
    assert speaker_of(nlp, text, "owe the fans") == "Dan Feltham"


def test_a_striker_of_a_named_club_who_said(nlp) -> None:
    text = ("Harbour Town climbed to third place with a 3-1 win away at Dunmore on Saturday.\n\n"
            "Daniel Webb was pleased with the way his side kept their shape after the break. \"The first goal was "
            "a lucky deflection but the second was all about the pass,\" said the Harbour Town striker.")
    assert speaker_of(nlp, text, "lucky deflection") == "Daniel Webb"


def test_the_skipper_admitted_after_a_name_in_the_paragraph(nlp) -> None:
    text = ("Ellis Moran watched from the bench as his side suffered a first home defeat in a year.\n\n"
            "After the game, the skipper admitted the squad had grown too comfortable at home.")
    assert speaker_of(nlp, text, "grown too comfortable") == "Ellis Moran"


def test_a_player_given_another_position_is_not_the_striker(nlp) -> None:
    text = ("Dunmore defender Ian Roche was sent off after half an hour of the cup tie.\n\n"
            "The striker said the red card had changed the whole game.")
    assert speaker_of(nlp, text, "red card had changed") != "Ian Roche"


def test_a_keeper_in_play_is_no_one_named_before(nlp) -> None:
    text = ("Tom Reilly hit the bar twice in the first half at Kingsbridge.\n\n"
            "The keeper denied him again after the break with a save low to his left.")
    assert "Tom Reilly" not in [q.speaker for q in quotes_of(nlp, text)]
