"""A row of a table of figures ("Hawks 20 14 1 5 2012 1744 115.4 58") holds counts, not years."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

TABLE = """League standings after Sunday's games (played, won, drawn, lost, points for, against, percentage, points):

Hawks 20 14 1 5 2012 1744 115.4 58

Rovers 20 12 0 8 1987 1803 110.2 48

Miners 20 7 0 13 1650 1932 85.4 28

In 1995 the Hawks won 14 games."""


def test_figures_of_a_row_are_no_years(nlp):
    found = [(d.text, d.value) for d in analyze(nlp, TABLE, date(1996, 8, 26)).dates]
    assert found == [("Sunday", "1996-08-25"), ("1995", "1995")]


def test_a_header_of_years_stays(nlp):
    text = "Net profit, in millions:\n\n1996 1995\n\n12.5 10.3"
    assert [d for d in analyze(nlp, text, date(1996, 8, 26)).dates if "1995" in d.text]


def test_superscript_figures_break_nothing(nlp):
    text = "Scores:\n\nHawks ²¹ ¹⁴ 1 5 ²⁰¹² ¹⁷⁴⁴ 115.4 58 on Friday\n\n³ Friday and 1995."
    found = [(d.text, d.value) for d in analyze(nlp, text, date(1996, 8, 26)).dates]
    assert ("Friday", "1996-08-23") in found and ("1995", "1995") in found
