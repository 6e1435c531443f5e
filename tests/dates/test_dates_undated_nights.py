"""With no publication date, "last night" and "overnight" are still nights the story tells of, as "yesterday" and
"this morning" are days: the Dates panel lists them without a calendar value instead of leaving them out."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found


def test_last_night_with_no_report_date(nlp):
    assert dates_found(nlp, "Hail damaged hundreds of roofs in the valley last night, the council said.") == [
        ("last night", "TIME", "XXXX-XX-XXTNI")
    ]


def test_overnight_with_no_report_date(nlp):
    assert dates_found(nlp, "Two bushfires near the highway flared again overnight, crews said.") == [
        ("overnight", "TIME", "XXXX-XX-XXTNI")
    ]


def test_overnight_loans_stay_no_night(nlp):
    assert dates_found(nlp, "The central bank left the rate on overnight loans between banks at 4.5 percent.") == []


def test_last_night_with_a_report_date(nlp):
    assert dates_found(nlp, "Hail damaged hundreds of roofs in the valley last night.", date(2002, 1, 15)) == [
        ("last night", "TIME", "2002-01-14TNI")
    ]
