"""The period a trade ships in is still ahead when the deal is told in the past ("bought ... for late May/early June
shipment", in April): this year's May and June, not last year's. A period "the" marks as one told of before, or
one with its year written, stays where it was read."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values, dated

APRIL = date(1987, 4, 13)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Mills bought 6,000 tonnes of canola for late June/early July shipment, dealers said.",
         "late June/early July", "1987-07"),
        ("An importer bought 3,000 tonnes of olein for June 1/10 shipment at 350 dlrs a tonne.", "June 1/10", "1987-06"),
        ("The buyers took 9,000 tonnes of barley for May-June shipment, traders said.", "May-June", "1987-06"),
    ],
)
def test_a_shipping_period_of_a_past_sale_is_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, APRIL) == ("DATE", value)


def test_a_period_told_of_before_stays(nlp):
    values = date_values(nlp, "The premium fell from the level for the last May to September shipment.", APRIL)
    assert ("September", "1986-09") in values


def test_a_written_year_stays(nlp):
    assert dated(nlp, "They bought sugar for June 1986 shipment, traders said.", "June 1986", APRIL) == ("DATE", "1986-06")


def test_a_month_just_gone_stays(nlp):
    assert dated(nlp, "They bought sugar for March shipment, traders said.", "March", APRIL) == ("DATE", "1987-03")
