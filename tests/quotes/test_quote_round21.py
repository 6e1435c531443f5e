"""Round 21's quote-span rules (real model): the quotation marks inside a markup tag left in an article's text
('<post author="x" id="7">') delimit attribute values, not anyone's words; marks outside a tag, and a '<' that
compares, are read as before."""

from __future__ import annotations

from quote_support import find, quotes_of

from store.analysis.quotes.marks import find_quotes


def test_marks_inside_a_tag_pair_nothing():
    text = 'The mayor wrote: <post author="MayorJones" stamp="1700000000" id="42">The bridge opens today.</post>'
    assert find_quotes(text) == []


def test_marks_around_a_tag_still_pair():
    text = 'She said "the bridge opens today" <post author="MayorJones" id="42">See you there.</post> and "soon."'
    found = [text[s:e] for q in find_quotes(text) for s, e in q]
    assert found == ['"the bridge opens today"', '"soon."'], found


def test_a_comparison_is_no_tag():
    text = 'The engineer said "load < limit" holds and "speed > 40" does not.'
    found = [text[s:e] for q in find_quotes(text) for s, e in q]
    assert found == ['"load < limit"', '"speed > 40"'], found


def test_no_quote_is_made_of_tag_attributes(nlp):
    text = ('The mayor thanked the crews. <post pic="" author="MayorJones" stamp="1700000000" id="42">Proud of '
            'everyone who worked through the night.</post> Later she said, "The bridge will open on Friday."')
    quotes = quotes_of(nlp, text)
    assert not [q for q in quotes if "author=" in q.text or "stamp=" in q.text], [q.text for q in quotes]
    assert find(quotes, "The bridge will open").kind == "direct"
