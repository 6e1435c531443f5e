"""Lists of events by year ("1962 - West German police raided ..."): the year is the date, not the words after the dash."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

REPORT = date(2003, 5, 14)

LIST = """Some events of this date in history.

1957 - Nine students entered the school under guard.

1962 - West German police raided the offices of a magazine.

1988 - Soviet troops began to leave the city.

1979 - Margaret, a shipping heiress, married for the third time."""


def test_the_year_alone_is_the_date(nlp):
    found = [(d.text, d.value) for d in analyze(nlp, LIST, REPORT).dates]
    for year in ("1957", "1962", "1988", "1979"):
        assert (year, year) in found


def test_a_range_of_years_keeps_both_ends(nlp):
    found = [(d.text, d.value) for d in analyze(nlp, "He held the post 1970 - 1975 and again in 1980.", REPORT).dates]
    assert ("1970", "1970") in found and ("1975", "1975") in found
