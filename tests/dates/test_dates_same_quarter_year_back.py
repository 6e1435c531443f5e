"""In an earnings story "the same quarter a year earlier" is the reported quarter a year back, as "the year-ago
quarter" is, not the calendar quarter of the report's day a year back: a fiscal label or a report told after its
quarter closed puts the two apart."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated


def test_fiscal_fourth_quarter_ended_in_march(nlp):
    text = ("Bolt Mills Inc said its fourth quarter ended March 31 brought orders of 12 mln dlrs, up from nine mln "
            "dlrs in the same quarter a year earlier.")
    assert dated(nlp, text, "the same quarter a year earlier", date(2015, 4, 10)) == ("DATE", "2014-Q4")


def test_fourth_quarter_told_in_february(nlp):
    text = "Bolt Mills Inc said fourth-quarter sales rose 10 pct from the same quarter a year earlier."
    assert dated(nlp, text, "the same quarter a year earlier", date(2015, 2, 10)) == ("DATE", "2013-Q4")


def test_without_an_earnings_quarter_a_year_back_from_the_report(nlp):
    text = "Rainfall this month was below the level of the same month a year earlier, the weather office said."
    assert dated(nlp, text, "the same month a year earlier", date(2015, 2, 10)) == ("DATE", "2014-02")
