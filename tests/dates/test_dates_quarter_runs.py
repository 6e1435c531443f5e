"""Months joined by dashes that fill one calendar quarter ("the January-March period") are that quarter, as "the
January-March quarter" already is; the month reading alone left them the quarter's last month. Runs that are no
calendar quarter ("November-June", "January-September") keep the month value."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(1987, 4, 6)


@pytest.mark.parametrize("text, expression, value", [
    ("Output in the January-March period rose 3.2 pct from a year earlier, the board said.", "January-March period",
     "1987-Q1"),
    ("Exports in the January-March period rose to 9.1 billion dlrs from 7.2 billion a year earlier.",
     "a year earlier", "1986-Q1"),
    ("Growers said the late (October-November-December) crop would be smaller.", "October-November-December",
     "1986-Q4"),
])
def test_months_filling_a_quarter_are_the_quarter(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("Data on frost damage is collected during November-June, the agency said.", "November-June", "1987-06"),
    ("Exports in January-September rose 4 pct, the ministry said.", "January-September", "1986-09"),
])
def test_other_runs_of_months_keep_their_value(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
