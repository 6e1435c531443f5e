"""'hailed the ruling as a victory', 'attacked the board as a muddle': praise or blame with what the judged one is
held to be is a judgement the subject voiced, reported over the object and its 'as' phrase (quotes/judged_for.py),
as 'praised the staff for staying open' is. With a bare object the same verbs hold a stance and report no words;
an 'as' that opens a clause of time, or 'as well as', gives no judgement either.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_JUDGED = [
    ("The union hailed the ruling as a victory for workers.", "the ruling as a victory for workers", "union"),
    ("Mayor Ruth Dale attacked the harbour board as a costly muddle.", "the harbour board as a costly muddle",
     "Ruth Dale"),
    ("The governor lauded the volunteers as heroes on Monday.", "the volunteers as heroes", "governor"),
    ("Senator Amos Reed praised the treaty as a historic step.", "the treaty as a historic step", "Amos Reed"),
    ("Dock unions attacked the pension plan as unfair to older staff.", "the pension plan as unfair to older staff",
     "Dock unions"),
]


@pytest.mark.parametrize("text, span, speaker", _JUDGED)
def test_a_judgement_with_as_is_reported(nlp, text, span, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text == span]
    assert hits and speaker.lower() in (hits[0].speaker or "").lower(), [(q.text, q.speaker) for q in quotes]


_NO_JUDGEMENT = [
    "The club praised the coach as the season ended.",
    "Critics attacked the convoy as well as the depot.",
    "The senator praised the treaty on Monday.",
    "The treaty was hailed as a victory by the union.",
]


@pytest.mark.parametrize("text", _NO_JUDGEMENT)
def test_no_judgement_without_an_as_phrase_on_the_verb(nlp, text):
    assert [q.text for q in quotes_of(nlp, text)] == []


def test_an_as_phrase_of_an_act_named_with_of_is_no_judgement(nlp):
    text = "The minister attacked the recognition of the island as a separate state by the council."
    assert [q.text for q in quotes_of(nlp, text) if "as a separate state" in q.text] == []


def test_quoted_words_after_as_stay_a_direct_quote(nlp):
    text = 'The senator attacked the inquiry as "a political stunt and a waste of money."'
    quotes = quotes_of(nlp, text)
    assert not [q for q in quotes if q.text.startswith("the inquiry")], [(q.text, q.kind) for q in quotes]
