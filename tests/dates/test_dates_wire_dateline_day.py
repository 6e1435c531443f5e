""" "<CITY>, Aug 29 (<Agency>) -": a wire story's "this morning", "yesterday" and "this week" count from the day of
its dateline, which may lie a day or a few before the day it was put out (or the day after it, by the other city's
clock); the reference date stays the publication date given."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

from store.analysis import analyze

STORY = (
    "Ferry runs aground off the coast\n\n"
    "SKALA HARBOUR, Aug 29 (Harbour Wire) - A passenger ferry ran aground off the northern cape this morning, and "
    "coastguard boats took 140 people ashore, the port authority said.\n\n"
    "The ferry had left the island yesterday evening after a delay of two hours, officials said."
)


def test_relative_days_count_from_the_dateline(nlp):
    found = date_values(nlp, STORY, date(2026, 8, 30))
    assert ("this morning", "2026-08-29TMO") in found


def test_the_reference_date_stays_the_one_given(nlp):
    assert analyze(nlp, STORY, date(2026, 8, 30)).reference_date.value == date(2026, 8, 30)


def test_a_dateline_a_day_ahead_by_its_own_clock(nlp):
    text = ("TASMAN BAY, March 3 - Dairy exporters said today that milk collections fell two percent in the "
            "season to date.")
    assert ("today", "1987-03-03") in date_values(nlp, text, date(1987, 3, 2))


def test_a_dateline_far_from_the_publication_day_is_not_read(nlp):
    text = ("TASMAN BAY, March 3 - Dairy exporters said today that milk collections fell two percent in the "
            "season to date.")
    assert ("today", "1987-04-20") in date_values(nlp, text, date(1987, 4, 20))
