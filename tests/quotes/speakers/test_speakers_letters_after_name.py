"""A speaker in apposition to a post whose name ends in letters for a seat or an honour ("Scottish Finance Minister,
Ann Blake MSP, said"): the parse makes the letters the head of the apposition, and the speaker is the person named
before them, not "MSP" (real model, real pipeline)."""

from __future__ import annotations

from quote_support import speakers_in


def test_the_name_before_the_letters_speaks(nlp) -> None:
    text = ("Councils in Scotland warned that services would be cut unless funding rose. Scottish Finance Minister, "
            "Tom Blackie MSP, said: \"Last week in parliament I announced extra money for local government.\"")
    speakers = speakers_in(nlp, text)
    assert "MSP" not in speakers
    assert "Tom Blackie" in speakers


def test_the_name_before_the_letters_speaks_reported(nlp) -> None:
    text = ("Councils warned of cuts. The Labour health spokesman, Ian Mackie MSP, said the plan was a stealth tax "
            "on families.")
    assert speakers_in(nlp, text) == ["Ian Mackie"]


def test_an_organisation_in_capitals_is_left_alone(nlp) -> None:
    text = ("The union warned of strikes. Its biggest rival, the RMT, said the offer was an insult to its members.")
    assert "RMT" in speakers_in(nlp, text)


def test_the_holder_of_a_chair_named_with_letters_speaks(nlp) -> None:
    text = "Ministers were criticised. Chairman of the Home Affairs Committee Peter Dowell MP, said: \"The plan is a muddle.\""
    assert speakers_in(nlp, text) == ["Peter Dowell"]

