"""A weekday joined to the report's own days ("late tonight and Wednesday") lies on their side of the report."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

TUESDAY = date(2019, 11, 19)


@pytest.mark.parametrize("text, weekday, value", [
    # the warning was issued (past) for a time still ahead
    ("Flood watches were issued for the river valleys, late tonight and Wednesday over the hills.", "Wednesday",
     "2019-11-20"),
    ("Gale warnings were posted for tonight and Thursday along the coast.", "Thursday", "2019-11-21"),
    # joined to yesterday, the weekday lies before it
    ("Mountain roads will stay closed after heavy snow yesterday and Sunday.", "Sunday", "2019-11-17"),
])
def test_weekday_joined_to_the_report_days(nlp, text, weekday, value):
    assert dated(nlp, text, weekday, TUESDAY) == ("DATE", value)


def test_weekday_alone_in_the_past_still_looks_back(nlp):
    text = "Flood watches were issued on Wednesday for the river valleys."
    assert dated(nlp, text, "Wednesday", TUESDAY) == ("DATE", "2019-11-13")
