""""the last week of March" counts weeks within March: "last" is the week's place in the month, not a March of
the year before, so the month is read as a bare month would be."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2011, 4, 6)  # a Wednesday


def test_last_week_of_the_month_just_gone(nlp):
    text = "Orders for new tractors picked up in the last week of March, the dealers' association said."
    assert dated(nlp, text, "the last week of March", REPORT) == ("DATE", "2011-W13")


def test_last_week_of_a_month_ahead(nlp):
    text = "The ferry service will resume in the last week of May, the council said."
    assert dated(nlp, text, "the last week of May", REPORT) == ("DATE", "2011-W22")  # the week of its last weekday, Tuesday the 31st


def test_last_month_named_with_last_stays_a_year_back(nlp):
    text = "The council closed the ferry service last March after a storm."
    assert dated(nlp, text, "last March", REPORT) == ("DATE", "2010-03")
