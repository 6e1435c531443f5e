"""A minute of play named by its ordinal ("in the 64th minute", "a 23rd-minute penalty") or by a count after "on"
("went ahead on 52 minutes") is a point on the match's own clock, no length of time and no date; a year that opens
or closes an event's name ("the 2010 World Cup", "Euro 2012", "Expo 2015") is that year's DATE, as TimeBank marks
"the 2000 Olympics"; a weekday in the plural closing a name ("Happy Mondays", a band) is no recurring day. Lengths
in minutes, numbers in a product's name and recurring days written as such stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2024, 2, 14)


@pytest.mark.parametrize("text, words", [
    ("Our striker headed the equaliser in the 64th minute and the crowd sang.", ["the 64th minute"]),
    ("A 23rd-minute penalty put the visitors in front before the break.", ["23rd-minute"]),
    ("The lead held until the 90th minute, when the keeper slipped.", ["the 90th minute"]),
    ("The hosts went ahead on 52 minutes, but the visitors levelled on 80 minutes.", ["52 minutes", "80 minutes"]),
    ("Our keeper was booked on 38 minutes when he handled outside the box.", ["38 minutes"]),
])
def test_a_minute_of_play_is_no_length(nlp, text, words):
    found = [t for t, _, _ in dates_found(nlp, text, REPORT)]
    assert not any(w in found for w in words), found
    assert not any(v.startswith("PT") for _, _, v in dates_found(nlp, text, REPORT))


@pytest.mark.parametrize("text, length", [
    ("The meeting lasted 45 minutes and ended without a vote.", "45"),
    ("The panel agreed on 20 minutes for each speaker at the hearing.", "20"),
    ("The new card can hold on 30 minutes of video at the highest setting.", "30"),
])
def test_a_length_in_minutes_stays(nlp, text, length):
    assert (f"{length} minutes", "DURATION", f"PT{length}M") in dates_found(nlp, text, REPORT)


@pytest.mark.parametrize("text, year", [
    ("The defender played at the 2010 World Cup before his knee gave way.", "2010"),
    ("Her side reached the semi-finals at Euro 2012 and lost on penalties.", "2012"),
    ("The robot maker showed its prototypes at Expo 2015 in a crowded hall.", "2015"),
])
def test_the_year_of_an_event_is_a_date(nlp, text, year):
    assert (year, "DATE", year) in dates_found(nlp, text, REPORT)


@pytest.mark.parametrize("text, number", [
    ("The office still ran Windows 2000 on most of its desks.", "2000"),
    ("Their laptops came with Office 2010 and a copy of Photoshop.", "2010"),
])
def test_a_number_in_other_names_is_no_year(nlp, text, number):
    assert number not in [t for t, _, _ in dates_found(nlp, text, REPORT)]


@pytest.mark.parametrize("text", [
    "The dancer who toured with Happy Mondays joined the reality show last week.",
    "Fans of Manic Mondays queued outside the venue for hours.",
])
def test_a_band_named_for_a_weekday_is_no_set(nlp, text):
    assert not any(ty == "SET" for _, ty, _ in dates_found(nlp, text, REPORT))


def test_recurring_days_stay(nlp):
    text = "The library shuts on Mondays and Tuesdays, and opens late on Sundays."
    found = dates_found(nlp, text, REPORT)
    assert [(t, ty) for t, ty, _ in found] == [("Mondays", "SET"), ("Tuesdays", "SET"), ("Sundays", "SET")]
