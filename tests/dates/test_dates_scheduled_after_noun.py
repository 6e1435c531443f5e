"""A plan named after its noun with no verb of its own ("a rowing regatta scheduled for October", "a vote planned for
January") is read as one told with "would": ahead of the report, or at most a little before it. Told in March, that
October is this year's, not last year's; a month just gone keeps its year, and a weekday is still the nearest."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2031, 3, 14)  # a Friday in March


@pytest.mark.parametrize("text, expression, value", [
    ("The club will train through the summer, with a rowing regatta scheduled for October.", "October", "2031-10"),
    ("Villagers will help prepare a vote planned for November on the new road.", "November", "2031-11"),
    ("The choir's tour, scheduled for February, was called off.", "February", "2031-02"),
    ("The council's hearing, scheduled for Thursday, drew a crowd.", "Thursday", "2031-03-13"),
])
def test_a_plan_after_its_noun(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
