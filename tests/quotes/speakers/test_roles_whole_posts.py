"""A post of two words whose last word alone is another post or a title is the role whole: 'Postmaster General'
is no general, 'First Lady' no 'Lady' (a form of address), 'special prosecutor' no public prosecutor (real model).

Our own sentences and names; a post the lexicon lacks keeps the reading it had."""

from __future__ import annotations

from store.analysis import analyze


def _people(nlp, text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in analyze(nlp, text).entities if e.label == "PERSON"}


def _roles(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.speaker_role) for q in analyze(nlp, text).quotes]


def test_a_capitalised_post_is_kept_whole(nlp) -> None:
    text = ("WASHINGTON - Postmaster General Tom Ward said the mail would be late. "
            "Former National Security Adviser John Bolt said the plan would fail.\n")
    assert _roles(nlp, text) == [("Tom Ward", "Postmaster General"), ("John Bolt", "National Security Adviser")]


def test_a_post_whose_first_word_the_model_left_out_of_the_name(nlp) -> None:
    # the model reads 'Lady Jill Brown' as the name and 'First' as an ordinal
    text = "WASHINGTON - First Lady Jill Brown visited a school in Ohio on Monday.\n"
    assert _people(nlp, text)["Jill Brown"] == "First Lady"


def test_a_lower_case_post(nlp) -> None:
    text = ("WASHINGTON - The special prosecutor Lawrence Green asked for more time. "
            "Former presidential candidate Anna Price said she was pleased.\n")
    assert _people(nlp, text) == {"Lawrence Green": "special prosecutor", "Anna Price": "presidential candidate"}


def test_a_post_the_lexicon_lacks_keeps_its_reading(nlp) -> None:
    text = "LONDON - Regional Inspector Sam Cole said the man was arrested.\n"
    assert _roles(nlp, text) == [("Sam Cole", "Inspector")]
