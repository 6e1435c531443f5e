"""A first day spelled out before its year ("effective July One, 1988") is that day, as "July One" alone is; only
where more follows may "one" be a count."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("The chairman will step down effective July One, 1988, the bank said.", "July One, 1988", "1988-07-01"),
        ("The notes mature on March one 1992 and pay eight pct.", "March one 1992", "1992-03-01"),
    ],
)
def test_spelled_first_before_its_year_is_the_day(nlp, text, expression, value):
    assert dated(nlp, text, expression, date(1987, 3, 10)) == ("DATE", value)


def test_spelled_first_alone_stays_the_day(nlp):
    assert dated(nlp, "The dividend is payable April One.", "April One", date(1987, 3, 10)) == ("DATE", "1987-04-01")
