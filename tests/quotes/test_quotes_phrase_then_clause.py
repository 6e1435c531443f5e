"""'<Firm> said in a letter it cut X', 'told Reuters on Monday it had sold X', 'said before the vote he was
seeking X': with no "that" after a phrase of time, place or occasion, the parse hangs the clause on the phrase
(quotes/phrase_then_clause). The clause opening on its own subject and finite verb right after the phrase is what
was said; the phrase stays out; a relative clause with a gap is the phrase's own.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_SAID = [
    ("Acme said in a letter it cut the budget to five pct.", "it cut the budget", "Acme"),
    ("Lane told Reuters on Monday it had sold the unit.", "it had sold the unit", "Lane"),
    ("The minister said before the vote he was seeking cuts.", "he was seeking cuts", "minister"),
]


@pytest.mark.parametrize("text, fragment, speaker", _SAID)
def test_a_clause_after_the_phrase_is_what_was_said(nlp, text, fragment, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text.startswith(fragment)]
    assert hits and speaker in (hits[0].speaker or ""), [(q.text, q.speaker) for q in quotes]


def test_a_relative_clause_with_a_gap_is_no_report(nlp):
    quotes = quotes_of(nlp, "Acme said in a statement the firm issued.")
    assert not quotes, [(q.text, q.speaker) for q in quotes]


def test_a_clause_opened_by_a_preposition_and_a_relative_is_no_report(nlp):
    quotes = quotes_of(nlp, "Lane agreed to a deal in which Brenner became mayor.")
    assert not quotes, [(q.text, q.speaker) for q in quotes]


def test_a_phrase_with_a_verb_of_its_own_is_what_the_charge_was(nlp):
    quotes = quotes_of(nlp, "The guards were accused of beating the men they were hired to protect.")
    assert [q.text for q in quotes] == ["beating the men they were hired to protect"], [q.text for q in quotes]
