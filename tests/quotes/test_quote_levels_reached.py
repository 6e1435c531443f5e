"""The level a change moves to or from ('announced a one-point cut in its lending rate to 8 pct from 9 pct'),
which the parse hangs on the verb after its object, is part of what was announced (real model). Not an audience
with a number ('explained the plan to 300 workers'), nor a year."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content", [
    ("The bank announced a one-point cut in its lending rate to 8 pct from 9 pct.",
     "a one-point cut in its lending rate to 8 pct from 9 pct"),
    ("The union announced a rise in its dues to 12 dlrs a month.", "a rise in its dues to 12 dlrs a month"),
    ("Analysts estimated the cost of the repairs at 40 to 45 mln dlrs.", "the cost of the repairs at 40 to 45 mln dlrs"),
])
def test_the_level_goes_with_the_change(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:12])
    assert (q.text, q.kind) == (content, "indirect")


@pytest.mark.parametrize("text, content", [
    ("The firm explained the plan to 300 workers on Monday.", "the plan"),
    ("The ministry proposed a rise in the levy to 1990.", "a rise in the levy"),
    ("The firm explained the plan to 3 million workers.", "the plan"),
])
def test_no_level_no_change(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:8])
    assert q.text == content, q.text
