"""A bare month takes the year its sentence named before it ("In the 2016 election, he stayed in the race until
June"), but not when it is told in the present and that year is gone: "launched in 2009 and, as of May, holds
a third of the market" is this May, not May 2009."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2014, 7, 2)


def test_present_month_after_an_old_year(nlp):
    text = "The ferry line opened in 2009 and, as of May, it carries a third of the island's visitors."
    assert dated(nlp, text, "May", REPORT) == ("DATE", "2014-05")


def test_present_month_ahead_after_an_old_year(nlp):
    text = "The figures for 2013 are provisional and are published by the statistics office in September."
    assert dated(nlp, text, "September", REPORT) == ("DATE", "2014-09")


def test_past_month_keeps_the_sentence_year(nlp):
    text = "In the 2010 campaign, the mayor stayed in the race until June."
    assert dated(nlp, text, "June", REPORT) == ("DATE", "2010-06")
