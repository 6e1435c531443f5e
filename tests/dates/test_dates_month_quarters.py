"""Round 20: a quarter named by its months ("the March quarter", "the October/December quarter", "the
April-June quarter"), as Australian, New Zealand and Japanese figures write them, is that quarter, not one of
its months."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

FRIDAY = date(1992, 4, 24)  # a Friday


@pytest.mark.parametrize("text, expression, value", [
    ("Wool exports slumped in the March quarter, the bureau said.", "the March quarter", "1992-Q1"),
    ("Retail sales rose 1.4 pct in the October/December quarter after a 0.2 pct rise in the July/September quarter.",
     "the October/December quarter", "1991-Q4"),
    ("Retail sales rose 1.4 pct in the October/December quarter after a 0.2 pct rise in the July/September quarter.",
     "the July/September quarter", "1991-Q3"),
    ("The index stood at 104.2 at the end of the December quarter.", "the end of the December quarter", "1991-Q4"),
])
def test_a_quarter_named_by_its_months(nlp, text, expression, value):
    assert dated(nlp, text, expression, FRIDAY) == ("DATE", value)
