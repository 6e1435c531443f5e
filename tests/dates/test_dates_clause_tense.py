"""A weekday's tense comes from the clause it is told in, even when it hangs from a participle or an
infinitive deep inside that clause."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

THURSDAY = date(2023, 5, 11)


@pytest.mark.parametrize("text, value", [
    # a reduced relative ("a panel representing ...") deep in the object of "will hold": the meeting lies ahead
    (("Managers of the utility will hold a first meeting with members of a new panel representing its lenders "
      "in Madrid on Tuesday, bankers said."), "2023-05-16"),
    # an infinitive under a gerund ("by offering to buy") looks ahead with the plan it serves
    ("Many dealers expect the bank to add funds next week by offering to buy short bills on Wednesday.",
     "2023-05-17"),
])
def test_weekday_ahead_in_the_clause(nlp, text, value):
    assert dated(nlp, text, "Tuesday" if "Tuesday" in text else "Wednesday", THURSDAY) == ("DATE", value)


@pytest.mark.parametrize("text, value", [
    # told in the past, the same shapes still look back
    (("Managers of the utility held a first meeting with members of a new panel representing its lenders "
      "in Madrid on Tuesday, bankers said."), "2023-05-09"),
    ("The bank added funds by offering to buy short bills on Wednesday, dealers said.", "2023-05-10"),
])
def test_weekday_back_in_the_clause(nlp, text, value):
    assert dated(nlp, text, "Tuesday" if "Tuesday" in text else "Wednesday", THURSDAY) == ("DATE", value)
