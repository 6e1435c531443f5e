""""temperatures in the high 30s", "a price in the low 50s": a band of figures, not a decade. A decade is early,
mid or late ("the late 70s", "the mid-90s") and stays one."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts

from store.analysis import analyze

REPORT = date(2003, 1, 9)


def test_temperatures_in_the_high_thirties(nlp):
    assert date_texts(nlp, "Forecasters expect temperatures in the high 30s along the coast.", REPORT) == []


def test_share_price_in_the_low_fifties(nlp):
    assert date_texts(nlp, "Brokers think the shares could trade in the low 50s, one trader said.", REPORT) == []


def test_late_decade_stays_a_decade(nlp):
    found = [(d.text, d.value) for d in analyze(nlp, "Disco records of the late 70s sell well again.", REPORT).dates]
    assert found == [("the late 70s", "197")]
