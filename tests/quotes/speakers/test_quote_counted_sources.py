"""'14 analysts polled had forecast …', 'Nine creditor banks said …': how many spoke is no part of who an unnamed
source is, as 'some traders' are traders (quotes/speakers/unnamed.py). A name that opens with a number keeps it.

Our own sentences.
"""

from __future__ import annotations

import pytest
from quote_support import speaker_of

_COUNTED = [
    ("All 20 economists surveyed by the agency had forecast a rise in the rate.", "a rise in the rate", "economists"),
    ("Nine creditor banks said they would meet again in May.", "they would meet again", "creditor banks"),
    ("The 40 growers of the cooperative said the harvest was late.", "the harvest was late", "growers"),
    ("About 35 farm groups told the ministry that prices were too low.", "prices were too low",
     "farm groups"),
]


@pytest.mark.parametrize("text, fragment, speaker", _COUNTED)
def test_a_count_is_no_part_of_an_unnamed_source(nlp, text, fragment, speaker):
    assert speaker_of(nlp, text, fragment) == speaker


def test_a_name_that_opens_with_a_number_keeps_it(nlp):
    text = "Seven Seas Shipping Inc said it would buy two tankers."
    assert speaker_of(nlp, text, "buy two tankers") == "Seven Seas Shipping Inc"
