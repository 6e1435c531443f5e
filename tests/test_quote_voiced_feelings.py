"""'expressed concern about X', 'voiced doubts over X': a feeling put into words, reported over what it was about
with the subject as source (quotes/voiced_feelings.py); not when nobody is named, the feeling is denied, or the
verb only stirs one."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, content, speaker", [
    ("Mr. Okafor expressed concern about the cost of the new rules.", "the cost of the new rules", "Okafor"),
    ("Several Velmor banks voiced doubts over the plan to merge the two exchanges.",
     "the plan to merge the two exchanges", "banks"),
    # the writer's relative clause after a comma is no part of what the feeling was about
    ("Groups representing farmers also aired misgivings about the price of feed, which rose in May.",
     "the price of feed", "groups"),
])
def test_what_a_voiced_feeling_was_about_is_reported(nlp, text, content, speaker):
    quotes = quotes_of(nlp, text)
    hit = next((q for q in quotes if q.text == content), None)
    assert hit is not None, [(q.text, q.speaker) for q in quotes]
    assert speaker in (hit.speaker or "").lower() or speaker in (hit.speaker or ""), hit.speaker


@pytest.mark.parametrize("text", [
    "Concern was expressed about the cost of the new rules.",
    "The crash raised fears about the safety of the old bridge.",
    "Mr. Okafor expressed no concern about the cost of the new rules.",
])
def test_no_report_without_a_voice(nlp, text):
    assert not quotes_of(nlp, text), [q.text for q in quotes_of(nlp, text)]
