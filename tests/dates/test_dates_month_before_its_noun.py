"""A bare month written before the noun of what happened in it ("the February summit", "the January dismissal of
the harbour master", "a sharp January rise"), told a month or three after that month in a sentence that looks
ahead, is the month just gone, not the same month a year on: a thing a year ahead would be "next February's". A
month further on, or one with no noun after it, keeps the reading of its tense."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated


@pytest.mark.parametrize("text, expression, published, value", [
    ("The two mayors will meet again on Monday, the first time since the February summit in Oslo.", "February",
     date(2031, 4, 9), "2031-02"),
    ("The council will discuss the February floods on Monday.", "February", date(2031, 3, 10), "2031-02"),
    ("Bakers hope flour will get cheaper after a sharp January rise in its price.", "January", date(2031, 3, 22),
     "2031-01"),
    ("A shake-up following the January dismissal of the harbour master will take place next week.", "January",
     date(2031, 3, 30), "2031-01"),
    # words of the noun's name between the month and the noun
    ("The ferry line said it would keep to the July pay deal with its crews.", "July", date(2031, 10, 20), "2031-07"),
    # a month further ahead than three months back, and a month with no noun after it, as before
    ("The choir will sing at the June festival.", "June", date(2031, 3, 10), "2031-06"),
    ("The bakery will reopen in February.", "February", date(2031, 3, 10), "2032-02"),
])
def test_a_month_before_its_noun(nlp, text, expression, published, value):
    assert dated(nlp, text, expression, published) == ("DATE", value)
