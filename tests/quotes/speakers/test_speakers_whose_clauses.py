"""'X, whose criticism of Y grew': the words of a "whose" clause are X's, never shown as "whose". With the real
model and pipeline; sentences of our own."""

from __future__ import annotations

from quote_support import quotes_of


def test_whose_stands_for_the_name_it_follows(nlp) -> None:
    text = ("\u201cThe schools will reopen soon,\u201d replied Governor Ellen Marsh, whose criticism of the union has "
            "grown louder since the strike began.")
    speakers = {q.speaker for q in quotes_of(nlp, text)}
    assert "whose" not in speakers
    assert speakers == {"Ellen Marsh"}


def test_a_whose_clause_on_a_thing_gives_no_person(nlp) -> None:
    text = "Ellen Marsh visited the plant, whose owners said the line would close in May."
    assert all(q.speaker != "Ellen Marsh" for q in quotes_of(nlp, text))
