"""A date after "since" is a start already gone, whatever the tense of the clause: "in office since May 18, will
be the first" is this May, not next May."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

THURSDAY = date(2023, 8, 24)


@pytest.mark.parametrize("text, expression, value", [
    ("The new chancellor, in office since May 18, will be the first foreign leader to visit the port.", "May 18",
     "2023-05-18"),
    ("Thousands of visitors will have crossed the bridge since Monday, the city expects.", "Monday", "2023-08-21"),
])
def test_since_looks_back(nlp, text, expression, value):
    assert dated(nlp, text, expression, THURSDAY) == ("DATE", value)


def test_without_since_the_tense_decides(nlp):
    assert dated(nlp, "The new chancellor will visit the port on May 18.", "May 18", THURSDAY) == (
        "DATE", "2024-05-18")
