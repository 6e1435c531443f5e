"""A work's title in quotation marks before the source, in a phrase that names where the view was put ('In his
memoir "Long Road" (Bay Books), Lind argues that X'), quotes no one: the phrase around it is no mixed quote of
the source, and the report is the that-clause alone (real model)."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, speaker", [
    ('In his new memoir "Long Road" (Bay Books), Paul Lind argues that the fault lay with policy.', "Paul Lind"),
    ("In his new memoir ''Long Road'' (Bay Books), Paul Lind argues that the fault lay with policy.", "Paul Lind"),
    (('In their new book "Hard Lessons" (Midtown Press), Anna Reyes and Paul Lind of Ohio State argue that the '
     'fault lay with policy.'), "Anna Reyes"),
])
def test_the_title_phrase_is_no_quote(nlp, text, speaker):
    quotes = quotes_of(nlp, text)
    assert not any("Press" in q.text or "Books" in q.text for q in quotes), [(q.text, q.kind) for q in quotes]
    assert any(q.text == "that the fault lay with policy" and q.speaker == speaker for q in quotes)


def test_a_quotation_before_its_source_keeps_its_sentence(nlp):
    # words a source said, not a title: the mixed quote around them stays
    text = 'In a speech on Monday, the mayor said the plan was "a disgrace" and would be dropped.'
    quotes = quotes_of(nlp, text)
    assert any("a disgrace" in q.text and q.kind == "mixed" and q.speaker for q in quotes), \
        [(q.text, q.kind) for q in quotes]
