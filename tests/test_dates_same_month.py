""""the same month last year" is a month a year back, and, as the base of a comparison, gives no year to the
bare month after it in its sentence."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

REPORT = date(1997, 4, 22)


def _found(nlp, text):
    return [(d.text, d.value) for d in analyze(nlp, text, REPORT).dates]


def test_same_month_of_the_sentence(nlp):
    found = _found(nlp, "Exports in March rose 5 percent over the same month last year, the ministry said.")
    assert ("the same month last year", "1996-03") in found


def test_same_month_of_the_story_and_the_month_after_it(nlp):
    text = ("Car sales reached 41,000 units in March.\n\n"
            "Imports were 12 percent higher than the same month last year and 3 percent lower than in February.")
    found = _found(nlp, text)
    assert ("the same month last year", "1996-03") in found
    assert ("February", "1997-02") in found


def test_no_month_named_keeps_the_year(nlp):
    assert _found(nlp, "Sales were higher than the same month last year, the group said.") == [
        ("the same month last year", "1996")
    ]


def test_same_month_a_year_ago_is_the_month_of_the_sentence(nlp):
    found = _found(nlp, "Bicycle sales fell 12% in February, compared with the same month a year ago, the importers said.")
    assert ("the same month a year ago", "1996-02") in found


def test_same_month_a_year_ago_with_no_month_named(nlp):
    assert ("the same month a year ago", "1996-04") in _found(
        nlp, "Bicycle sales were lower than in the same month a year ago, the importers said."
    )
