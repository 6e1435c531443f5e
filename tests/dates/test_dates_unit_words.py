"""Round 20 date rules, on sentences of our own run through the real pipeline: a unit inside a longer word group
is not the date it looks like. "week-long" is a week's length, not this week; "after hours trading" names the
market's session after the close; "10 pct a year" is a rate whose figure stays out of the expression."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

from store.analysis import analyze

WEDNESDAY = date(1993, 6, 9)  # a Wednesday


@pytest.mark.parametrize("text, expression, value", [
    ("The trade minister flies to Ottawa on Monday for a week-long round of talks.", "week-long", "P1W"),
    ("Delegates gathered in Lisbon for the week-long congress of the party.", "week-long", "P1W"),
    ("After a day-long session, the board approved the merger.", "day-long", "P1D"),
    ("The panel, in a report issued after day-long hearings, backed the plan.", "day-long", "P1D"),
    ("The premier left the palace after an hour-long audience with the king.", "hour-long", "PT1H"),
    ("It was the second year-long stoppage at the smelter.", "year-long", "P1Y"),
    ("The dockers ended a month-long strike.", "month-long", "P1M"),
    ("He is serving a two-year-long sentence.", "two-year-long", "P2Y"),
])
def test_a_unit_made_a_length_by_long(nlp, text, expression, value):
    assert dated(nlp, text, expression, WEDNESDAY) == ("DURATION", value)


@pytest.mark.parametrize("text", [
    "The franc slipped to 3.41 marks in after hours trading in Zurich.",
    "Its shares fell a point in after-hours trading on Tuesday.",
])
def test_after_hours_trading_is_no_length(nlp, text):
    assert all(d.text != "hours" for d in analyze(nlp, text, WEDNESDAY).dates)


def test_after_hours_of_talks_keeps_its_hours(nlp):
    text = "The two sides signed the accord after hours of bargaining."
    assert dated(nlp, text, "hours", WEDNESDAY) == ("DURATION", "PTXH")


@pytest.mark.parametrize("text, expression", [
    ("Rents have been rising at 10 pct a year for the past three years.", "a year"),
    ("Wages rose at 10 pct a year.", "a year"),
    ("The plan would cut support prices 10 pct per year.", "per year"),
])
def test_a_figure_stays_out_of_its_rate(nlp, text, expression):
    found = [d for d in analyze(nlp, text, WEDNESDAY).dates if d.text.endswith("year") and d.type in ("SET", "DURATION")]
    assert [(d.text, d.type, d.value) for d in found] == [(expression, "SET", "P1Y")]
