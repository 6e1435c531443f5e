"""A story that names no quarter of its own is not an earnings story: its "the quarter" told ahead is the one
under way, and its "previous period" is no quarter at all."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

from store.analysis import analyze

REPORT = date(2015, 2, 11)


def test_quarter_ahead_in_a_story_naming_none(nlp):
    text = "Demand for cash will rise in this reserve period because it includes the close of the quarter."
    assert dated(nlp, text, "the quarter", REPORT) == ("DATE", "2015-Q1")


def test_previous_period_of_a_story_naming_no_quarter(nlp):
    text = ("Bank reserves averaged five billion dlrs in the two-week period versus six billion dlrs in the "
            "previous period. Dealers expect a rise before the close of the quarter.")
    assert not [d for d in analyze(nlp, text, REPORT).dates if d.text == "the previous period"]


def test_earnings_story_keeps_its_reported_quarter(nlp):
    text = "Fourth-quarter profit rose 12 pct, the company said. It will pay a higher dividend for the quarter."
    assert dated(nlp, text, "the quarter", REPORT) == ("DATE", "2014-Q4")
