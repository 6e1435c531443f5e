"""In an earnings story a year-back comparison is the reported quarter a year back, unless its sentence sets it
against a run of several months ("for the nine months ... a year earlier"): those months a year back lie in no
quarter, so the comparison is the year they lie in, when they fit in it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(1991, 10, 24)  # a third-quarter earnings story

QUARTER = (
    "Zorvex Corp said third-quarter net income rose to 12 mln dlrs, or 40 cts a share, from nine mln dlrs, "
    "or 31 cts a share, a year earlier. "
)


def _year_backs(nlp, text):
    return [value for words, kind, value in dates_found(nlp, text, REPORT) if words in ("a year earlier", "a year ago")]


@pytest.mark.parametrize(
    "run",
    [
        "For the nine months, Zorvex earned 30 mln dlrs, compared with 25 mln dlrs a year earlier.",
        "Net for the first nine months rose to 30 mln dlrs from 25 mln dlrs a year earlier.",
        "Zorvex earned 30 mln dlrs in the six months, against 25 mln dlrs a year earlier.",
    ],
)
def test_a_year_back_set_against_several_months_is_the_year(nlp, run):
    assert _year_backs(nlp, QUARTER + run) == ["1990-Q3", "1990"]


def test_a_year_back_beside_the_quarter_stays_the_quarter(nlp):
    text = QUARTER + "Revenue for the quarter rose to 90 mln dlrs from 80 mln dlrs a year ago."
    assert _year_backs(nlp, text) == ["1990-Q3", "1990-Q3"]


def test_nine_months_told_in_an_earlier_sentence_leave_the_quarter(nlp):
    text = (
        "Zorvex Corp said net income for the nine months rose to 30 mln dlrs. "
        "Third-quarter net rose to 12 mln dlrs from nine mln dlrs a year earlier."
    )
    assert _year_backs(nlp, text) == ["1990-Q3"]


def test_nine_months_to_a_first_quarter_leave_the_quarter(nlp):
    # a fiscal year's nine months to March began the July before: no one year holds them
    text = (
        "Zorvex Corp said first-quarter net income rose to 12 mln dlrs from nine mln dlrs a year earlier. "
        "For the nine months, Zorvex earned 30 mln dlrs, compared with 25 mln dlrs a year earlier."
    )
    found = [value for words, _, value in dates_found(nlp, text, date(1991, 4, 24)) if words == "a year earlier"]
    assert found == ["1990-Q1", "1990-Q1"]
