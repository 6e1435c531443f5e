"""A weekday hung straight from a verb in the simple present that tells a plan ("the squad fly to Lisbon on
Thursday", "the two ministers meet in Riga on Monday") lies ahead of the report: news tells what is timetabled in the
present. A present told of a habit ("generally holds"), a status ("as of Sunday"), a present of reporting, a past
tense, and a weekday named inside a holiday keep the nearest or past day."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2031, 5, 18)  # a Sunday


@pytest.mark.parametrize("text, expression, value", [
    ("The rowing squad fly to Lisbon on Thursday for the regional final.", "Thursday", "2031-05-22"),
    ("The two fisheries ministers meet in Riga on Thursday to settle the quota.", "Thursday", "2031-05-22"),
    ("The choir sings at the cathedral on Friday evening.", "Friday evening", "2031-05-23"),
])
def test_a_plan_in_the_present_lies_ahead(nlp, text, expression, value):
    got = dated(nlp, text, expression, REPORT)
    assert got[1].startswith(value)


@pytest.mark.parametrize("text, expression, value", [
    ("The rowing squad flew to Lisbon on Thursday for the regional final.", "Thursday", "2031-05-15"),
    ("The harbour office usually opens its tender on Thursday.", "Thursday", "2031-05-15"),
    ("As of Thursday evening, the two fishermen are in stable condition.", "Thursday evening", "2031-05-15"),
])
def test_no_plan_in_the_present(nlp, text, expression, value):
    got = dated(nlp, text, expression, REPORT)
    assert got[1].startswith(value)
