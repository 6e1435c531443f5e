"""A run of clock lengths ("two hours 8 minutes 12 seconds", "one minute, 44.21 seconds") is one duration with
all its parts; lengths that do not run from a larger unit to a smaller one stay apart."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from date_support import dates_found


def test_hours_minutes_and_seconds_are_one_length(nlp):
    assert ("two hours 8 minutes 12 seconds", "DURATION", "PT2H8M12S") in dates_found(
        nlp, "The marathon winner finished in two hours 8 minutes 12 seconds on a cold morning."
    )


def test_a_comma_before_the_seconds_keeps_the_run_whole(nlp):
    assert dates_found(nlp, "The miler won the heat in one minute, 44.21 seconds to reach the final.") == [
        ("one minute, 44.21 seconds", "DURATION", "PT1M44.21S")
    ]


def test_minutes_with_decimal_seconds(nlp):
    assert ("13 minutes 51.07 seconds", "DURATION", "PT13M51.07S") in dates_found(
        nlp, "She crossed the line in 13 minutes 51.07 seconds, well clear of the pack."
    )


def test_an_and_joins_hours_and_minutes(nlp):
    assert dates_found(nlp, "The council meeting lasted three hours and 20 minutes.") == [
        ("three hours and 20 minutes", "DURATION", "PT3H20M")
    ]


def test_a_smaller_unit_first_is_two_lengths(nlp):
    found = dates_found(nlp, "The talks lasted 20 minutes and 3 hours later they resumed.")
    assert ("20 minutes", "DURATION", "PT20M") in found
    assert not any(text.startswith("20 minutes and") for text, _, _ in found)


def test_years_and_months_are_one_length(nlp):
    # round 58: a spell of years and months is one TIMEX3 length, as a run of clock units is (P2Y3M)
    found = dates_found(nlp, "The builders worked for two years and three months on the bridge.")
    assert ("two years and three months", "DURATION", "P2Y3M") in found
    assert ("two years", "DURATION", "P2Y") not in found


def test_decimal_seconds_alone_are_a_length(nlp):
    assert ("9.91 seconds", "DURATION", "PT9.91S") in dates_found(nlp, "The sprinter won the final in 9.91 seconds.")


def test_decimal_hours_are_a_length_not_a_clock(nlp):
    # a decimal half is the count and a half (normalize), never a clock time run on from the figure
    assert ("2.5 hours", "DURATION", "PT2H30M") in dates_found(nlp, "The ferry crossing takes 2.5 hours in calm weather.")
