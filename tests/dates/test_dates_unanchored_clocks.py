"""With no reference day (no published date, none the text pins), a clock time has no day of its own; a day the story
writes right beside it ("on 12 March, at 0930 GMT", "March 12, 2031 (9:30 a.m. EST)") is its day."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from date_support import dates_found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Brantwell plant said its first alarm sounded on 14 June, at 0415 hours GMT, and a second followed.",
            ("0415 hours", "TIME", "XXXX-06-14T04:15"),
        ),
        (
            "March 12, 2031 (9:30 AM EST)\nBrantwell shares fell sharply in early trade.",
            ("9:30 AM EST", "TIME", "2031-03-12T09:30"),
        ),
    ],
)
def test_a_clock_beside_a_written_day_is_on_that_day(nlp, text, expected):
    assert expected in dates_found(nlp, text, None)


def test_a_clock_with_no_day_beside_it_stays_unplaced(nlp):
    text = "The bomb went off at about 9:30 a.m. near the Brantwell office."
    assert ("9:30 a.m.", "TIME", "XXXX-XX-XXT09:30") in dates_found(nlp, text, None)
