"""A that-clause after the phrase that says where or how words were said ('said at a briefing that X', 'told
bankers on a call that X') is what was said, also when the parse reads it as a relative clause on the phrase's noun
and gives "that" a slot the clause has filled already: an object beside a passive's subject, a second object of one
preposition, or the determiner of the clause's own subject in a clause with no gap. A real relative clause on that
noun ('a meeting that shareholders held') and a clause on a noun the words were about ('questions about a story
that X') report nothing (real model)."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The minister said at a briefing that the budget would be cut.",
     "that the budget would be cut", "minister"),
    ("The mayor said at a briefing that the tax would be cut.",
     "that the tax would be cut", "mayor"),
    ("The finance chief told bankers on a call that costs would come in at the low end of its forecast.",
     "that costs would come in at the low end of its forecast", "finance chief"),
    ("The treasurer said on a call that revenue would come in at the low end of the range.",
     "that revenue would come in at the low end of the range", "treasurer"),
])
def test_a_that_clause_after_the_occasion_is_what_was_said(nlp, text, content, speaker):
    q = find(quotes_of(nlp, text), content)
    assert q.text == content
    assert speaker in (q.speaker or "")


def test_a_relative_clause_on_the_occasion_reports_nothing(nlp):
    assert not quotes_of(nlp, "The treasurer said at a meeting that shareholders held at the hotel.")


def test_the_clause_after_a_relative_one_is_still_the_report(nlp):
    quotes = quotes_of(nlp, "He said at a meeting that the board held in May that profits would rise.")
    assert [q.text for q in quotes] == ["that profits would rise"]


def test_a_clause_on_what_the_words_were_about_reports_nothing(nlp):
    text = "The coach would not take questions about a story that the stadium would be closed."
    assert not quotes_of(nlp, text)
