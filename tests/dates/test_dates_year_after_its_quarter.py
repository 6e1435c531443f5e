"""A year of accounts told in the sentence after its own quarters: "the full year" whose figures a past-tense
sentence gives, when the sentence before told only of a quarter or a half of an earlier year, is that year, even
told after March; and output, growth and orders are figures of a year too. A forecast for the year, and a year
after a sentence that set one year's quarter against another's, stay the year under way."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

SPRING = date(2029, 5, 14)
WINTER = date(2029, 2, 6)


@pytest.mark.parametrize("text, expression, report, value", [
    (("The island's economy grew 0.6 pct in the fourth quarter of 2028. "
     "Over the full year, growth reached 2.7 pct, the bureau said."), "the full year", SPRING, "2028"),
    ("The glassworks had strong sales in the second half of 2028. Its sales over the full year reached 41 mln crowns.",
     "the full year", SPRING, "2028"),
    ("Copper output for the year fell four pct to 310,000 tonnes, the mines ministry said.",
     "the year", WINTER, "2028"),
])
def test_a_year_told_after_its_quarters_is_that_year(nlp, text, expression, report, value):
    assert dated(nlp, text, expression, report) == ("DATE", value)


@pytest.mark.parametrize("text, expression", [
    (("Net profit rose to 4 mln crowns in the glassworks' 2028 fourth quarter. "
     "For the full year, the firm expects a profit of 15 mln crowns."), "the full year"),
    (("The mill lost 2 mln crowns in its first quarter of 2029, against a loss of 1 mln in the first quarter "
     "of 2028. Sales for the full year were seen rising."), "the full year"),
])
def test_a_forecast_or_a_compared_quarter_stays_this_year(nlp, text, expression):
    assert dated(nlp, text, expression, SPRING) == ("DATE", "2029")
