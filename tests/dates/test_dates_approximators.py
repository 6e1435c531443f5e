"""A counted length keeps the word that bounds its count ("nearly two years", "more than four hours", "at least
30 days", "less than a decade", "almost four years ago"), as TIMEX3 and TimeBank mark it; its value is the
count's. "about", "around" and "up to" stay out, as does a bound before a clock time or a day."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated, dates_found

REPORT = date(2011, 5, 18)  # a Wednesday


@pytest.mark.parametrize("text, expression, kind, value", [
    ("The ferry service has been idle for nearly two years.", "nearly two years", "DURATION", "P2Y"),
    ("The auditor's hearing ran more than four hours and ended at dusk.", "more than four hours",
     "DURATION", "PT4H"),
    ("The flooded bridge reopened in less than a decade.", "less than a decade", "DURATION", "P10Y"),
    ("The insurer has at least 30 days to answer a claim.", "at least 30 days", "DURATION", "P30D"),
    ("The mill closed almost four years ago.", "almost four years ago", "DATE", "2007"),
    ("The tunnel borer covered the last stretch in just under a minute.", "just under a minute", "DURATION",
     "PT1M"),
])
def test_a_bound_before_a_count_is_in_the_expression(nlp, text, expression, kind, value):
    assert dated(nlp, text, expression, REPORT) == (kind, value)


@pytest.mark.parametrize("text, expression", [
    ("The vote count lasted about five hours in the town hall.", "five hours"),
    ("The striker could be banned for up to five years.", "five years"),
])
def test_other_hedges_stay_out(nlp, text, expression):
    assert expression in [t for t, _, _ in dates_found(nlp, text, REPORT)]


def test_a_bound_before_a_day_stays_out(nlp):
    text = "The polls stay open until at least midday tomorrow."
    assert all(not t.startswith("at least") for t, _, _ in dates_found(nlp, text, REPORT))
