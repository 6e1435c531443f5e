"""Round 20: a quarter named ahead of the calendar's. From April on, a story's "third quarter" is this year's: a
fiscal quarter just ended or one still ahead, never last year's third quarter, which nobody reports then. In the
year's first quarter, and for a fourth quarter in the second, it stays last year's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated


@pytest.mark.parametrize("text, published, expression, value", [
    # ahead, from April on: this year's
    ("Brokers said the outlook for the mills is improved through the third quarter.", date(1991, 4, 10),
     "the third quarter", "1991-Q3"),
    ("The glassmaker said its third quarter profit rose 12 pct on higher sales.", date(1991, 5, 14),
     "third quarter", "1991-Q3"),
    ("The chain said its fourth quarter net income fell to 3.1 mln dlrs.", date(1991, 8, 20),
     "fourth quarter", "1991-Q4"),
    # in the first quarter, and a fourth quarter in the second: last year's
    ("The chain said its fourth quarter net income fell to 3.1 mln dlrs.", date(1991, 2, 20),
     "fourth quarter", "1990-Q4"),
    ("The chain said its fourth quarter net income fell to 3.1 mln dlrs.", date(1991, 5, 20),
     "fourth quarter", "1990-Q4"),
])
def test_a_quarter_ahead_of_the_calendar(nlp, text, published, expression, value):
    assert dated(nlp, text, expression, published) == ("DATE", value)
