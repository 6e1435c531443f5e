"""A report that ends on a bracketed wire name or ticker ('its rivals are Hale Co <HLC> and Orrin Corp <ORN>.')
keeps the closing '>': the parser hangs that bracket on the verb of saying, not on the reported clause, so the
content stopped inside the bracket ('... Orrin Corp <ORN'). The bracket is closed when a '<' opened in the
content has no '>' yet (real model, made-up sentences)."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_report_ending_on_a_ticker_keeps_its_closing_bracket(nlp):
    text = "The company said its main competitors are Acme Co <ACM> and Widget Corp <WDG>."
    quote = only(quotes_of(nlp, text), "competitors")
    assert quote.text == "its main competitors are Acme Co <ACM> and Widget Corp <WDG>", quote.text


def test_a_report_ending_on_a_bracketed_firm_keeps_its_closing_bracket(nlp):
    text = "The group said it bought the shares it did not already hold in mining company <Stonebridge Minerals Ltd>."
    quote = only(quotes_of(nlp, text), "shares")
    assert quote.text.endswith("mining company <Stonebridge Minerals Ltd>"), quote.text


def test_a_closed_bracket_is_not_run_past(nlp):
    text = "Pellow Inc said it will change its name at the next annual meeting to <Pellow Group Inc>."
    quote = only(quotes_of(nlp, text), "change its name")
    assert quote.text == "it will change its name at the next annual meeting to <Pellow Group Inc>", quote.text
