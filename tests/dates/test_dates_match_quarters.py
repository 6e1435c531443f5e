"""A quarter of a match ("the hosts led early in the final quarter", "fresh legs for the closing quarter") is no
calendar quarter: named by its ordinal alone, beside words of play or a score and with no word of a company's
figures near it, it is no date. A company's quarters ("profits grew in the fourth quarter", a quarter with its
year, "the last quarter" of a results story) stay dates."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated, dates_found

REPORT = date(2006, 2, 15)  # a Wednesday


@pytest.mark.parametrize("text", [
    "Two late penalties put the hosts 20-9 up before the final quarter began.",
    "The coach rested his captain and sent on four fresh replacements in the closing quarter.",
    "It was a scrappy match. Early in the final quarter our pack finally took control.",
])
def test_a_quarter_of_play_is_no_date(nlp, text):
    assert not any("quarter" in t for t, _, _ in dates_found(nlp, text, REPORT))


@pytest.mark.parametrize("text, expression, value", [
    ("The brewer said its profits grew in the fourth quarter, a brewing trade paper reported.", "the fourth quarter",
     "2005-Q4"),
    ("The bank's net profit over the last quarter fell to 2.1bn yen.", "the last quarter", "2005-Q4"),
    ("The toy maker warned of a slump in its first quarter of 2006.", "first quarter of 2006", "2006-Q1"),
])
def test_a_company_quarter_stays_a_date(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
