""" "the ferry will sail four days later than planned": how much later, a length, not a day counted from the date the
story named last; "Three days later, the bridge reopened" still counts from it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2026, 2, 9)


def test_a_gap_before_than_is_a_length(nlp):
    text = ("The rowing regatta was due on March 7. The club said on Monday that it would be held two weeks later "
            "than planned, on March 21.")
    found = dates_found(nlp, text, REPORT)
    assert ("two weeks later", "DURATION", "P2W") in found


def test_a_gap_with_no_than_counts_from_the_day_named(nlp):
    text = "The bridge closed on January 12. Three days later, it reopened to cyclists."
    found = dates_found(nlp, text, REPORT)
    assert ("Three days later", "DATE", "2026-01-15") in found
