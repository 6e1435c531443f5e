"""A day and year the model tags without the month written short before them ("due Aug 9, 2041") take the month
in: its value is the day, not the year alone. A day and year with no month before them stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated, dates_found

REPORT = date(2031, 5, 20)


@pytest.mark.parametrize("text, expression, value", [
    ("The lender placed bonds that mature Aug 9, 2041, the trustee said.", "Aug 9, 2041", "2041-08-09"),
    ("The grocer sold its bakery chain Aug 3, 2029 to a rival.", "Aug 3, 2029", "2029-08-03"),
    ("The builder sought court protection Nov 4, 2027 after losses.", "Nov 4, 2027", "2027-11-04"),
])
def test_a_short_month_joins_its_day_and_year(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


def test_a_day_and_year_without_a_month_stay(nlp):
    found = dates_found(nlp, "The striker scored on 14, 2030 and other dates, the club said.", REPORT)
    assert all(not text.startswith("on") for text, _, _ in found)
