""""On March 3, the day before the harbour strike", "on Tuesday, the day the mill reopened": "the day" set after a
comma beside the day just named is a second expression of that day, as TimeBank marks it, with that day's value,
not left out as a day an event dates, nor run into the weekday before it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

FRIDAY = date(1987, 4, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry line raised its fares on March 3, the day before the harbour strike began.",
         [("March 3", "DATE", "1987-03-03"), ("the day", "DATE", "1987-03-03")]),
        ("The weavers met on Tuesday, the day the mill reopened.",
         [("Tuesday", "DATE", "1987-04-07"), ("the day", "DATE", "1987-04-07")]),
        ("Kiln workers walked out on Feb. 9, 1987, the day after the tannery closed.",
         [("Feb. 9, 1987", "DATE", "1987-02-09"), ("the day", "DATE", "1987-02-09")]),
        ("The lock opened on May 4, the day of the regatta.",
         [("May 4", "DATE", "1987-05-04"), ("the day", "DATE", "1987-05-04")]),
    ],
)
def test_the_day_beside_a_day_is_that_day(nlp, text, expected):
    assert dates_found(nlp, text, FRIDAY) == expected


def test_the_day_of_an_event_with_no_day_beside_it_stays_out(nlp):
    found = dates_found(nlp, "The harbour pilots came back the day after the storm.", FRIDAY)
    assert all(t != "the day" for t, _, _ in found)
