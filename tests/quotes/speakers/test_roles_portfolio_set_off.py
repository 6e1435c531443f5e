"""A post with its portfolio set off by commas beside a name ("Norway's Minister of State for Trade, Ola Berg," and
"Ola Berg, Norway's Minister of State for Trade,") is the role whole, as it is when written right before the name
("Secretary of Labor Carl Heng"), not the post's first word. Real model; sentences and names of our own."""

from __future__ import annotations

from quote_support import described


def test_the_post_before_the_name(nlp) -> None:
    text = "OSLO - Norway's Minister of State for Trade, Ola Berg, said talks would resume.\n"
    assert described(nlp, text, "talks would resume")[1] == "Minister of State for Trade"


def test_the_post_after_the_name(nlp) -> None:
    text = "LONDON - John Smith, Britain's Minister of State for Trade, said talks would resume.\n"
    assert described(nlp, text, "talks would resume")[1] == "Minister of State for Trade"


def test_a_portfolio_of_two_words(nlp) -> None:
    text = "LIMA - Peru's Minister of Energy and Mines, Carla Ruiz, said output would rise.\n"
    assert described(nlp, text, "output would rise")[1] == "Minister of Energy and Mines"


def test_a_post_with_no_portfolio_keeps_its_reading(nlp) -> None:
    text = "LIMA - Carla Ruiz, the mining minister, said output would rise.\n"
    assert described(nlp, text, "output would rise")[1] == "mining minister"
