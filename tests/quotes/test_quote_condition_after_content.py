"""'who has promised to name her as ambassador if he wins in November': a condition the parse hung on the cue right
after the content goes with what was said, as a reason after 'because' does (quotes/bounds.py stray_conjuncts).

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_CASES = [
    ("His rival, who has promised to name her as ambassador if he wins in November, did not attend.",
     "to name her as ambassador if he wins in November"),
    ("The senator vowed to block the bill if it reached the floor.", "to block the bill if it reached the floor"),
]


@pytest.mark.parametrize("text, span", _CASES)
def test_the_condition_goes_with_the_report(nlp, text, span):
    quotes = quotes_of(nlp, text)
    assert span in [q.text for q in quotes], [(q.text, q.kind) for q in quotes]
