"""An 'in' phrase right after a reported object, which the parse hangs on the verb, goes on with the object ('questioned
the mayor's judgment in closing the harbour') (real model). Not a phrase of time, of where or how the source spoke,
nor a set adverbial phrase ('in response to')."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content", [
    ("The governor questioned the mayor's judgment in closing the harbour.",
     "the mayor's judgment in closing the harbour"),
    ("Okafor criticised the delays in paying the nurses.", "the delays in paying the nurses"),
])
def test_the_in_phrase_goes_with_the_object(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:12])
    assert (q.text, q.kind) == (content, "indirect")


@pytest.mark.parametrize("text, content", [
    ("The minister cited the new figures in response to a challenge by the opposition.", "the new figures"),
    ("Ms. Okafor cited her votes in the early years of the council.", "her votes"),
])
def test_no_object_phrase(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:8])
    assert q.text == content, q.text
