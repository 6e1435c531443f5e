"""A company's reported result in figures is its report, and a level set against another is a forecast's figure
(real model): 'reported a 20 percent fall in net profit', 'reported lower profits at its unit', 'had expected a softer
result'; a report foretold with a modal, an object with no figure and a count of what is awaited are none."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


# The rulings give a company's reported result to the company ('reported an 8.1 pct increase in net profit'), and
# PolNeAR counts a company's reported earnings per share.
@pytest.mark.parametrize("text, content, speaker", [
    ("Delta Mining on Tuesday reported a 20 percent fall in net profit for the first quarter.",
     "a 20 percent fall in net profit for the first quarter", "Delta Mining"),
    ("The chain also reported lower profits at its food unit.", "lower profits", "chain"),
    ("Brokers had expected a softer result from the miner.", "a softer result from the miner", "brokers"),
    ("The bank sees higher prices for copper in the second half.", "higher prices for copper", "bank"),
])
def test_a_reported_result_or_a_compared_level_is_a_report(nlp, text, content, speaker):
    quotes = [q for q in quotes_of(nlp, text) if q.text == content]
    assert quotes and quotes[0].kind == "indirect", [(q.text, q.speaker) for q in quotes_of(nlp, text)]
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "The two lenders will report a record year when they publish results on Friday.",
    "Members reporting losses over 5 mln dlrs will get relief from the fund.",
    "Most grocers report their second half in March.",
    "The company reported a fire at its plant on Monday.",
    "The firm expects more details from the ministry next week.",
])
def test_no_figure_or_a_foretold_report_is_no_report(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not quotes, [(q.text, q.speaker, q.cue) for q in quotes]
