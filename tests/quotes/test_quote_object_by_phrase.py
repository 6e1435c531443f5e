"""'described careless conduct by the firm', 'criticized three players by name': a 'by' phrase the parse hung on the
verb right after a noun object names who did what the object names, or how the source named it, and goes on with
the report (quotes/object_phrases.py object_by_phrase). A gerund, a medium, a time, a figure or a set phrase after
'by' stays out.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_WIDENED = [
    ("The judge described careless conduct by the firm.", "careless conduct by the firm"),
    ("The coach criticized three players by name.", "three players by name"),
    ("Critics condemned the attack by militants on the convoy.", "the attack by militants on the convoy"),
    ("Former aides described rude conduct by the host behind the scenes of the show, in which guests were mocked.",
     "rude conduct by the host behind the scenes of the show, in which guests were mocked"),
]


@pytest.mark.parametrize("text, span", _WIDENED)
def test_the_by_phrase_goes_with_the_object(nlp, text, span):
    quotes = quotes_of(nlp, text)
    assert span in [q.text for q in quotes], [(q.text, q.kind) for q in quotes]


_KEPT = [
    ("The governor defended the plan by pointing to falling crime.", "the plan"),
    ("The mayor criticized the budget by phone from Paris.", "the budget"),
    ("The senator discussed the tariff by video link from Geneva.", "the tariff"),
]


@pytest.mark.parametrize("text, span", _KEPT)
def test_a_by_phrase_of_how_the_source_acted_stays_out(nlp, text, span):
    quotes = quotes_of(nlp, text)
    assert span in [q.text for q in quotes], [(q.text, q.kind) for q in quotes]
