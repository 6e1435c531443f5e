""""the last quarter of 2004", "the last quarter of the year": the year's fourth quarter, with or without a
publication date; "last quarter" alone stays the quarter before the report's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found


def test_last_quarter_of_a_named_year_with_no_report_date(nlp):
    found = dates_found(nlp, "The mill cut 300 jobs during the last quarter of 2011, the union said.")
    assert ("the last quarter of 2011", "DATE", "2011-Q4") in found


def test_last_quarter_of_the_year(nlp):
    found = dates_found(nlp, "The firm expects orders to pick up in the last quarter of the year.", date(2012, 3, 8))
    assert ("the last quarter of the year", "DATE", "2012-Q4") in found


def test_last_quarter_alone_is_the_one_before(nlp):
    found = dates_found(nlp, "The firm said orders fell in the last quarter.", date(2012, 3, 8))
    assert ("the last quarter", "DATE", "2011-Q4") in found


@pytest.mark.parametrize(
    "text, published, value",
    [
        # without "the", "last quarter" is still the quarter before the report's, as "last month" is the month before
        ("Orders at Quillmore fell last quarter, the firm said.", date(2012, 5, 8), "2012-Q1"),
        ("Tessaro said last quarter's sales were the weakest in years.", date(2012, 3, 8), "2011-Q4"),
    ],
)
def test_last_quarter_without_the_is_the_one_before(nlp, text, published, value):
    assert ("last quarter", "DATE", value) in dates_found(nlp, text, published)
