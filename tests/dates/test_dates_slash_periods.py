"""Two months joined by a slash are a period dealt in, still ahead: told in early spring, "the Jun/Aug spread
narrowed" and "bought three lots of Jun/Jul" are this summer's months, not last summer's. Months of figures just
gone ("sales slid in Nov/Dec") and a period with its year named beside it keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

SPRING = date(2031, 4, 9)


@pytest.mark.parametrize("text, expression, expected", [
    ("The Jun/Aug spread narrowed to eight points from eleven, dealers said.", "Aug", "2031-08"),
    ("A mill bought three lots of Jun/Jul, merchants reported.", "Jun", "2031-06"),
])
def test_a_slash_period_is_still_ahead(nlp, text, expression, expected):
    assert dated(nlp, text, expression, SPRING) == ("DATE", expected)


@pytest.mark.parametrize("text, expression, expected", [
    ("Retail sales slid four pct in Nov/Dec, the bureau said.", "Nov", "2030-11"),
    ("A mill bought three lots of Jun/Jul in 2030, merchants reported.", "Jun", "2030-06"),
])
def test_months_gone_or_of_a_named_year_stay(nlp, text, expression, expected):
    assert dated(nlp, text, expression, SPRING) == ("DATE", expected)
