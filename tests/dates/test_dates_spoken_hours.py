""""at 4 in the morning", "until ten at night", "by six o'clock": an hour said with the part of the day or
"o'clock" in place of "a.m." or "p.m." is a time of day, which the model tags as nothing."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2003, 6, 11)  # a Wednesday


def test_hour_in_the_morning(nlp):
    assert ("5 in the morning", "TIME", "2003-06-11T05:00") in dates_found(
        nlp, "The bakers said they start work at 5 in the morning.", REPORT)


def test_spelled_hour_at_night_on_a_named_day(nlp):
    assert ("nine at night", "TIME", "2003-06-09T21:00") in dates_found(
        nlp, "The ferry sailed on Monday at nine at night from the old pier.", REPORT)


def test_hour_in_the_afternoon(nlp):
    assert ("2:30 in the afternoon", "TIME", "2003-06-11T14:30") in dates_found(
        nlp, "The shop reopens at 2:30 in the afternoon.", REPORT)


def test_o_clock_without_a_report_date(nlp):
    assert ("eight o'clock", "TIME", "XXXX-XX-XXT08:00") in dates_found(
        nlp, "Our neighbours never wake before eight o'clock.", None)


def test_counts_told_in_a_part_of_the_day_are_no_hours(nlp):
    # no word placing a time before the figure: a count of goals, not a clock
    assert dates_found(nlp, "The striker scored 3 in the evening match.", REPORT) == []
    assert dates_found(nlp, "He sold 4 in the morning and kept the rest.", REPORT) == []
