"""'See' with a figure or an event after it (real model): in the present it is a source's forecast ("analysts see
a 5% fall"); past, perfect or under a modal it tells what a market, a plan or a time went through ("the index saw
a 5% fall", "the deal will see 300 jobs cut"), and nobody's words are reported."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text", [
    "The merger saw the closure of 40 branches across the state.",
    "The harbour index saw a 5% fall on Monday after the storm warnings.",
    "The index had seen its fourth loss in a row by the close.",
    "The new contract will see 300 jobs cut at the glass plant.",
    "The plan would see the central bank raising rates twice.",
    "Oslo will lose 2,100 jobs, while Bergen and Tromso will see 900 and 300 jobs cut respectively.",
])
def test_what_a_market_or_a_plan_went_through_is_no_forecast(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not any(q.cue in ("saw", "seen", "see") for q in quotes), [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("text, content", [
    ("Analysts at Harrow Securities see a 5% fall in profit next year.", "a 5% fall in profit next year"),
    ("Grain traders see the market remaining tight until the harvest.", "the market remaining tight until the harvest"),
])
def test_a_present_forecast_is_still_reported(nlp, text, content):
    q = only(quotes_of(nlp, text), content[:20])
    assert q.text == content and q.kind == "indirect"
