"""'told a news conference the bank was in talks': wire copy leaves out "that" after the hearer, and the parse reads
the told clause as a relative clause on the hearer with no pronoun (quotes/told_that.py). A clause that opens on its
own noun subject and has nothing left for a relative to fill is what was told; a real relative clause on the hearer
is not.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_TOLD = [
    ("Marta Quill told a news conference the bank was involved in merger talks.", "the bank was involved",
     "Marta Quill"),
    ("Dov Harlan told an oil seminar the pipeline is aimed at improving supply in the north.", "the pipeline is aimed",
     "Dov Harlan"),
    ("Ines Varga told a press conference the group has emerged as a major force in the talks.", "the group has emerged",
     "Ines Varga"),
]


@pytest.mark.parametrize("text, fragment, speaker", _TOLD)
def test_a_bare_clause_after_the_hearer_is_what_was_told(nlp, text, fragment, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text.startswith(fragment)]
    assert hits and hits[0].speaker == speaker, [(q.text, q.speaker) for q in quotes]


_NOT_TOLD = [
    "Marta Quill told the story the paper printed on Sunday.",
    "Dov Harlan told the reporters who came about the plan.",
]


@pytest.mark.parametrize("text", _NOT_TOLD)
def test_a_relative_clause_on_the_hearer_is_not_what_was_told(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not quotes, [(q.text, q.speaker) for q in quotes]
