"""A plan hung from "hope" ("the mayor hopes to open the library in February") or "slate" ("the terminal is slated to
open in March") looks ahead as one hung from "plan" or "schedule" does: the model lemmatises "hopes", "hoped" and
"hoping" as "hop" and "slated" as "slat", which the plan verbs did not hold, so a month gone in the year of the report
was read as that one."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2031, 5, 14)  # a Wednesday in May


@pytest.mark.parametrize("text, expression, value", [
    ("The mayor hopes to open the new library in February.", "February", "2032-02"),
    ("The orchestra is hoping to tour the northern towns in March.", "March", "2032-03"),
])
def test_a_hoped_plan_looks_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("The mayor opened the new library in February.", "February", "2031-02"),
    ("The mayor plans to open the new library in February.", "February", "2032-02"),
])
def test_other_verbs_as_before(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


def test_a_hoped_quarter_long_gone_is_next_years(nlp):
    # told in August, a first quarter still hoped for is next year's
    text = "The brewer hopes to sign the lease in the first quarter."
    assert dated(nlp, text, "the first quarter", date(2031, 8, 20)) == ("DATE", "2032-Q1")


@pytest.mark.parametrize("text, expression, value", [
    ("The new ferry terminal is slated to open in March.", "March", "2032-03"),
    ("A final accord on the bridge, slated for September, will need two votes.", "September", "2031-09"),
])
def test_a_slated_plan_looks_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
