""""Earlier in the day" and "later in the day" are the day the story just named ("said Thursday ... Later in
the day"), as "later that day" is; with no day named before them, the report's own day."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

MONDAY = date(2024, 3, 11)


@pytest.mark.parametrize("text, expression, value", [
    ("The council sent a letter to the mayor on Friday. Later in the day, the mayor agreed to meet its members.",
     "Later in the day", "2024-03-08"),
    ("The senator spent Thursday with farm groups, and held a private meeting earlier in the day with a governor.",
     "earlier in the day", "2024-03-07"),
    # no day named before it: the day of the report
    ("The mayor will answer questions from reporters later in the day, her office said.", "later in the day",
     "2024-03-11"),
])
def test_in_the_day_is_the_day_just_named(nlp, text, expression, value):
    assert dated(nlp, text, expression, MONDAY) == ("DATE", value)
