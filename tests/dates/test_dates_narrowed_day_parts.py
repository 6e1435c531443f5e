"""A part of the day narrowed by "early", "late" or "mid" with no day in it ("in late afternoon dealings", "by
mid-morning") is a time of the day the story just named, else of the report's own day, as "later in the day" is;
it had no value and was lost. With no report date it stays unread, and a generic part of the day is no date."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dated

REPORT = date(1991, 5, 14)


@pytest.mark.parametrize("text, expression, expected", [
    ("The peso slipped against the dollar in late afternoon dealings in Mexico City.", "late afternoon",
     ("TIME", "1991-05-14TAF")),
    ("Cocoa futures eased to their lows of the session by mid-morning, traders in London said.", "mid-morning",
     ("TIME", "1991-05-14TMO")),
    ("The tin market was quiet on Monday. By late morning, however, buyers had returned.", "late morning",
     ("TIME", "1991-05-13TMO")),
])
def test_a_narrowed_part_of_the_day_is_a_time(nlp, text, expression, expected):
    assert dated(nlp, text, expression, REPORT) == expected


def test_a_habit_in_the_early_morning_is_no_date(nlp):
    assert date_texts(nlp, "Her grandfather liked to fish in the early morning when the lake was still.", REPORT) == []
