"""A rough length given as "between <n> and <m> <unit>" is the length "<n> to <m> <unit>" is (PXD), where the model
tags it from the second count and that count alone was read (P10D). "between" stays out, as "from" does before
"12 to 18 months"; amounts that are not lengths are no date."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dated

REPORT = date(2020, 5, 4)


@pytest.mark.parametrize("text, expression, expected", [
    ("The ferry will be out of service for between seven and 10 days, the operator said.",
     "seven and 10 days", ("DURATION", "PXD")),
    ("The strike could last between two and five weeks.", "two and five weeks", ("DURATION", "PXW")),
    ("The inquiry lasted between two and three hours.", "two and three hours", ("DURATION", "PTXH")),
])
def test_a_length_between_two_counts_is_rough(nlp, text, expression, expected):
    assert dated(nlp, text, expression, REPORT) == expected


def test_amounts_between_two_figures_are_no_date(nlp):
    assert date_texts(nlp, "The bonds were priced between 98 and 99 points.", REPORT) == []
