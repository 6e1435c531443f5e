""""Twice a week", "three times a day", "once a month": how often something happens is one SET, as TIMEX3 marks it
(the value is the unit, the count its frequency); the model tags none of it or "a year" alone. "Once a quarter of
the trade" and "once a year ago" are no schedule."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

THURSDAY = date(1987, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The kilns are fired twice a week in the dry season.", ("twice a week", "SET", "P1W")),
        ("The tram runs three times a day along the canal.", ("three times a day", "SET", "P1D")),
        ("The lock board meets once a month in the old toll house.", ("once a month", "SET", "P1M")),
        ("Harbour pilots are tested several times a year.", ("several times a year", "SET", "P1Y")),
        ("The ferry crosses 4 times per day in winter.", ("4 times per day", "SET", "P1D")),
        ("The weavers meet a few times a month.", ("a few times a month", "SET", "P1M")),
    ],
)
def test_a_count_of_times_is_one_set(nlp, text, expected):
    assert expected in dates_found(nlp, text, THURSDAY)


@pytest.mark.parametrize(
    "text",
    [
        "The tannery was once a quarter of the town's trade.",
        "The mill owner said he visited the smelter once a year ago.",
    ],
)
def test_no_schedule(nlp, text):
    assert not [f for f in dates_found(nlp, text, THURSDAY) if f[1] == "SET"]
