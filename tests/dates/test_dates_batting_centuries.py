"""At cricket a century is a hundred runs: "hit a century", "a 40-ball half-century", "two centuries" in a sentence
of innings and wickets are scores, not a hundred years. A century of history stays a length of time."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(2004, 11, 20)


def test_century_scored(nlp):
    assert date_values(nlp, "The young opener hit a century before tea on a slow pitch.", REPORT) == []


def test_half_century_off_few_balls(nlp):
    assert date_values(nlp, "Their captain struck a 40-ball half-century to rescue the side.", REPORT) == []


def test_centuries_among_innings(nlp):
    text = "The visitors declared their second innings closed at 412, with centuries from two of their batsmen."
    assert [d for d in date_values(nlp, text, REPORT) if "centur" in d[0]] == []


def test_century_of_history_stays(nlp):
    text = "The treaty ended more than three centuries of rule by the crown."
    assert ("more than three centuries", "P300Y") in date_values(nlp, text, REPORT)
