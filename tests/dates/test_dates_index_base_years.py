"""The base year an index is measured against, written after "base" ("(base 1985)", ", base 1985,"), is not the
year the months of its sentence are in: they are read as the report's story reads them."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(1991, 3, 27)


@pytest.mark.parametrize("text, expression, value", [
    ("The freight gauge eased to 118.4 (base 1985) from 119.2 in January, the board said.",
     "January", "1991-01"),
    ("The February gauge, base 1985, was put at 118.4, after 119.2 in January.", "January", "1991-01"),
])
def test_a_base_year_does_not_place_the_months(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


def test_a_year_the_sentence_tells_of_still_places_its_month(nlp):
    text = "In the 1985 season the gauge fell sharply in January, the board said."
    assert dated(nlp, text, "January", REPORT) == ("DATE", "1985-01")
