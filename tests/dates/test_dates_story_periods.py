"""A past-tense "for the month", "during the year" just after a sentence that names a month or a year of its own is
that period, not the report's month or year: the story gives its other figures for the period it opened on,
the first it names (a second is the figure compared). Told ahead, with no period named before, or with only the
period of a figure compared, it keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2031, 4, 16)


@pytest.mark.parametrize("text, expression, value", [
    ("Ferry bookings climbed 4 pct in February, the operator said. Freight carried for the month fell 2 pct.",
     "the month", "2031-02"),
    (("The mill earned 12 mln crowns in 2030 against 9 mln in 2029. Pulp prices rose steadily during the year, "
     "its chairman said."), "the year", "2030"),
    ("Tin output rose in 2030, the board said. Shipments abroad for the year dropped to 40,000 tonnes.",
     "the year", "2030"),
])
def test_the_period_the_story_named(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("Ferry bookings climbed 4 pct in February. Freight carried for the month will fall, the operator said.",
     "the month", "2031-04"),
    ("Tin output rose in 2030. The board expects higher shipments for the year.", "the year", "2031"),
    ("Freight carried for the month fell 2 pct, the operator said.", "the month", "2031-04"),
    (("The mill cut its costs to 40 crowns a tonne compared with 44 crowns in 2029. Pulp output for the year "
     "fell 3 pct, the board said."), "the year", "2031"),
])
def test_told_ahead_or_with_no_period_named_it_stays(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)



@pytest.mark.parametrize("text, expression, value", [
    # the line just before tells its figure as "last year", which names no year of its own: the year is the
    # one named two lines back
    (("The Kestrel mine shipped 8 mln tonnes of ore in 2030, up from 6 mln in 2029. It sold 2 mln tonnes to "
      "local mills last year. A new crusher was installed during the year, the owner said."), "the year", "2030"),
    # lines of figures with no date between the month named and "the month"
    (("Deposits at Harlow Bank grew 900 mln stg in February, the bank said. Most of the rise came from savers. "
      "Business deposits were flat. About 60 mln of overdrafts were paid off during the month."),
     "the month", "2031-02"),
])
def test_the_period_named_a_few_lines_back(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


def test_a_period_named_five_lines_back_is_too_far(nlp):
    text = ("Deposits at Harlow Bank grew 900 mln stg in February. Most of the rise came from savers. "
            "Business deposits were flat. Farm deposits were flat. Shop deposits were flat. About 60 mln "
            "of overdrafts were paid off during the month.")
    assert dated(nlp, text, "the month", REPORT) == ("DATE", "2031-04")
