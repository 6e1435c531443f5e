"""A count in figures with a capitalised unit that fills its quotation marks (the network's “90 Minutes”) or comes
before a show's noun (its 90 Minutes show) is a broadcast's title, not a length of time; the same words in lower
case, or quoted in lower case, are still a length."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dates_found

REPORT = date(2024, 2, 14)


@pytest.mark.parametrize(
    "text, title",
    [
        ("The mayor appeared on the network's “90 Minutes” on Sunday and defended the budget.", "90 Minutes"),
        ('A report on the Brenford station\'s "48 Hours" criticised the water board.', "48 Hours"),
        ("She said during an interview for the network's 90 Minutes show that she would run again.", "90 Minutes"),
    ],
)
def test_a_counted_title_is_no_length(nlp, text, title):
    assert title not in date_texts(nlp, text, REPORT)


def test_the_day_beside_a_counted_title_stays(nlp):
    found = dates_found(
        nlp, "The mayor appeared on the network's “90 Minutes” on Sunday and defended the budget.", REPORT
    )
    assert [f[0] for f in found] == ["Sunday"]


@pytest.mark.parametrize(
    "text, length, value",
    [
        ("The council debated the budget for 90 minutes on Sunday.", "90 minutes", "PT90M"),
        ('The clerk said the wait would be "90 minutes" at most.', "90 minutes", "PT90M"),
    ],
)
def test_a_length_in_lower_case_stays(nlp, text, length, value):
    assert (length, "DURATION", value) in dates_found(nlp, text, REPORT)
