"""Three shapes of US political copy: a season "of" and its year that the model tags as two dates ("In the fall of
2016") are one date (spans._of_then_its_year); a page's newsletter offer ("Start the day smarter", "what you need to
know to start the day") dates nothing (not_dates._day_to_start), while a day told of ("began the day with ...") stays;
and a medium's name run into the weekday after it ("on Twitter Tuesday") is none of the date
(spans._name_before_weekday), while a word that names a day with its weekday ("Easter Monday", "Super Tuesday")
stays."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, date_values

REPORT = date(2019, 9, 26)


def test_the_fall_of_a_year_is_that_years_fall(nlp):
    text = "In the fall of 2016, Lena Marsh arranged to go to a clinic in Arizona."
    assert ("the fall of 2016", "2016-FA") in date_values(nlp, text, REPORT)


def test_the_spring_of_a_year_tagged_whole_stays(nlp):
    assert ("the spring of 2015", "2015-SP") in date_values(
        nlp, "In the spring of 2015, Otto Brink sold the firm.", REPORT
    )


@pytest.mark.parametrize(
    "text",
    [
        "Start the day smarter: Get the Daily Briefing in your inbox.",
        "[What you need to know to start the day: Get Harbor News in your inbox.]",
    ],
)
def test_a_newsletter_offer_dates_nothing(nlp, text):
    assert "the day" not in date_texts(nlp, text, REPORT)


def test_a_day_told_of_stays(nlp):
    assert "the day" in date_texts(nlp, "The trade group began the day with a rally in Ohio.", REPORT)


@pytest.mark.parametrize(
    "text, expression",
    [
        # the medium's name the model runs into the weekday after it
        ("The senator wrote on Twitter Tuesday that the bill was dead.", "Tuesday"),
        ("The hashtag began trending on Twitter Tuesday afternoon as users expressed anger.", "Tuesday afternoon"),
    ],
)
def test_a_name_before_a_weekday_is_none_of_the_date(nlp, text, expression):
    assert expression in date_texts(nlp, text, REPORT)
    assert not any(t.startswith("Twitter") for t in date_texts(nlp, text, REPORT))


@pytest.mark.parametrize(
    "text, expression",
    [
        ("The shops will stay shut on Easter Monday next spring.", "Easter Monday"),
        ("The governor hopes to carry the state on Super Tuesday next spring.", "Super Tuesday"),
    ],
)
def test_a_word_that_names_a_day_with_its_weekday_stays(nlp, text, expression):
    assert expression in date_texts(nlp, text, REPORT)
