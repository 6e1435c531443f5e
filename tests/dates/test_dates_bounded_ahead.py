"""A weekday bounded from ahead is one still to come: "as soon as Tuesday", "as early as Friday", unless the
verb is in the past ("knew as early as Monday")."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

WEDNESDAY = date(2023, 5, 10)


@pytest.mark.parametrize("text, expression, value", [
    ("The council might vote on the budget as soon as Monday, a member said.", "Monday", "2023-05-15"),
    # the bound is none of the expression: "early as" goes with it
    ("The two ministers could meet as early as Tuesday, officials said.", "Tuesday", "2023-05-16"),
])
def test_bounded_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, WEDNESDAY)[1] == value


@pytest.mark.parametrize("text, expression, value", [
    # a verb in the past keeps the day gone: "knew as early as Monday"
    ("The engineers knew as early as Monday that the bridge was unsafe, the report said.", "Monday",
     "2023-05-08"),
])
def test_not_bounded_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, WEDNESDAY)[1] == value
