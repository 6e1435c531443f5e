"""A surname two people in the article share (real model, real pipeline): the bare surname is the person the article
brought in first, since a writer names the second in full each time to tell them apart; counting full names picked
that second person. A name written once, with no given name (a headline's "Beneath Moreau"), gives way."""

from __future__ import annotations

from datetime import date

from store.analysis import analyze

_TEXT = ("Helen Moreau campaigned in Lyon on Monday with her husband, the former mayor Paul Moreau.\n\n"
         "\"We will win this city,\" Moreau told the crowd.\n\n"
         "Paul Moreau said the economy was stronger than it looked. Paul Moreau also praised the new tram line.\n\n"
         "Moreau later told reporters that she would visit Paris next week.")


def test_a_shared_surname_is_the_person_named_first(nlp) -> None:
    result = analyze(nlp, _TEXT, date(2016, 3, 7))
    bare = [e for e in result.entities if e.text == "Moreau"]
    assert bare and {e.canonical for e in bare} == {"Helen Moreau"}
    speakers = {q.text.strip('"“”,'): q.speaker for q in result.quotes}
    assert speakers.get("We will win this city") == "Helen Moreau"
    assert "Paul Moreau" in speakers.values()  # named in full, he keeps his own quotes


def test_a_name_once_in_a_headline_with_no_given_name_gives_way(nlp) -> None:
    text = ("Beneath Moreau's win, signs of trouble\n\nHelen Moreau won the vote on Sunday. Paul Moreau, her husband, "
            "was not there.\n\nMoreau said the result was clear.")
    result = analyze(nlp, text, date(2016, 3, 7))
    assert {e.canonical for e in result.entities if e.text == "Moreau"} <= {"Helen Moreau"}
