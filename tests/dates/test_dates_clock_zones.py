"""A zone written after a clock time is part of the time's expression ("8:30 p.m. BST", "6 p.m. local time"), as
TimeML marks "5 p.m. EST"; the value stays the hour the text gives. A zone word that does not follow a clock, and a
clock the model already tags with its zone, are left as they were."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, date_values

REPORT = date(2031, 5, 6)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The fire at the Calloway depot began at 8:30 p.m. BST on Monday, the brigade said.",
            ("8:30 p.m. BST", "2031-05-05T20:30"),
        ),
        (
            "Doors at the Brenford hall opened at 6 p.m. local time (1700 UTC) on Tuesday.",
            ("6 p.m. local time", "2031-05-06T18:00"),
        ),
        ("The board of Norvale Pumps met at 10:30 BST to weigh the offer.", ("10:30 BST", "2031-05-06T10:30")),
    ],
)
def test_a_zone_after_a_clock_is_part_of_the_time(nlp, text, expected):
    assert expected in date_values(nlp, text, REPORT)


@pytest.mark.parametrize(
    "text, start",
    [
        ("The offer from Hallam Freight expires at 5 p.m. EST on Friday.", "5 p.m. EST"),
        ("Polling stations in Arden county closed at 2:00 p.m. Eastern time.", "2:00 p.m. Eastern time"),
    ],
)
def test_a_clock_tagged_with_its_zone_stays(nlp, text, start):
    assert any(t.startswith(start) for t in date_texts(nlp, text, REPORT))


def test_local_time_without_a_clock_stays_out(nlp):
    found = date_texts(nlp, "The vote ended on Tuesday, and the local time zone was never in doubt.", REPORT)
    assert found == ["Tuesday"]
