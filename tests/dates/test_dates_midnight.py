"""Midnight is the end of its day, written as TimeBank and the news set write it: the day and the hour alone
("T24"). A clock told with "last night" ("at midnight last night", "10 p.m. last night") is that moment of the
night before the report, not the whole night."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2031, 4, 8)  # a Tuesday


@pytest.mark.parametrize(
    "text, expression, value",
    [
        (
            "The tender offer for Quillmont Corp shares will expire at midnight Friday.",
            "midnight Friday",
            "2031-04-11T24",
        ),
        ("Harlow Freight said its new fares take effect at midnight tonight.", "midnight tonight", "2031-04-08T24"),
        (
            "The old brand of Nessby Foods was retired at midnight last night, the firm said.",
            "midnight last night",
            "2031-04-07T24",
        ),
    ],
)
def test_midnight_is_the_hour_that_ends_its_day(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("TIME", value)


def test_a_clock_last_night_is_that_moment(nlp):
    text = "A fire broke out at the Garvey Textiles plant at 10 p.m. last night, police said."
    assert dated(nlp, text, "10 p.m. last night", REPORT) == ("TIME", "2031-04-07T22:00")


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Crews fought the blaze at the Garvey Textiles plant last night.", "last night", "2031-04-07TNI"),
        ("The Orlek Trust board meets at noon Friday.", "noon Friday", "2031-04-11T12:00"),
    ],
)
def test_a_night_or_a_noon_stays_as_it_was(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("TIME", value)
