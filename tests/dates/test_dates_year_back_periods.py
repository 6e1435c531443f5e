""" "the year-ago period", "the same year-earlier period" (real model; our own sentences about made-up firms): one
expression, the compared period a year back, as "the year-ago quarter" already is. The model tags "the year-ago"
or "year-earlier" alone, leaving the noun and the article out, or nothing when "same" opens the phrase."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dated

FRIDAY = date(2031, 4, 11)


@pytest.mark.parametrize("text, expression", [
    ("Brindle Mills earned 12 mln dlrs in the first quarter, against 9 mln dlrs in the year-ago period.",
     "the year-ago period"),
    ("Hadley Tools said profit rose 4 pct in the quarter from the same year-ago period.", "the same year-ago period"),
])
def test_the_period_a_year_back_is_one_expression(nlp, text, expression):
    assert dated(nlp, text, expression, FRIDAY) == ("DATE", "2030-Q1")


def test_the_models_article_and_adjective_tagged_apart_join_the_period(nlp):
    text = "Sales at Corvel fell 3 pct from the comparable year-ago period, the firm said."
    assert dated(nlp, text, "the comparable year-ago period", FRIDAY) == ("DATE", "2030")


def test_a_year_earlier_period_without_a_quarter_is_last_year(nlp):
    text = "Corvel said its output climbed 2.1 pct compared with the year-earlier period."
    assert dated(nlp, text, "the year-earlier period", FRIDAY) == ("DATE", "2030")


def test_other_nouns_after_year_ago_are_left_out(nlp):
    text = "The year-ago results of Tarrow Bank included a gain on the sale of a unit."
    assert "The year-ago results" not in date_texts(nlp, text, FRIDAY)
