"""Round 14's quote-span rules (real model): a date set is no report, and a second report verb set apart by a
comma is the source's next act."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text", [
    "The prime minister called early elections for May 2017, two years ahead of schedule.",
    "The party has called a referendum on the treaty for June 5.",
])
def test_calling_an_event_for_a_date_is_no_report(nlp, text):
    assert not quotes_of(nlp, text)


# A second report verb in the reported clause's own tense could share that clause's subject; a comma before its
# "and" sets it apart as the source's next act.
def test_a_second_report_set_apart_by_a_comma_is_the_sources_next_act(nlp):
    text = "The party spokesman said the party was not in a crisis, and urged that members stay calm."
    q = find(quotes_of(nlp, text), "not in a crisis")
    assert q.text == "the party was not in a crisis"
