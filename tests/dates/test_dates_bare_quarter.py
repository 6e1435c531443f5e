"""A bare "quarter" in an earnings story ("12 cts vs 9 cts in quarter", "loans at quarter's end") is the quarter
the story reports, as "the quarter" is: terse earnings copy drops the article, and the entity reader can leave
"the" out of "the quarter's". Not the quarter under way at the report, nor one counted step by step."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(1997, 3, 6)  # fourth-quarter results come out in the next quarter


@pytest.mark.parametrize("text", [
    ("Ferrol Quarries Inc said fourth-quarter net rose to 4.1 mln dlrs. Net includes a gain of 12 cts vs 9 cts "
    "in quarter and 40 cts vs 31 cts in year."),
    "Ferrol Quarries Inc said fourth-quarter net rose to 4.1 mln dlrs. Bad debts at quarter's end were 3 mln dlrs.",
    ("Ferrol Quarries Inc said fourth-quarter net rose to 4.1 mln dlrs. A strike reduced the quarter's net by "
    "one mln dlrs."),
])
def test_bare_quarter_is_the_reported_one(nlp, text):
    found = [(t, v) for t, v in date_values(nlp, text, REPORT) if t.lower().startswith("quarter")]
    assert found and all(v == "1996-Q4" for _, v in found), found


def test_quarter_to_quarter_is_left(nlp):
    text = "Ferrol Quarries Inc said fourth-quarter net rose. It said results will swing quarter to quarter."
    assert all(v != "1996-Q4" for t, v in date_values(nlp, text, REPORT) if t.lower() == "quarter")


def test_bare_quarter_in_a_story_naming_no_quarter_is_left(nlp):
    text = "The mill said stocks at quarter's end will be about 12,000 tonnes."
    assert all(v != "1996-Q4" for t, v in date_values(nlp, text, REPORT) if t.lower().startswith("quarter"))
