"""A newspaper called "the daily" (or "the weekly") is no schedule; "twice daily", "a daily auction" stay SET."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

REPORT = date(2003, 5, 14)


@pytest.mark.parametrize("text, word", [
    ("The Sunrise Daily said on Tuesday that the mayor would resign.", "Daily"),
    ("The mayor would resign, the Polish daily reported on Tuesday.", "daily"),
    ("Gazeta Nowa daily said the talks had failed.", "daily"),
    ("A spokesman told the daily Le Courrier that prices would rise.", "daily"),
    ("The fund publishes its figures every month, the weekly said.", "weekly"),
])
def test_a_paper_is_no_schedule(nlp, text, word):
    found = analyze(nlp, text, REPORT).dates
    assert not [d for d in found if d.text == word]
    if "Tuesday" in text:  # the day beside it is still read
        assert [(d.text, d.value) for d in found if d.text == "Tuesday"] == [("Tuesday", "2003-05-13")]


@pytest.mark.parametrize("text", [
    "Sales are reported daily to the head office.",
    "Tablets are taken twice daily.",
    "The exchange holds a daily auction of dollars.",
    "The price is fixed daily, dealers said.",
    "The patients were given a daily Aspirin.",
    "Migrants drown in the Aegean daily, and nobody counts them.",
])
def test_a_schedule_stays(nlp, text):
    assert [(d.type, d.value) for d in analyze(nlp, text, REPORT).dates if d.text == "daily"] == [("SET", "P1D")]
