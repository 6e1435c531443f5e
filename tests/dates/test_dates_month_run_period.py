"""A run of months with "period" after it ("the July-September period") is one expression, as "the 1988 period" is;
a run that fills a calendar quarter is still that quarter."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(2031, 11, 4)


def test_month_run_takes_period(nlp):
    text = "The ferry line said its revenue for the July-September period rose to 40 million crowns."
    values = date_values(nlp, text, REPORT)
    assert any(t.endswith("July-September period") and v == "2031-Q3" for t, v in values)


def test_month_run_without_period_unchanged(nlp):
    text = "Ticket sales in July-September rose by a tenth, the ferry line said."
    assert ("July-September", "2031-Q3") in date_values(nlp, text, REPORT)
