"""The day a named fiscal year ends on lies in that year, or (a year run April to March) in the one after it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

PUBLISHED = date(2011, 3, 15)


def found(nlp, text, expression):
    return dated(nlp, text, expression, PUBLISHED)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # told in March, the present tense's window alone reads an October day as last October's
        ("Quillmore Inc said it expects flat net income for fiscal 2011 ending Oct. 31.", "Oct. 31", "2011-10-31"),
        ("Quillmore expects a profit in the 2011 fiscal year ending Nov. 30.", "Nov. 30", "2011-11-30"),
    ],
)
def test_the_end_day_lies_in_the_named_year(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # already in the named year, or in the year after it (April-to-March years), the reading stays
        ("Quillmore earned three mln dlrs in fiscal 2010 ended Oct. 31.", "Oct. 31", "2010-10-31"),
        ("Tessaro expects profits to rise in fiscal 2010 ending March 31.", "March 31", "2011-03-31"),
        # no fiscal year named: left to the tense
        ("Quillmore earned three mln dlrs in the year ended Oct. 31.", "Oct. 31", "2010-10-31"),
    ],
)
def test_other_end_days_stay(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)
