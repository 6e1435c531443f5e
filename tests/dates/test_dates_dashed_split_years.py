"""A year written over two calendar years with a hyphen, "the 1994-95 crop", is one expression read as "1994/95"
is: dated by the year it starts in, whether or not the model tagged it (real model). Our own sentences about
made-up crops, budgets and boards; two years further apart ("1991-95") and a day written in figures stay as before.
"""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

SPRING = date(2031, 4, 9)


@pytest.mark.parametrize("text, years, expected", [
    # the model tags none of it
    ("Bale counts for the previous 2027-28 crop ran short, the council said.", "2027-28", "2027"),
    # the model tags the first year alone
    ("Road spending rises sharply in the 2031-32 budget, according to the plan.", "2031-32", "2031"),
    # the model tags all of it, or runs on into the noun
    ("Sugar from the 2027-28 harvest was 4.1 mln tonnes, the board said.", "2027-28", "2027"),
    ("Exports in the 2029-30 season rose to 812,000 tonnes, the council said.", "2029-30", "2029"),
    ("The country imported grain during the 1999-00 season, officials said.", "1999-00", "1999"),
])
def test_a_hyphenated_split_year_is_one_expression(nlp, text, years, expected):
    # the model may run the noun after it into the expression ("2029-30 season"), as it does after "2029/30"
    found = dates_found(nlp, text, SPRING)
    assert any(words.startswith(years) and (kind, value) == ("DATE", expected) for words, kind, value in found)


def test_its_end_day_falls_in_the_second_year(nlp):
    found = dates_found(nlp, "Sales in fiscal 2030-31 ending June 30 rose four pct, the firm said.", SPRING)
    assert ("June 30", "DATE", "2031-06-30") in found


@pytest.mark.parametrize("text, absent", [
    ("Rates were fixed over 2026-29 under the plan, the bank said.", "2026-29"),
    ("The bank said on 2030-12-05 that it would lend more.", "2030-12"),
])
def test_years_further_apart_and_days_in_figures_stay(nlp, text, absent):
    assert all(found[0] != absent for found in dates_found(nlp, text, SPRING))
