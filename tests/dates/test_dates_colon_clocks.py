""""around 16:40 local time", "had docked by 21:15": a 24-hour clock with its minutes after a colon and no am or pm,
which the model tags as a number or nothing. With a preposition of time before it or a zone after it, it is a time
of day, dated by the day named beside it; without either ("a ratio of 1:50", a race time "2:05:45") it stays a
figure."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2023, 5, 12)  # a Friday


def test_clock_after_around_with_its_zone(nlp):
    text = "The cable car stopped near the upper station around 16:40 local time on Wednesday, stranding 30 skiers."
    assert ("16:40 local time", "TIME", "2023-05-10T16:40") in dates_found(nlp, text, REPORT)


def test_clock_after_by(nlp):
    text = "The harbour authority said the last ferry had docked by 21:15 after a long delay."
    assert ("21:15", "TIME", "2023-05-12T21:15") in dates_found(nlp, text, REPORT)


def test_clock_with_a_zone_after_at_about(nlp):
    text = "The gas leak was found at about 11:20 CEST in the basement of the town library."
    assert ("11:20 CEST", "TIME", "2023-05-12T11:20") in dates_found(nlp, text, REPORT)


def test_ratio_stays_a_figure(nlp):
    text = "The growers thin the spray to a ratio of 1:50 before the first frost."
    assert not [f for f in dates_found(nlp, text, REPORT) if "1:50" in f[0]]


def test_race_time_with_seconds_stays_a_figure(nlp):
    text = "The winner crossed the line at 2:08:31 and set a course record."
    assert not [f for f in dates_found(nlp, text, REPORT) if "2:08" in f[0]]
