"""An ordinal in figures before a unit ("now in its 30th year", "his 1,500th day in office", "its twenty-second year")
numbers one year or day of a run, as the same ordinal spelt out does ("its sixth year"), not a count of thirty years;
"the 3rd quarter" and "the 1st half" are which quarter or half, as "the third quarter" is, not three quarters. Counts
in figures, centuries and days of a month keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2024, 2, 14)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Now in its 30th year, the Dalworth film festival draws large crowds.", "30th year", "2024"),
        ("Now in its twenty-second year, the Dalworth film festival draws large crowds.", "twenty-second year", "2024"),
        ("The chairman of Corvel Foods marked his 1,500th day in office.", "1,500th day", "2024-02-14"),
        ("The strike at Brenford Mills is in its 3rd week.", "3rd week", "2024-W07"),
    ],
)
def test_an_ordinal_in_figures_is_no_count(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


def test_an_ordinal_year_of_a_plan_is_one_year(nlp):
    # as "the third year of the plan" is read: one year counted from the plan's start
    assert dated(nlp, "Sales at Corvel Foods rose in the 3rd year of the plan.", "the 3rd year", REPORT) == (
        "DURATION",
        "P1Y",
    )


@pytest.mark.parametrize(
    "text, expression, spelt, value",
    [
        ("Corvel Foods expects a loss in the {}.", "3rd quarter", "third quarter", "Q3"),
        ("Corvel Foods posted a loss in the {}.", "1st half", "first half", "H1"),
    ],
)
def test_an_ordinal_quarter_in_figures_is_that_quarter(nlp, text, expression, spelt, value):
    found = dated(nlp, text.format(expression), "the " + expression, REPORT)
    assert found[0] == "DATE" and found[1].endswith(value)
    assert found == dated(nlp, text.format(spelt), "the " + spelt, REPORT)


@pytest.mark.parametrize(
    "text, expression, found",
    [
        ("The lease on the Brenford depot runs for 20 years.", "20 years", ("DURATION", "P20Y")),
        ("The Dalworth mill was built in the 19th century.", "the 19th century", ("DATE", "18")),
        ("The Brenford depot will close on March 3rd.", "March 3rd", ("DATE", "2024-03-03")),
    ],
)
def test_counts_centuries_and_days_keep_their_readings(nlp, text, expression, found):
    assert dated(nlp, text, expression, REPORT) == found


@pytest.mark.parametrize(
    "text, expression",
    [
        (
            "Growers sold 900 tonnes by the third week of last season, the Dalworth board said.",
            "the third week of last season",
        ),
        (
            "Growers sold 900 tonnes by the 14th week of last season, the Dalworth board said.",
            "the 14th week of last season",
        ),
    ],
)
def test_a_week_of_a_stretch_no_calendar_places_is_no_week_of_the_report(nlp, text, expression):
    # not the report's own week, nor a length of 14 weeks: a week the text does not place
    assert dated(nlp, text, expression, REPORT) == ("DATE", "XXXX-WXX")


@pytest.mark.parametrize(
    "text, expression, value",
    [
        (
            "Growers sold 900 tonnes in the third week of last year, the Dalworth board said.",
            "the third week of last year",
            "2023",
        ),
        (
            "Growers sold 900 tonnes in the third week of 2021, the Dalworth board said.",
            "the third week of 2021",
            "2021",
        ),
    ],
)
def test_a_week_of_a_named_year_keeps_its_year(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
