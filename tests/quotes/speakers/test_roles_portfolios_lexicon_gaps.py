"""Portfolios real cabinets hold that the portfolio list lacked ("Mineral Resources", "Social Policy", "Emergency
Situations", "Higher Education"): before 'Minister' the reader cut the post to "Minister". Real model; sentences
and names of our own."""

from __future__ import annotations

from quote_support import described


def test_mineral_resources(nlp) -> None:
    text = "Energy and Mineral Resources Minister Arifin Wibowo said coal output would rise this year.\n"
    assert described(nlp, text, "coal output would rise")[:2] == (
        "Arifin Wibowo", "Energy and Mineral Resources Minister")


def test_social_policy(nlp) -> None:
    text = "Labour and Social Policy Minister Olena Marchuk said pensions would rise next year.\n"
    assert described(nlp, text, "pensions would rise")[:2] == ("Olena Marchuk", "Labour and Social Policy Minister")


def test_emergency_situations_with_a_deputy(nlp) -> None:
    text = "\"The search is over,\" Deputy Emergency Situations Minister Pavel Orlov told reporters on Friday.\n"
    assert described(nlp, text, "The search is over")[:2] == ("Pavel Orlov", "Deputy Emergency Situations Minister")


def test_a_portfolio_after_of(nlp) -> None:
    text = "Minister of Natural Resources David Moyo said the forests would be protected.\n"
    assert described(nlp, text, "the forests would be protected")[:2] == (
        "David Moyo", "Minister of Natural Resources")


def test_a_firm_named_with_a_portfolio_word_keeps_its_spokesman(nlp) -> None:
    # "Steel" and "Gas" are portfolios before 'Minister'; before a spokesman they end the firm's own name
    text = "Nippon Steel spokesman John Smith said output would fall.\n\nBritish Gas spokesman Tom Reid said prices would rise.\n"
    assert [described(nlp, text, f)[2] for f in ("output would fall", "prices would rise")] == [
        "Nippon Steel", "British Gas"]
