"""A minister's post whose portfolios are listed with commas, 'and' before the last ("Minister of Economy, Trade and
Industry"), is the role whole, before the name, set off beside it, or in lower case after it; the reader cut it at
the first comma ("Minister of Economy"), or read no post at all and took the portfolios for an organisation. Real
model; sentences and names of our own."""

from __future__ import annotations

from quote_support import described


def test_the_post_right_before_the_name(nlp) -> None:
    text = "Minister of Agriculture, Forestry and Fisheries Maria Lopez said on Tuesday that rice prices would fall.\n"
    assert described(nlp, text, "rice prices would fall") == (
        "Maria Lopez", "Minister of Agriculture, Forestry and Fisheries", None)


def test_the_post_set_off_after_the_name(nlp) -> None:
    text = "John Sato, Japan's Minister of Economy, Trade and Industry, said exports would recover soon.\n"
    assert described(nlp, text, "exports would recover")[1:] == ("Minister of Economy, Trade and Industry", None)


def test_the_post_set_off_before_the_name(nlp) -> None:
    text = "Japan's Minister of Economy, Trade and Industry, John Sato, said exports would recover soon.\n"
    assert described(nlp, text, "exports would recover")[1] == "Minister of Economy, Trade and Industry"


def test_the_post_in_lower_case_after_the_name(nlp) -> None:
    text = "John Sato, the minister of economy, trade and industry, said exports would recover soon.\n"
    assert described(nlp, text, "exports would recover")[1] == "minister of economy, trade and industry"


def test_a_comma_that_closes_no_list_still_ends_the_post(nlp) -> None:
    text = "John Sato, the minister of economy, said on Friday that exports would recover soon.\n"
    assert described(nlp, text, "exports would recover")[1] == "minister of economy"
