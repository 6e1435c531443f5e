"""'The poll found' after 'a Marlow/KTV News survey': a poll is one piece of research as a survey or a study is, so a
definite one is the named one before it. With the real model and pipeline; sentences of our own."""

from __future__ import annotations

from quote_support import speaker_of


def test_the_poll_is_the_survey_named_before(nlp) -> None:
    text = ("Ana Ruiz leads in the race, according to a Daily Courier/KTV News survey released on Thursday. Ruiz has "
            "52 percent, while Kell has 33 percent, the poll found.")
    assert speaker_of(nlp, text, "while Kell has") in ("Daily Courier", "KTV News")


def test_a_poll_after_an_unnamed_survey_stays_the_poll(nlp) -> None:
    text = ("Ana Ruiz leads in the race, according to a survey released on Thursday. Ruiz has 52 percent, while Kell "
            "has 33 percent, the poll found.")
    assert speaker_of(nlp, text, "while Kell has") not in ("Daily Courier", "KTV News", "Ana Ruiz")
