"""Two days joined by a slash ("for shipment June 10/July 10") are the two ends of a period, each a day of its
own, as the two months of "May/June" are; the model's one expression read only the first. A slash between figures
("12/15 pct") beside a day is left alone."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2011, 5, 10)


@pytest.mark.parametrize("text, first, second", [
    ("The mill bought one cargo for shipment June 10/July 10 at the tender.",
     ("June 10", "2011-06-10"), ("July 10", "2011-07-10")),
    ("A trader offered two cargoes for Aug 5/Sept 5 loading, brokers said.",
     ("Aug 5", "2011-08-05"), ("Sept 5", "2011-09-05")),
])
def test_two_days_joined_by_a_slash_are_two_days(nlp, text, first, second):
    found = [(t, v) for t, _, v in dates_found(nlp, text, REPORT)]
    assert first in found and second in found


def test_a_slash_between_figures_stays(nlp):
    found = dates_found(nlp, "Prices were quoted at 12/15 pct on June 3, dealers said.", REPORT)
    assert [(t, v) for t, _, v in found] == [("June 3", "2011-06-03")]
