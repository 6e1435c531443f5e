""""half an hour", "half a day": half of one unit, not the unit itself; "an hour and a half" stays an hour and a half."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from date_support import dates_found


def test_half_an_hour_is_thirty_minutes(nlp):
    assert ("half an hour", "DURATION", "PT30M") in dates_found(nlp, "The ferry left half an hour late because of fog.")


def test_half_a_year_is_six_months(nlp):
    assert ("half a year", "DURATION", "P6M") in dates_found(nlp, "The bridge stayed shut for half a year after the flood.")


def test_an_hour_and_a_half_is_left_alone(nlp):
    assert ("an hour and a half", "DURATION", "PT1H30M") in dates_found(
        nlp, "The council meeting ran for an hour and a half before the vote."
    )
