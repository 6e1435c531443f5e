"""With no publication date, "the weekend" is still a weekend the story tells of, as "Friday" is a day, "the quarter"
a quarter, and "the past decade" is ten years whatever the date: the Dates panel lists them instead of leaving them out."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found


def test_the_weekend_with_no_report_date(nlp):
    assert ("the weekend", "DATE", "XXXX-WXX-WE") in dates_found(nlp, "The mayor toured the flooded streets at the weekend.")


def test_the_weekend_with_a_report_date_keeps_its_week(nlp):
    found = dates_found(nlp, "The mayor toured the flooded streets at the weekend.", date(2005, 2, 16))
    assert ("the weekend", "DATE", "2005-W06-WE") in found


def test_the_past_decade_with_no_report_date(nlp):
    assert ("the past decade", "DURATION", "P10Y") in dates_found(nlp, "Rents in the town have doubled over the past decade.")


def test_a_named_decade_is_left_alone(nlp):
    assert ("the 1990s", "DATE", "199") in dates_found(nlp, "Rents in the town doubled in the 1990s.")


def test_the_quarter_with_no_report_date(nlp):
    found = dates_found(nlp, "The brewer said sales for the quarter rose 6% on strong summer demand.")
    assert ("the quarter", "DATE", "XXXX-QX") in found


def test_a_quarter_of_something_is_no_quarter(nlp):
    assert not [t for t, _, _ in dates_found(nlp, "About a quarter of the brewer's staff will move to the new site.")
                if "quarter" in t]
