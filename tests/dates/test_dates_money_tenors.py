"""In money-market reports "overnight" is the loan repaid the next day, not the night before the report."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

REPORT = date(2001, 10, 16)


@pytest.mark.parametrize("text", [
    "Overnight interbank money was quoted at around 4 pct, dealers said.",
    "Banks paid more for overnight funds after the auction.",
    "Today, overnight touched a high of 4-1/2 pct before easing.",
])
def test_overnight_loan_is_no_time(nlp, text):
    assert not [d for d in analyze(nlp, text, REPORT).dates if d.text.lower() == "overnight"]


@pytest.mark.parametrize("text", [
    "Asian shares fell, dragged down by overnight losses in New York.",
    "Rebels attacked two villages overnight, the army said.",
    "Overnight, the police cleared the square.",
])
def test_overnight_night_stays(nlp, text):
    assert [d for d in analyze(nlp, text, REPORT).dates if d.text.lower() == "overnight"]
