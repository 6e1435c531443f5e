"""A day told in the past that the report's year would put after the report belongs to the year the story
is telling of."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2011, 6, 8)

STORY = (
    "On June 2, 2009, the fund sold the broker 40,000 shares of a drug maker, the regulator said. "
    "On June 15, the broker sold the fund 12,000 shares of a retailer. Within weeks the trades were undone. "
    "On June 21 the fund bought back its shares at a loss."
)


@pytest.mark.parametrize("expression, value", [("June 15", "2009-06-15"), ("June 21", "2009-06-21")])
def test_past_day_after_the_report_takes_the_story_year(nlp, expression, value):
    assert dated(nlp, STORY, expression, REPORT) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # no earlier year in the story: the day stays where the tense and the report put it
    ("The broker said on June 15 it had sold the unit.", "June 15", "2011-06-15"),
    # told ahead, a day after the report is the report's year even after a year long gone
    ("On June 2, 2009, the fund was set up. It will hold its annual meeting on June 15.", "June 15", "2011-06-15"),
    # a deadline far from the day the story named keeps the report's year
    ("The fund made its first offer on November 3, 2010. It said it extended the offer to June 15.", "June 15",
     "2011-06-15"),
    # a past day before the report keeps the report's year
    ("On June 2, 2009, the fund was set up. On June 1, it paid its first dividend in years.", "June 1",
     "2011-06-01"),
])
def test_other_days_keep_the_report_year(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
