"""A bare month a few words before the instrument it names ("June stock index futures", "June T-bond futures",
"June Treasury bonds") is the contract still trading, as "June bonds" is; a noun that is not only an instrument
("June export shipments") leaves the month where the tense put it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

SPRING = date(2031, 4, 7)


@pytest.mark.parametrize("text, expression, value", [
    ("June stock index futures closed 12 points lower in thin trade.", "June", "2031-06"),
    ("In Chicago, September Treasury bond futures fell a quarter point.", "September", "2031-09"),
    ("Dealers said December ten-year note futures edged up late in the day.", "December", "2031-12"),
])
def test_a_month_several_words_before_its_instrument_is_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, SPRING) == ("DATE", value)


def test_goods_shipped_stay(nlp):
    assert dated(nlp, "September export shipments fell five pct, the board said.", "September", SPRING) == (
        "DATE", "2030-09")
