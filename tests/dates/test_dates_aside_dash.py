"""A spaced dash opens an aside the model runs a date into ("in March - Tom Reed and ..."): the date stops at the
dash, and a date after the dash is one of its own; a range of years written with a dash stays two years."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from date_support import date_texts


def test_name_after_the_dash_is_cut_off(nlp):
    found = date_texts(nlp, "Two men freed from the camp in March - Tom Reed and Sam Hale - have now spoken out.")
    assert "March" in found
    assert not [t for t in found if "Reed" in t]


def test_words_after_the_dash_are_cut_off(nlp):
    found = date_texts(nlp, "The band has toured a lot in recent years - mostly at small clubs in the north.")
    assert "recent years" in found
    assert not [t for t in found if "mostly" in t]


def test_date_after_the_dash_is_its_own(nlp):
    found = date_texts(nlp, "The depot will shut for two days - Wednesday and Thursday - while pipes are fixed.")
    assert "two days" in found and "Wednesday" in found


def test_year_range_is_left_two_years(nlp):
    assert date_texts(nlp, "Output grew from 1991 - 1997, the ministry said.") == ["1991", "1997"]
