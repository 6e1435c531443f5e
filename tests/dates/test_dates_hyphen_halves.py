"""A length with a half written the wire's way ("7-1/2 years", "1-1/2 hours") is the whole number and a half, as
"7 1/2 years" already was (TimeBank writes "2 1/2 years" P2Y6M); read as one odd token it lost its count (PXY),
and before "year" as an adjective ("a 3-1/2 year contract") it became the report's year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dated

REPORT = date(1991, 5, 14)


@pytest.mark.parametrize("text, expression, expected", [
    ("The lenders granted the shipyard a grace period of 4-1/2 years on its loans.", "4-1/2 years", ("DURATION", "P4Y6M")),
    ("The dockers ratified a 2-1/2 year wage agreement on Monday.", "2-1/2 year", ("DURATION", "P2Y6M")),
    ("The hearing went on for 3-1/2 hours before the judge adjourned it.", "3-1/2 hours", ("DURATION", "PT3H30M")),
])
def test_a_hyphened_half_counts(nlp, text, expression, expected):
    assert dated(nlp, text, expression, REPORT) == expected


def test_a_hyphened_half_of_no_unit_is_no_date(nlp):
    assert date_texts(nlp, "Soybeans closed 6-1/2 cents higher and the 9-1/2 pct notes were steady.", REPORT) == []
