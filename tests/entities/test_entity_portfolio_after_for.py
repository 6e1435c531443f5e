"""'Minister for Trade <Name>': a post naming its portfolio straight after 'for' is the person's role, as 'Secretary
of Labor <Name>' is (real model).

Our own sentences.
"""

from __future__ import annotations

from store.analysis import analyze


def test_the_post_for_a_portfolio_is_the_holders_role(nlp) -> None:
    text = "Minister for Trade Peter Hollis met the visiting delegation in London on Tuesday.\n"
    hollis = next(e for e in analyze(nlp, text).entities if e.canonical == "Peter Hollis")
    assert hollis.role == "Minister for Trade"


def test_a_post_for_something_else_is_left(nlp) -> None:
    text = "Minister for Life Peter Hollis met the visiting delegation in London on Tuesday.\n"
    hollis = next(e for e in analyze(nlp, text).entities if e.canonical == "Peter Hollis")
    assert hollis.role != "Minister for Life"
