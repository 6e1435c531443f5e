"""'The <Name> Plan calls for X to Y': a proposal under its maker's name is the maker's appeal, whether what it calls
for is a noun phrase ('calls for a freeze on prices') or a clause with a subject of its own ('calls for prices to be
frozen'); both paths read one check of a document that sets terms (quotes/set_terms.py sets_terms), which counts a
name's word only as a law or a treaty under its own name ('the Oslo Accord calls for X to Y': no one's appeal).

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, content, speaker", [
    ("Farm groups met in Lyon on Friday.\n\nThe Garnier Plan calls for grain prices to be frozen for two years.",
     "grain prices to be frozen", "Garnier"),
    ("Farm groups met in Lyon on Friday.\n\nThe Garnier Plan calls for a freeze on grain prices for two years.",
     "a freeze on grain prices", "Garnier"),
])
def test_a_named_plan_is_its_makers_appeal_on_both_paths(nlp, text, content, speaker):
    quotes = quotes_of(nlp, text)
    assert any(content in q.text and q.speaker and speaker in q.speaker for q in quotes), \
        [(q.text, q.speaker) for q in quotes]


def test_a_named_treaty_calling_for_a_clause_is_no_appeal(nlp):
    quotes = quotes_of(nlp, "Ministers met in Oslo on Friday.\n\nThe Oslo Accord calls for both sides to withdraw "
                            "their troops.")
    assert not any("withdraw" in q.text for q in quotes), [(q.text, q.speaker) for q in quotes]
