"""'according to' a measure, a kind or a method (real model): 'priced according to its quality', 'vary according to
the type of loan', 'set according to a basket of five currencies', 'went according to plan' name no source; a body, a
document or the bare 'plan' with its own words stays a source."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text", [
    "The sawmill grades each load of timber according to its quality and its moisture.",
    "The rate is set daily according to a basket of five currencies.",
    "Payments will be adjusted according to changes in the index.",
    "According to a formula agreed last year, the fee will rise.",
])
def test_according_to_a_measure_names_no_source(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not any(q.cue and q.cue.lower().startswith("according") for q in quotes), \
        [(q.text, q.speaker, q.cue) for q in quotes]


@pytest.mark.parametrize("text, content, speaker", [
    ("Prices rose 3 pct in May, according to the statistics office.", "Prices rose 3 pct in May",
     "statistics office"),
    ("According to the plan, the company will close two mills next year.",
     "the company will close two mills next year", "plan"),
])
def test_according_to_a_body_or_a_document_is_still_a_source(nlp, text, content, speaker):
    quotes = [q for q in quotes_of(nlp, text) if q.cue and q.cue.lower().startswith("according")]
    assert quotes and quotes[0].text == content and quotes[0].speaker == speaker, \
        [(q.text, q.speaker) for q in quotes_of(nlp, text)]
