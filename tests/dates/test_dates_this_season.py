"""A season named with "this" ("this autumn", "this summer") is the report year's even beside a past verb ("a vote
was expected this autumn", told in March); a bare season told in the past before it begins, and "this winter",
which began the year before, keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

MARCH = date(2031, 3, 14)


@pytest.mark.parametrize("text, expression, value", [
    ("The union said a vote was expected this autumn on the new pay scale.", "this autumn", "2031-FA"),
    ("The two carriers began talks ahead of a planned merger this summer.", "this summer", "2031-SU"),
])
def test_this_season_is_the_report_years(nlp, text, expression, value):
    assert dated(nlp, text, expression, MARCH) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("Heavy snow fell this winter across the plains, officials said.", "this winter", "2030-WI"),
    ("Crops were hurt in the summer, officials said.", "the summer", "2030-SU"),
])
def test_a_winter_or_a_bare_season_keeps_its_reading(nlp, text, expression, value):
    assert dated(nlp, text, expression, MARCH) == ("DATE", value)
