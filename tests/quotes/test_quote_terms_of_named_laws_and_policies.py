"""A policy, a strategy or an act that "calls for" or "calls on" someone sets terms as an agreement does; so does a
law under its own name ('the <Name> Act, which calls for X'), and a pact the parse makes the subject of a participle
that describes it ('the pact, agreed in May, calls on X to Y'). None of them is a speaker. A proposal launched by
someone named is still that person's appeal, and a body still appeals."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, absent", [
    ("That policy calls on city councils to trim road spending by four pct a year.", "trim road spending"),
    ("The ministry wants to keep its flat-budget policy, which calls for councils to freeze hiring.", "freeze hiring"),
    ("The deficit must fall under the Clean Water Act, which calls for zero discharges by 2030.", "zero discharges"),
    ("That strategy, which called for five billion dlrs in new loans, was dropped in June.", "new loans"),
    ("The trade pact, agreed last year, calls on Canada to stop dumping cheap steel in world markets.", "cheap steel"),
    ("The accord, reached after weeks of tense talks, called on the rebels to hand over their weapons.",
     "their weapons"),
])
def test_terms_of_a_policy_or_a_named_law_are_no_quote(nlp, text, absent):
    quotes = quotes_of(nlp, text)
    assert not any(absent in q.text for q in quotes), [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize("text, content, speaker", [
    ("The scheme was drawn up in 2019 by the finance minister and called on lenders to forgive half the debt.",
     "forgive half the debt", "finance minister"),
    ("The mayor's plan calls for more buses on every route.", "more buses", "mayor"),
    ("The union met on Monday and called for a strike.", "a strike", "union"),
])
def test_a_maker_or_a_body_still_appeals(nlp, text, content, speaker):
    quotes = quotes_of(nlp, text)
    assert any(content in q.text and q.speaker and speaker in q.speaker for q in quotes), \
        [(q.text, q.speaker) for q in quotes]
