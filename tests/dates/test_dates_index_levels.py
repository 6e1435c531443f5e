"""A four-digit level an index moved to or stood at, counted in points ("climbed 23 points to 1760"), is no
year. A year after "points to" that dates what follows it ("to 1998's champions") stays."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts

REPORT = date(2011, 5, 10)


@pytest.mark.parametrize("text, level", [
    ("The benchmark was down 17 points at 1893 by midday.", "1893"),
    ("The stock market index fell 12 points to 1512 on Monday.", "1512"),
    ("The index rose 40 points to 2140 in heavy trading.", "2140"),
])
def test_a_level_in_points_is_no_year(nlp, text, level):
    assert level not in date_texts(nlp, text, REPORT)


def test_a_year_that_dates_what_follows_stays(nlp):
    assert "1998" in date_texts(nlp, "The team scored 31 points to 1998's champions.", REPORT)
