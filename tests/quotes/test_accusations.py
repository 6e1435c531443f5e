"""A passive accusation reports what it charges (real model): "X is accused of Y" is a report over Y, for the
accuser the article names after "by", else for no one named; the writer does not make the charge."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text, charge", [
    ("The former treasurer is accused of taking $2 million from the charity over six years.",
     "taking $2 million from the charity over six years"),
    ("Peacekeepers have been accused of hurting the civilians they were sent to protect.",
     "hurting the civilians they were sent to protect"),
])
def test_a_passive_accusation_with_no_accuser_reports_the_charge_for_no_one(nlp, text, charge):
    q = only(quotes_of(nlp, text), charge[:20])
    assert q.text == charge and q.kind == "indirect" and q.speaker is None


def test_an_accusation_with_its_object_is_not_read_as_passive(nlp):
    q = only(quotes_of(nlp, "The union accused the company of hiding its losses."), "hiding its losses")
    assert q.speaker == "union"
