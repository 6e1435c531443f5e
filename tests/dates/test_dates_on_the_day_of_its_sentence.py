""""Yesterday, the ministry recorded twelve new deaths on the day", "shares closed on Tuesday, up 30 points on the
day": "the day" after 'on' or 'for' and before the sentence's end or a comma is the day its sentence already named,
not the report's own day. A sentence that names no day keeps the report's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

WEDNESDAY = date(2020, 4, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday, the health ministry recorded twelve new deaths on the day.",
         [("Yesterday", "DATE", "2020-04-07"), ("the day", "DATE", "2020-04-07")]),
        ("On Tuesday, the index gained 30 points on the day.",
         [("Tuesday", "DATE", "2020-04-07"), ("the day", "DATE", "2020-04-07")]),
        ("The museum will open on Saturday, and entry will be free for the day.",
         [("Saturday", "DATE", "2020-04-11"), ("the day", "DATE", "2020-04-11")]),
    ],
)
def test_the_day_is_the_day_its_sentence_named(nlp, text, expected):
    assert dates_found(nlp, text, WEDNESDAY) == expected


def test_the_day_in_a_sentence_naming_no_day_stays_the_reports(nlp):
    found = dates_found(nlp, "He said the plant produced 400 cars on the day.", WEDNESDAY)
    assert ("the day", "DATE", "2020-04-08") in found, found
