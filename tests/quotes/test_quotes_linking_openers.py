"""'However, the mill will stay open, the company said': a word that opens the sentence and ties it to the one
before, set off by a comma ('However,', 'Finally,', 'In addition,'), is the writer's, not part of what was said
(quotes/clauses.py linking_opener, read by trim). A word that says something of the report stays ('Instead,'), and
so does a linking word inside the sentence or one with no comma after it.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_DROPPED = [
    ("Sales rose in May. However, the mill will stay shut until the autumn, the company said.",
     "the mill will stay shut"),
    ("The bank cut its rate. Finally, two smaller lenders raised their fees, according to a filing.",
     "two smaller lenders raised"),
    ("Exports fell sharply. In addition, imports of grain slowed in the quarter, officials said.",
     "imports of grain slowed"),
    ("Prices were steady. Meanwhile, demand for copper will grow next year, analysts said.",
     "demand for copper will grow"),
]


@pytest.mark.parametrize("text, fragment", _DROPPED)
def test_a_linking_word_is_left_out(nlp, text, fragment):
    quotes = quotes_of(nlp, text)
    assert any(q.text.startswith(fragment) for q in quotes), [q.text for q in quotes]


_KEPT = [
    ("The plant was old. Instead, the firm will build a new one near the port, a spokesman said.", "Instead,"),
    ("Tom Reed said the plan, however, would cost too much.", "the plan, however,"),
    ("Still higher prices would hurt the farmers, the minister said.", "Still higher prices"),
]


@pytest.mark.parametrize("text, fragment", _KEPT)
def test_other_openers_stay(nlp, text, fragment):
    quotes = quotes_of(nlp, text)
    assert any(q.text.startswith(fragment) for q in quotes), [q.text for q in quotes]
