"""A post written with a hyphen whose first half the parse makes its head ("president-general", "secretary-general")
is the whole post as the role, not its first half (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_president_general_after_the_name(nlp) -> None:
    text = "\"We will not back down,\" said Paul Okafor, president-general of the Dockers' Federation of Lanmoor."
    q = quote_with(nlp, text, "We will not back down")
    assert q.speaker == "Paul Okafor"
    assert q.speaker_role == "president-general"
    assert q.affiliation == "Dockers' Federation of Lanmoor"


def test_secretary_general_after_the_name(nlp) -> None:
    text = "\"Talks have failed,\" said Ruth Mbeki, secretary-general of the Harbour Staff Association."
    q = quote_with(nlp, text, "Talks have failed")
    assert q.speaker_role == "secretary-general"


def test_president_general_before_the_name(nlp) -> None:
    text = ("The Lanmoor Teachers' Union said it would strike.\n\n"
            "Its president-general, Sam Eke, said talks had failed.")
    q = quote_with(nlp, text, "talks had failed")
    assert q.speaker == "Sam Eke"
    assert q.speaker_role == "president-general"
    assert q.affiliation == "Lanmoor Teachers' Union"


def test_director_general_still_whole(nlp) -> None:
    text = "\"We are ready,\" said Paul Okafor, director-general of the Dockers' Federation of Lanmoor."
    assert quote_with(nlp, text, "We are ready").speaker_role == "director-general"
