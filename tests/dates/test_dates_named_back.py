"""Dates a story names looking back: "last <month>", "overnight", "then current", a quoted "this evening"."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated


@pytest.mark.parametrize("text, expression, published, value", [
    # the month just gone is "last month" or plain "in February"; "last February" is the year before's
    ("Two army helicopters collided last February, killing everyone on board.", "last February",
     date(1998, 3, 1), "1997-02"),
    ("The board approved the merger last September, the filing shows.", "last September",
     date(2003, 10, 20), "2002-09"),
    # other months keep the nearest past one, and "this past" is the one just gone
    ("The treaty was signed last May in the capital.", "last May", date(1998, 2, 27), "1997-05"),
    ("The plant was sold last April to a rival.", "last April", date(1989, 10, 27), "1989-04"),
    ("Prices rose sharply this past February, traders said.", "this past February", date(1998, 3, 1), "1998-02"),
    # in January, the December just gone is both last month and last year's
    ("Exports fell last December, the ministry said.", "last December", date(2000, 1, 13), "1999-12"),
])
def test_last_month_name(nlp, text, expression, published, value):
    assert dated(nlp, text, expression, published) == ("DATE", value)


@pytest.mark.parametrize("text, published, value", [
    # a market story told on Monday about Friday: the night before Friday's session
    ("London share prices closed sharply lower Friday in active trading. Shares were depressed by overnight "
     + "losses in New York and by the drop in sterling.", date(1989, 10, 30), "1989-10-26TNI"),
    ("Tokyo stocks fell yesterday in thin trading, pulled down by overnight losses on Wall Street.",
     date(1987, 3, 5), "1987-03-03TNI"),
    # no day named before it: the night before the report
    ("Rebel forces advanced through the mountains in overnight fighting, the agency said.",
     date(1987, 3, 5), "1987-03-04TNI"),
    ("Tokyo stocks fell today, depressed by overnight losses on Wall Street.", date(1987, 3, 5), "1987-03-04TNI"),
])
def test_overnight_is_the_night_before_the_day_told(nlp, text, published, value):
    assert dated(nlp, text, "overnight", published) == ("TIME", value)


def test_overnight_does_not_follow_a_day_after_the_report(nlp):
    text = "The vote is set for Friday. Police cleared the square in an overnight operation."
    assert dated(nlp, text, "overnight", date(2019, 5, 1)) == ("TIME", "2019-04-30TNI")


@pytest.mark.parametrize("text, expression, value", [
    ("The rights let holders buy shares at half the then current market price.", "then current", "PAST_REF"),
    ("The then-current chairman opposed the sale.", "then-current", "PAST_REF"),
    # "then" closing a phrase of its own leaves "current" the present
    ("The plan was dropped. Until then current rules apply.", "current", "PRESENT_REF"),
    ("Shares traded at the current market price.", "current", "PRESENT_REF"),
])
def test_then_current_is_the_past(nlp, text, expression, value):
    assert dated(nlp, text, expression, date(1989, 10, 27)) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # a statement quoted days after it was made: its evening is the day the story named
    ("The actor died on Friday at his home. The university wrote \"We mourn our alumnus, who passed away this "
     + "evening.\"", "this evening", "2020-08-28TEV"),
    ("The actor died on Friday at his home. The university wrote “We mourn our alumnus, who passed away this "
     + "evening.”", "this evening", "2020-08-28TEV"),
    ("The ship was renamed on Sunday. \"This day is very hard for me,\" said his father.", "This day", "2020-08-30"),
    # outside quotation marks, or with no earlier day named, it is the report's
    ("The actor died on Friday. The museum will close this evening, officials said.", "this evening",
     "2020-09-02TEV"),
    ("\"We will meet tonight,\" the mayor said.", "tonight", "2020-09-02TNI"),
])
def test_a_quoted_evening_is_that_of_the_day_named(nlp, text, expression, value):
    assert dated(nlp, text, expression, date(2020, 9, 2))[1] == value
