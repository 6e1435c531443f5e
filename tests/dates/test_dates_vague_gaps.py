"""A gap of unknown length after or before something told is a length, not the report's future or past."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

PUBLISHED = date(1989, 10, 27)


def found(nlp, text, expression):
    return dated(nlp, text, expression, PUBLISHED)


@pytest.mark.parametrize("text, expression, value", [
    ("The chairman resigned in March. A few days later, the company announced the sale of its unit.",
     "A few days later", "PXD"),
    ("A few months later, the mayor left the party.", "A few months later", "PXM"),
    ("Several weeks earlier, the board had rejected the offer.", "Several weeks earlier", "PXW"),
])
def test_a_vague_gap_is_a_duration(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DURATION", value)


@pytest.mark.parametrize("text, expression, kind, value", [
    # a counted gap after a named day is still that day
    ("The plant closed on Oct. 2. Three days later, the union called a strike.", "Three days later",
     "DATE", "1989-10-05"),
    # and "ago" still points back from the report
    ("Months ago, the company was losing money.", "Months ago", "DATE", "PAST_REF"),
])
def test_counted_gaps_and_ago_keep_their_dates(nlp, text, expression, kind, value):
    assert found(nlp, text, expression) == (kind, value)
