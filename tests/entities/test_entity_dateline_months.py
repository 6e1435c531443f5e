"""A short month before its day in a dateline ("PERTH, Mar 3 -") is a date, though the model reads the month as a
person's name: no entity in the panel (real model, real pipeline; passages of our own in the shape of wire copy).
A person named with a month's word, and a month without a day after it, are left alone."""

from __future__ import annotations

import pytest
from entity_support import labels_of


@pytest.mark.parametrize("text, month", [
    ("PERTH, Mar 3 - Kestrel Mining Ltd said it found gold at its Wandoo prospect.", "Mar"),
    ("OSLO, Oct 5 - Brekke Shipping A/S said it sold two tankers.", "Oct"),
])
def test_a_datelines_short_month_is_no_name(nlp, text, month) -> None:
    assert labels_of(nlp, text, month) == set()


def test_a_person_named_with_a_months_word_stays(nlp) -> None:
    text = "April Dunmore, the fund's manager, said on Tuesday that 12 of its holdings had been sold."
    assert labels_of(nlp, text, "April Dunmore") == {"PERSON"}
