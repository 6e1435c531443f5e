"""A quoted object whose opening mark the parse hangs on the cue is still the head of its host clause.

'reported "no errors" from X': the parse may make the opening quotation mark a child of the verb rather than of the
quoted object, so the words inside had no head under the cue and no host clause was looked for; the report was the
quoted words alone, a direct quote cut short. The object with its phrase is the report, a mixed quote
(direct.host_clause).

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_REPORTED = [
    ("The annual audit reported 'no errors' from the new billing system.", "'no errors' from the new billing system"),
    ("Last year's reply reported 'no faults' from private accounts.", "'no faults' from private accounts"),
]


@pytest.mark.parametrize("text, content", _REPORTED)
def test_a_quoted_object_with_its_phrase_is_a_mixed_report(nlp, text, content):
    quotes = quotes_of(nlp, text)
    assert any(q.kind == "mixed" and q.text == content for q in quotes), [(q.kind, q.text) for q in quotes]


def test_a_quoted_object_alone_stays_a_direct_quote(nlp):
    quotes = quotes_of(nlp, "The annual audit reported 'no errors at all'.")
    assert [q.kind for q in quotes] == ["direct"], [(q.kind, q.text) for q in quotes]
