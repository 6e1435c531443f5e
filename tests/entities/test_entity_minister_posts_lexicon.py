"""One list of a minister's posts, read by the three readers of a portfolio before or after such a post (real model).

Our own sentences: the field of 'Trade Representative' the model tags as an organisation named none, as the field of
'Commerce Secretary' does not; the list of posts the tidying read had no 'representative'.
"""

from __future__ import annotations

from store.analysis import analyze


def _organisations(nlp, text: str) -> set[str]:
    return {e.text for e in analyze(nlp, text).entities if e.label == "ORG"}


def test_field_of_a_trade_representative_is_no_organisation(nlp) -> None:
    text = ("WASHINGTON, May 4 - Farm groups said the remarks made last week by Trade Representative Alan Berger "
            "did not reflect the views of the growers.")
    assert "Trade" not in _organisations(nlp, text)
