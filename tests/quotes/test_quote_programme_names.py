"""A programme's name in quotation marks after "told" or "on" is where a source spoke, not what it said
(real model): 'told MSNBC's "Morning Joe"', 'said on CNN's "State of the Union."'."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, show", [
    ("The governor told \"Fox and Friends\" that the state would not pay for the new bridge.", "Fox and Friends"),
    ("\"I was sitting in a room with bad sound,\" Jones said on CNN's \"State of the Union.\"", "State of the Union"),
    ("Asked about the vote, the senator told MSNBC's \u201cMorning Joe\u201d on Monday that he had doubts.",
     "Morning Joe"),
])
def test_a_programme_name_is_no_quote(nlp, text, show):
    assert not any(show in text[s:e] for q in quotes_of(nlp, text) for s, e in q.spans)


def test_the_quotation_after_a_programme_name_stays(nlp):
    text = ("\"Everything is on the table,\" the candidate told ABC's \"Good Morning America.\" "
            "\"When you have a bomb, you are a threat to everyone.\"")
    pieces = [text[s:e] for q in quotes_of(nlp, text) if q.kind == "direct" for s, e in q.spans]
    assert any("When you have a bomb" in p for p in pieces)
    assert any("Everything is on the table" in p for p in pieces)
    assert not any("Good Morning America" in p for p in pieces)


def test_a_quote_in_lower_case_after_told_stays(nlp):
    text = "The mayor told \"we will rebuild every house on this street\" to the crowd."
    assert any("we will rebuild" in q.text for q in quotes_of(nlp, text))
