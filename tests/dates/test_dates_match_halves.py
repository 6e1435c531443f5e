"""A half of a match ("the striker scored twice in the second half", "the visitors led at the end of the first
half") is no half year: named by its ordinal alone, beside words of play or a score and with no word of a
company's figures near it, it is no date. A company's halves ("profits rose in the second half", "the first half of
the year") stay dates."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated, dates_found

REPORT = date(2014, 9, 17)  # a Wednesday


@pytest.mark.parametrize("text", [
    "The rovers won 2-0, their winger scoring both goals in the second half.",
    "A penalty put the visitors ahead midway through the first half.",
    "It was a dull match. The hosts only woke up in the second half.",
])
def test_a_half_of_play_is_no_date(nlp, text):
    assert not any("half" in t for t, _, _ in dates_found(nlp, text, REPORT))


@pytest.mark.parametrize("text, expression, value", [
    ("The glassmaker said its profits rose in the second half, helped by a weaker currency.", "the second half",
     "2014-H2"),
    ("The shipyard expects to deliver the ferry in the first half of next year.", "the first half of next year",
     "2015-H1"),
])
def test_a_company_half_stays_a_date(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
