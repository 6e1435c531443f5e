"""'called for the mayor to resign', 'calls for the wage to be raised': the parse makes the 'for' the mark of an
infinitive clause with a subject of its own and hangs that clause on "call"; the clause is what the source asked for
(quotes/call_appeals.py appeal_clause), as 'called for a strike' and 'called on X to Y' already are. Not after an
object ('called a meeting for members to vote': a thing convened, and what for), nor for a document that sets terms
('the agreement calls for tariffs to be cut', 'the Lisbon Accord called for prices to be held').

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_APPEALS = [
    ("In a letter on Friday, the bishop called for the mayor to resign.", "the mayor to resign", "bishop"),
    ("The senator has called for the state minimum wage to be raised to $18 by 2030.",
     "the state minimum wage to be raised to $18 by 2030", "senator"),
    ("Opposition leaders have repeatedly called for the election to be postponed.", "the election to be postponed",
     "Opposition leaders"),
    ("Protesters marched through the capital on Sunday, calling for the president to step down.",
     "the president to step down", "Protesters"),
]


@pytest.mark.parametrize("text, span, speaker", _APPEALS)
def test_a_call_for_a_clause_is_reported(nlp, text, span, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text == span]
    assert hits and speaker.lower() in (hits[0].speaker or "").lower(), [(q.text, q.speaker) for q in quotes]


_NO_APPEAL = [
    ("The agreement calls for tariffs to be cut by half over five years.", "tariffs"),
    ("The board called a meeting for members to vote on the merger.", "members to vote"),
    ("The Lisbon Accord called for prices to be held around current levels.", "prices"),
    ("The harbour plan, which calls for ferry fares to be cut by half, was approved.", "ferry fares"),
    ("The treaty, signed in May, called for both navies to leave the strait.", "both navies"),
]


@pytest.mark.parametrize("text, words", _NO_APPEAL)
def test_no_appeal_clause(nlp, text, words):
    quotes = quotes_of(nlp, text)
    assert not any(q.text.startswith(words) for q in quotes), [(q.text, q.speaker) for q in quotes]
