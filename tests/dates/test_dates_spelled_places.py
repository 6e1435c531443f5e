"""A place or figure written in words just before "last", "this" or "next" ("climbed to number two last week")
is what was reached then, as a figure in digits always was ("8.5 mln last quarter"): the expression starts at the
deictic word, and the number does not make it a count of weeks or months."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2011, 4, 6)


def test_a_chart_place_in_words_before_last_week(nlp):
    assert dates_found(nlp, "Her new single climbed to number two last week.") == [
        ("last week", "DATE", "XXXX-WXX")
    ]


def test_a_chart_place_in_words_before_this_week(nlp):
    assert ("this week", "DATE", "2011-W14") in dates_found(
        nlp, "The new album was at number three this week.", REPORT
    )


def test_a_count_of_units_stays_whole(nlp):
    assert ("the last three years", "DURATION", "P3Y") in dates_found(
        nlp, "He has coached the side for the last three years.", REPORT
    )
