"""A forecast whose object gives no figure of its own but is followed by the level it is put at ('analysts
estimated the loss at 10 mln dlrs', 'estimated the bill at tens of millions of euros') reports the object and
the level (real model); an 'at' phrase that is no level (a meeting, a place) leaves the bare object unreported."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content, cue, source", [
    ("Analysts at Dunmore Securities estimated the loss at 10 mln dlrs.",
     "the loss at 10 mln dlrs", "estimated", "analysts"),
    ("Minister Ola Harlow estimated the bill for the flood repairs at tens of millions of euros.",
     "the bill for the flood repairs at tens of millions of euros", "estimated", "harlow"),
])
def test_a_level_after_the_object_is_the_forecast(nlp, text, content, cue, source):
    q = find(quotes_of(nlp, text), content[:12])
    assert q.text.startswith(content) and (q.cue, q.kind) == (cue, "indirect")
    assert q.speaker is not None and source in q.speaker.lower()


@pytest.mark.parametrize("text", [
    "The Corvane board expects a decision at its next meeting in the spring.",
    "The bank expects no big changes at its meeting.",
])
def test_no_level_no_forecast(nlp, text):
    assert not quotes_of(nlp, text), [q.text for q in quotes_of(nlp, text)]
