""" "We go back in April": "back" tells where a verb of going goes, so the verb's tense places the month, and a trip
told in the simple present is one planned; "we heard about it back in February" looks back whatever its verb."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(2025, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our divers go back in April to count the seals on the outer islands.", ("April", "2026-04")),
        ("The choir will come back in May for a second concert.", ("May", "2026-05")),
        ("The keeper said he first heard about the leak back in February.", ("February", "2025-02")),
    ],
)
def test_going_back_in_a_month(nlp, text, expected):
    assert expected in date_values(nlp, text, REPORT)
