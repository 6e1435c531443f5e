"""A futures month quoted as a contract of its own, with no noun after it ("March was four cents higher", "with
June at 3.12", "buyers of March"), is the contract still trading, this month or one ahead; a month of a futures
report that dates a deed or has no price after it stays where the tense put it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

LATE_SUMMER = date(2031, 8, 29)


@pytest.mark.parametrize("text, expression, value", [
    # the month as the subject of its own price move
    ("Oat futures firmed in thin trade. March was four cents higher at 2.91 dlrs a bushel.", "March", "2032-03"),
    # a month quoted at a price beside another
    ("Barley futures eased, with December down two cents and June at 3.12 dlrs.", "June", "2032-06"),
    # a trader's word before the month
    ("Lumber futures drifted lower, with new crop June unchanged after a slow start.", "June", "2032-06"),
    # the month the buying went to
    ("Two grain houses were the main buyers of March in the rye futures pit, dealers said.", "March", "2032-03"),
    # a trader's word before the month, with no price after it
    ("Rye futures were mixed, with one mill an eager buyer of new crop March.", "March", "2032-03"),
])
def test_a_futures_month_named_alone_is_still_trading(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # a month that dates a deed, after "in", in a futures report
    ("Corn futures rose. In March the harvest was cut by 12 pct, the ministry said.", "March", "2031-03"),
    # the month's own figure is no price: a year after it
    ("Cotton futures were quiet. March was the wettest month since 1984 in the growing areas.", "March", "2031-03"),
    # a trader's word before a month that a noun follows: the month of a meeting
    ("Oat futures were quiet before the key June meeting of the board.", "June", "2031-06"),
    # no futures in the report: a month of figures
    ("Retail sales rose. March was up 2.1 pct over twelve months, the agency reported.", "March", "2031-03"),
])
def test_other_months_of_a_report_stay_where_the_tense_puts_them(nlp, text, expression, value):
    assert dated(nlp, text, expression, LATE_SUMMER) == ("DATE", value)
