""""This weekend" told in the past on a Monday or Tuesday is the weekend just gone: the one ahead has not happened
yet. Told ahead, or later in the week, it keeps the weekend of its own week."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

MONDAY = date(2031, 3, 17)  # ISO week 12; the weekend just gone is week 11's
THURSDAY = date(2031, 3, 20)


@pytest.mark.parametrize("text, value", [
    ("The rebels seized the bridge this weekend, the army said.", "2031-W11-WE"),
    ("Dealers had expected a merger announcement this weekend, but none came.", "2031-W11-WE"),
])
def test_this_weekend_in_the_past_early_in_the_week_is_the_one_gone(nlp, text, value):
    assert dated(nlp, text, "this weekend", MONDAY) == ("DATE", value)


@pytest.mark.parametrize("text, published, value", [
    ("The ministers will meet this weekend in the capital.", MONDAY, "2031-W12-WE"),
    ("The ministers said they would meet this weekend in the capital.", THURSDAY, "2031-W12-WE"),
])
def test_this_weekend_ahead_or_late_in_the_week_keeps_its_week(nlp, text, published, value):
    assert dated(nlp, text, "this weekend", published) == ("DATE", value)
