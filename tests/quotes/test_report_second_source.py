"""Where a report ends when another source reports right after it (real model): "said X and Democrats accused Y"
is two reports, each with its own cue, not one content running on into the second."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content, other", [
    (("Republicans said they were convinced the agency mishandled the case and Democrats accused the party of "
      "playing politics."), "they were convinced the agency mishandled the case", "Democrats accused"),
    ("The governor said he would not run and Smith has decided to run in the Republican primary.",
     "he would not run", "Smith has decided"),
])
def test_a_second_source_ends_the_first_report(nlp, text, content, other):
    quote = find(quotes_of(nlp, text), content)
    assert other not in quote.text


# one source's content with two clauses of its own stays whole: no noun reporting in the second
@pytest.mark.parametrize("text, content", [
    ("The minister said the plan was ready and the cabinet would approve it next week.",
     "the plan was ready and the cabinet would approve it next week"),
    ("The committee said the staff's conduct was wrong and that the board would examine the case.",
     "the staff's conduct was wrong and that the board would examine the case"),
])
def test_one_report_with_two_clauses_stays_whole(nlp, text, content):
    assert find(quotes_of(nlp, text), content.split(" and ")[0]).text == content
