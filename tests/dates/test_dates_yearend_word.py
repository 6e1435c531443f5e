"""'yearend' written as one word, as the wires write it, is the year-end the model tags when it is hyphenated: the
last day of the year, told ahead this year's, told in the past the one before; a firm's "fiscal yearend" and "yearend
results" (a year's accounts) are not dated from the word alone."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dated

MARCH = date(2031, 3, 14)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Oil could climb to 30 dlrs a barrel by yearend, Corlander executives said.", "yearend", "2031-12-31"),
        ("Bad loans at Tessaro Bank totaled 90 mln dlrs at yearend, up from 60 mln.", "yearend", "2030-12-31"),
        ("Bad loans at Tessaro Bank totaled 90 mln dlrs at yearend 2029.", "yearend 2029", "2029-12-31"),
    ],
)
def test_yearend_is_a_year_end(nlp, text, expression, value):
    assert dated(nlp, text, expression, MARCH) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Corlander had 90 mln shares on June 30, 2030, the fiscal yearend.",
        # a year's accounts: the tense of their release does not say which year's end
        "Tessaro Bank has delayed the release of its fourth quarter and yearend results.",
    ],
)
def test_a_fiscal_yearend_and_yearend_accounts_are_left(nlp, text):
    assert "yearend" not in " ".join(date_texts(nlp, text, MARCH))


def test_hyphenated_year_end_unchanged(nlp):
    text = "Oil could climb to 30 dlrs a barrel by year-end, Corlander executives said."
    assert dated(nlp, text, "year-end", MARCH) == ("DATE", "2031-12-31")
