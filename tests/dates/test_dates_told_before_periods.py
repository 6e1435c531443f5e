""""On the same respective days", "in the corresponding months": the days or months the story named before, not a
length of some days or months the Dates panel would show as one; told of last year, they lie in it, as "the same
period last year" does. A count keeps its length ("for the same three days")."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated, dates_found

_TOLD = date(1987, 4, 24)


def _texts(found):
    return [t for t, _, _ in found]


def test_same_respective_days_is_no_length(nlp):
    text = ("Cash held by the Larch Valley mill fell on April 23 to 6.2 mln stg from 9.4 mln stg on the previous "
            "working day. Its bond holdings rose to 25.1 mln stg from 24.9 mln stg on the same respective days.")
    found = dates_found(nlp, text, _TOLD)
    assert "the same respective days" not in _texts(found)
    assert ("April 23", "DATE", "1987-04-23") in found


def test_previous_corresponding_months_is_no_length(nlp):
    text = ("Coal shipments from the Redrock pits rose to 4.1 mln tonnes in January and February from 3.8 mln "
            "tonnes in the previous corresponding months.")
    assert "the previous corresponding months" not in _texts(dates_found(nlp, text, _TOLD))


def test_same_months_last_year_lie_last_year(nlp):
    text = "Orders at the Redrock pits rose in March, after falling in the same months last year."
    assert dated(nlp, text, "the same months last year", _TOLD) == ("DATE", "1986")


def test_counted_days_keep_their_length(nlp):
    text = "The Larch Valley mill stopped work for three days in March and its rival stopped for the same three days."
    assert dated(nlp, text, "the same three days", _TOLD) == ("DURATION", "P3D")
