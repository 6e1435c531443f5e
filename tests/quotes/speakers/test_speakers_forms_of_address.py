"""A form of address before a name ("Sir Alan Pike", "Dr Ruth Penrose") says how a person is addressed, not what they
do: no speaker role, so that a post another mention gives can be the role; "Professor" is a post and stays. With the
real model and pipeline; sentences of our own.
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_knight_has_no_role_from_his_title(nlp) -> None:
    text = ("Sir Alan Pike has asked the league to look again at the red card shown to his captain.\n\n"
            "Pike believes the referee was wrong. \"It was a fair tackle and everyone saw it,\" he said.")
    quote = quote_with(nlp, text, "fair tackle")
    assert quote.speaker == "Alan Pike"
    assert quote.speaker_role is None


def test_a_doctor_is_no_role_but_the_post_given_later_is(nlp) -> None:
    text = ("Dr Ruth Penrose said the trial of the new inhaler had gone better than anyone hoped.\n\n"
            "Ruth Penrose, head of research at the Hartley Institute, led a team of twelve.\n\n"
            "\"We expected some side effects and saw almost none,\" she said.")
    quote = quote_with(nlp, text, "saw almost none")
    assert quote.speaker == "Ruth Penrose"
    assert quote.speaker_role == "head of research"


def test_a_professor_keeps_the_post(nlp) -> None:
    text = ("Professor Ann Hale said the new bridge design would halve the cost of repairs.\n\n"
            "\"The steel we chose does not rust in salt air,\" she said.")
    assert quote_with(nlp, text, "does not rust").speaker_role == "Professor"
