""""The week's busiest session", "the day's low": before a possessive the model tags the unit alone; TIMEX3 keeps
"the" in the expression, as it does in "the week" anywhere else. Only a single unit right after "the"."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

THURSDAY = date(1987, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barge traffic at the lock was the week's heaviest.", ("the week", "DATE", "1987-W10")),
        ("The tannery's hides fetched the day's best price.", ("the day", "DATE", "1987-03-05")),
        ("The smelter shipped the month's output by rail.", ("the month", "DATE", "1987-03")),
        ("The harbour pilots expect the year's busiest season soon.", ("the year", "DATE", "1987")),
    ],
)
def test_the_unit_before_a_possessive_keeps_the(nlp, text, expected):
    assert expected in dates_found(nlp, text, THURSDAY)


def test_a_deictic_unit_before_a_possessive_is_unchanged(nlp):
    text = "The weavers rejected last year's wage scale."
    assert ("last year", "DATE", "1986") in dates_found(nlp, text, THURSDAY)
