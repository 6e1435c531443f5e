"""The outlet that writes the article is no source in it (real model): its account of an interview ("Wikinews spoke
with X about Y") and its questions under its own label ("Wikinews: Why …?") are no quotes; the interviewee's answers
and the reports of others stay. The sentences are our own."""

from __future__ import annotations

from store.analysis import analyze


def _speakers(nlp, text: str) -> list:
    return [q.speaker for q in analyze(nlp, text).quotes]


def test_the_outlet_is_no_source_of_its_own_article(nlp) -> None:
    text = ("On Friday, Wikinews spoke with the harbour master of Portree about the new ferry timetable. "
            "The harbour master said the Sunday crossing would return in June.")
    speakers = _speakers(nlp, text)
    assert "Wikinews" not in speakers
    assert "harbour master" in speakers


def test_the_outlets_questions_under_its_colon_label_are_no_quotes(nlp) -> None:
    text = ("Wikinews met Tom Baker, the harbour master of Portree, on Friday.\n\n"
            "Wikinews: Why did the ferry stop running on Sundays?\n\n"
            "Tom Baker: The crew could not be paid for a seventh day this winter.\n\n"
            "Wikinews: Will the Sunday crossing come back in the summer?\n\n"
            "Baker: We expect it to return in June, when the tourists arrive.")
    assert set(_speakers(nlp, text)) == {"Tom Baker"}
