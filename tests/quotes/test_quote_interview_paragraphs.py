"""An interview answer told in several paragraphs: the paragraphs under a label, up to the next turn, are the labelled
speaker's words (real model). The sentences are our own."""

from __future__ import annotations

from quote_support import quote_with

from store.analysis import analyze

_INTRO = "The reporter met the librarian, Ana Ruiz, in May, and the town's mayor, Tom Baker.\n\n"


def _owner(quotes, fragment: str):
    return [q.speaker for q in quotes if any(fragment in q.text[s - q.start:e - q.start] for s, e in q.spans)]


def test_the_paragraphs_under_an_answer_are_the_answer(nlp) -> None:
    text = (_INTRO + "((WN)) Why did the library close early this year?\n\n"
            "((Ana Ruiz)) Because the council cut its money in the spring.\n\n"
            "The catalogue shows how few new books came in. Parents complain that the rooms are too cold for "
            "reading.\n\n"
            "((WN)) What would you change first?\n\n"
            "((Ana Ruiz)) The opening hours, and the heating.")
    quotes = analyze(nlp, text).quotes
    assert _owner(quotes, "how few new books came in") == ["Ana Ruiz"]
    assert _owner(quotes, "rooms are too cold") == ["Ana Ruiz"]
    assert {q.speaker for q in quotes} == {"Ana Ruiz"}


def test_an_answer_stops_at_the_next_turn_a_short_question_or_a_heading(nlp) -> None:
    text = (_INTRO + "((WN)) Why did the library close early this year?\n\n"
            "((Ana Ruiz)) Because the council cut its money in the spring, and the heating failed.\n\n"
            "((WN)) Okay.\n\n"
            "The mayor's office gave a different account of the closure in a letter to parents.\n\n"
            "((Ana Ruiz)) The letter was wrong about the money, and about the dates.\n\n"
            "And are you safe now?\n\n"
            "The building was sold to a developer in June for a small sum.\n\n"
            "((Ana Ruiz)) We moved the books to the school, and the children helped us carry them.\n\n"
            "Born in Leeds, Ana Ruiz ran the library for a decade before the closure.\n\n"
            "((Ana Ruiz)) It was a name that stood for me, Ana Ruiz, and for the town.\n\n"
            "Plans for a new building\n\n"
            "The council voted on a new building for the library in a meeting on Friday.")
    quotes = analyze(nlp, text).quotes
    for fragment in ("gave a different account", "sold to a developer", "ran the library for a decade",
                     "voted on a new building"):
        assert "Ana Ruiz" not in _owner(quotes, fragment)


def test_a_named_persons_report_in_an_answer_keeps_its_speaker(nlp) -> None:
    text = (_INTRO + "((WN)) Why did the library close early this year?\n\n"
            "((Ana Ruiz)) Because the council cut its money in the spring.\n\n"
            "Tom Baker has said that the budget will grow next year, and I hope he is right.\n\n"
            "((WN)) What would you change first?\n\n"
            "((Ana Ruiz)) The opening hours, and the heating.")
    assert quote_with(nlp, text, "budget will grow").speaker == "Tom Baker"
