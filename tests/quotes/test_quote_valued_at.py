"""An estimate given as a figure (real model): 'put X at <level>' by someone who can estimate is a report over the
object and the level; a result or an act with 'put' is none."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


# The rulings count stances with content, and PolNeAR reports 'put his net worth at $45 billion'.
@pytest.mark.parametrize("text, content, speaker", [
    ("Organisers of the rally put the crowd at 80,000 on Sunday.", "the crowd at 80,000", "organisers"),
    ("Analysts put the cost of the merger at about 2 billion dlrs.",
     "the cost of the merger at about 2 billion dlrs", "analysts"),
    ("A magazine put her fortune at 3 billion dollars last year.", "her fortune at 3 billion dollars", None),
])
def test_put_with_an_object_set_at_a_level_is_the_subjects_estimate(nlp, text, content, speaker):
    quotes = [q for q in quotes_of(nlp, text) if q.text == content]
    assert quotes and quotes[0].kind == "indirect", [(q.text, q.speaker) for q in quotes_of(nlp, text)]
    if speaker is not None:
        assert quotes[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "The purchase puts its stake in the brewer at 9.8 pct.",
    "The company put 10 mln dlrs into the venture and put the plan on hold.",
    "The sale will put the outstanding supply of bills at about 900 billion yen.",
])
def test_a_result_or_an_act_with_put_is_no_estimate(nlp, text):
    assert not any(q.cue == "put" or q.cue == "puts" for q in quotes_of(nlp, text)), \
        [(q.text, q.cue) for q in quotes_of(nlp, text)]
