"""A pronoun is no name: a speaker left as "I", "They" or "Speaker" is shown as no one or unnamed (real model).

Our own sentences, in the shapes seen on fresh wire copy and 2016 political news: an op-ed's "I", a "We" and a
"They" with nothing before them, "Speaker after speaker denounced …".
"""

from __future__ import annotations

from quote_support import quote_with, quotes_of


def test_a_writers_i_names_no_one(nlp) -> None:
    text = ("Newsroom notes.\n\nI always hoped I would see this once before I died. "
            "I know you do not want to vote for her, but the race is over.")
    assert all(q.speaker is None for q in quotes_of(nlp, text) if "I would see this" in q.text or
               "you do not want" in q.text)
    assert any("I would see this" in q.text for q in quotes_of(nlp, text))


def test_speaker_after_speaker_are_unnamed_speakers(nlp) -> None:
    text = ("The crowd gathered in the square on Thursday. "
            "Speaker after speaker denounced the United States and praised the government.")
    assert quote_with(nlp, text, "the United States").speaker == "speakers"


def test_no_speaker_is_a_bare_pronoun(nlp) -> None:
    text = ("Newsroom notes.\n\nWe know their average age and their marital status. "
            "They said the lists were wrong.")
    spoken = [q.speaker for q in quotes_of(nlp, text)]
    assert spoken and not {s for s in spoken if s} & {"We", "They", "I", "It", "it", "we", "they"}
