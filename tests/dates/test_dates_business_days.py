"""A business or trading day counted from a day the story names passes over the weekend: the one before a Monday is
the Friday, the one after a Friday the Monday; the report's own day is the anchor only when the story names none."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

TUESDAY = date(2021, 6, 15)


def _values(nlp, text: str, report: date = TUESDAY) -> dict[str, str]:
    return {d.text.lower(): d.value for d in analyze(nlp, text, report).dates}


def test_the_business_day_before_a_monday_is_the_friday(nlp):
    text = "The mill's grain stocks fell on June 14 to 4.1 mln tonnes from 4.5 mln tonnes on the previous business day."
    assert _values(nlp, text)["the previous business day"] == "2021-06-11"


def test_the_business_day_before_a_weekday_is_the_day_before_it(nlp):
    text = "The ferry line's cash fell on June 10 to 3.2 mln dlrs from 3.6 mln dlrs the previous business day."
    assert _values(nlp, text)["the previous business day"] == "2021-06-09"


def test_the_trading_day_after_a_friday_is_the_monday(nlp):
    text = "The quarry company said on June 11 that its new shares would be listed on the next trading day."
    assert _values(nlp, text)["the next trading day"] == "2021-06-14"


def test_with_no_day_named_the_report_is_the_anchor(nlp):
    text = "Dealers said the ministry's bills would settle on the next business day, as usual."
    assert _values(nlp, text, date(2021, 6, 18))["the next business day"] == "2021-06-21"
