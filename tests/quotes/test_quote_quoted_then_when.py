"""'blasted the mayor as a “failure” Tuesday on a radio show', 'called the plan a “fraud” during a town hall': the
day or the occasion right after the quoted words of a naming or judging report is when they were said, not part of
what the thing was called; the report ends with the quotation (quotes/circumstance.py). A phrase that may be
part of what was said ('in its first year') stays.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import quotes_of

_CUT = [
    ("The governor blasted the mayor as a “failure” Tuesday on a morning radio show.", "the mayor as a “failure”"),
    ("The former president criticized the tax law as a “broken system” during a campaign stop in Dayton, Ohio.",
     "the tax law as a “broken system”"),
    ("The governor called the mayor a “failure” Tuesday on a morning radio show.", "the mayor a “failure”"),
    ("The minister described the deal as a “breakthrough” Monday in an interview with a local paper.",
     "the deal as a “breakthrough”"),
]


@pytest.mark.parametrize("text, span", _CUT)
def test_the_report_ends_with_the_quotation(nlp, text, span):
    quotes = quotes_of(nlp, text)
    assert span in [q.text for q in quotes], [(q.text, q.kind) for q in quotes]


_KEPT = [
    ("Critics described the scheme as a “costly failure” in its first year.",
     "the scheme as a “costly failure” in its first year"),
    ("Mayor Ellen Park said the bridge was unsafe on Wednesday at a rally in Dayton.",
     "the bridge was unsafe on Wednesday at a rally in Dayton"),
]


@pytest.mark.parametrize("text, span", _KEPT)
def test_other_phrases_after_the_quotation_stay(nlp, text, span):
    quotes = quotes_of(nlp, text)
    assert span in [q.text for q in quotes], [(q.text, q.kind) for q in quotes]
