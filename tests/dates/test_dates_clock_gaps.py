"""A gap of hours, minutes or seconds after an event the story told ("eight minutes later") is a length: nothing
places it on the calendar, neither a year (as it was read with no report date) nor a day near the report (where it
was dropped). Counted back from the report ("three hours ago") it is no gap after a told event."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2011, 4, 6)


def test_minutes_later_is_a_length(nlp):
    text = "The visitors levelled early on, and the hosts scored again eight minutes later."
    assert ("eight minutes later", "DURATION", "PT8M") in dates_found(nlp, text)
    assert ("eight minutes later", "DURATION", "PT8M") in dates_found(nlp, text, REPORT)


def test_hours_earlier_is_a_length(nlp):
    text = "The power came back at the plant. Two hours earlier, the guards had sent everyone home."
    assert ("Two hours earlier", "DURATION", "PT2H") in dates_found(nlp, text, REPORT)


def test_hours_ago_is_not_made_a_length(nlp):
    found = dates_found(nlp, "The bomb went off in the market three hours ago, police said.")
    assert all(kind != "DURATION" for _, kind, _ in found)


def test_days_later_keeps_its_reading(nlp):
    assert ("three days later", "DURATION", "P3D") in dates_found(
        nlp, "A reply came three days later from the ministry.", REPORT
    )
