"""'said on Friday it won an order', 'told voters this weekend he would …': a day between the cue and the reported
clause's subject dates the saying, and is no word of the content even where the parse hangs it on the clause."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text, words", [
    ("The bakery chain said on Friday it won a contract to supply four hundred schools.",
     "it won a contract to supply four hundred schools"),
    ("River police said on Tuesday they had found the missing canoe near the weir.",
     "they had found the missing canoe near the weir"),
    ("The mayor told voters this weekend he would consider it a personal insult.",
     "he would consider it a personal insult"),
])
def test_the_day_of_saying_is_no_part_of_the_content(nlp, text, words):
    quote = only(quotes_of(nlp, text), words)
    assert quote.text == words and quote.kind == "indirect", (quote.text, quote.kind)


def test_a_year_that_may_date_the_content_stays(nlp):
    words = "goods had been shipped without any papers"
    quote = only(quotes_of(nlp, "The customs officer said last year goods had been shipped without any papers."), words)
    assert quote.text == "last year " + words, quote.text
