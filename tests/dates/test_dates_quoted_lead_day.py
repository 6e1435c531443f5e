"""A quote's "today" or "last night" counts from the day the lead says it was given, not from the report."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

THURSDAY = date(2021, 5, 13)


@pytest.mark.parametrize("text, expression, value", [
    (('On Monday, the mayor of Springfield opened the new bridge. She told reporters, "Today is a proud day for '
     'our town."'), "Today", "2021-05-10"),
    (('On Tuesday, the coach resigned after ten seasons. In a statement he wrote, "I told the players last night '
     'that I was leaving."'), "last night", "2021-05-10TNI"),
    ('Early Monday morning, a storm flooded the valley. "We lost power this morning," said a farmer.',
     "this morning", "2021-05-10TMO"),
])
def test_quoted_deictic_from_the_lead_day(nlp, text, expression, value):
    assert dated(nlp, text, expression, THURSDAY)[1] == value


@pytest.mark.parametrize("text, expression, value", [
    # outside a quote, the report's own day
    ("On Monday, the mayor opened the new bridge. Traffic crossed it today for the first time.", "today",
     "2021-05-13"),
    # a lead that names no weekday leaves the quote on the report's day
    ('The mayor opened the new bridge. She said, "Today is a proud day for our town."', "Today", "2021-05-13"),
])
def test_quoted_deictic_kept_on_the_report_day(nlp, text, expression, value):
    assert dated(nlp, text, expression, THURSDAY)[1] == value


def test_clock_time_far_from_any_day_on_the_lead_day(nlp):
    # told in the past, sentences after the lead's weekday: that day's time, not the report's
    text = ("A ferry ran aground on Monday off the northern coast. It carried two hundred passengers. "
            "Nobody was hurt. Rescue boats reached the ship within an hour. The ferry struck the rocks at about "
            "6:15 p.m. local time.")
    assert dated(nlp, text, "6:15 p.m. local time", THURSDAY) == ("TIME", "2021-05-10T18:15")


def test_quote_dated_by_the_day_its_paragraph_names(nlp):
    # the paragraph's own weekday, before the quote opens, beats the lead's
    text = ('On Monday, the league named its new chairman.\n\nTuesday, the day he withdrew, the runner-up '
            'backed him. "Today, I give him my full support," he said.')
    assert dated(nlp, text, "Today", THURSDAY)[1] == "2021-05-11"


@pytest.mark.parametrize("text, expression, value", [
    # a year in figures just before: the time is in it, not on the lead's day
    (("On Monday, the museum reopened. Crowds queued. Its collection is large. It had closed in March 1998 after a "
     "flood. Thieves had entered at "
     "3 a.m. through a window."), "3 a.m.", "2021-05-13T03:00"),
    # a clock time inside a quote tells of whatever the speaker tells of
    (('On Monday, fans gathered outside the stadium. It was cold. Most stayed for hours. One fan said, "I got '
     'up at 5 a.m. to be here."'), "5 a.m.", "2021-05-13T05:00"),
])
def test_clock_time_not_moved_to_the_lead_day(nlp, text, expression, value):
    assert dated(nlp, text, expression, THURSDAY)[1] == value
