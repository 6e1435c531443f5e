"""A clause before 'quoted X as saying.' is what X said ('The mayor toured the district on Monday, the radio
quoted his aide as saying.'; real model): the parse hangs the clause on "quoted", the report stays X's."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The ministry will sign a new trade pact with its neighbour next month, the agency quoted officials as saying.",
     "The ministry will sign a new trade pact with its neighbour next month", "officials"),
    ("The harbour will reopen on Thursday, the newspaper quoted Ines Varga as saying.",
     "The harbour will reopen on Thursday", "Ines Varga"),
])
def test_a_clause_before_quoted_as_saying_is_a_report(nlp, text, words, speaker):
    quote = only(quotes_of(nlp, text), words)
    assert quote.text == words and quote.kind == "indirect" and quote.cue == "saying", (quote.text, quote.kind, quote.cue)
    assert quote.speaker == speaker, quote.speaker


def test_a_quotation_before_quoted_as_saying_stays_one_direct_quote(nlp):
    quotes = quotes_of(nlp, "\"We will sign the pact next month,\" the agency quoted Anna Berg as saying.")
    assert len(quotes) == 1 and quotes[0].kind == "direct" and quotes[0].speaker == "Anna Berg", quotes


@pytest.mark.parametrize("text", [
    "The dollar was quoted at 98 yen in early trade on Monday.",
    "Shares of the company were quoted unchanged at 12 dollars, dealers said little about the move.",
])
def test_a_price_quoted_is_no_report(nlp, text):
    assert not any(q.cue == "saying" for q in quotes_of(nlp, text))
