"""Round 19 date rules, each on sentences of our own run through the real pipeline: "last night", "this morning"
and their kin are dated even where the model leaves them untagged; a holiday told in the past may lie a few weeks
ahead; a day told in the past reaches a season ahead; a figure run into "yesterday" or "last quarter" stays out of the expression."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

from store.analysis import analyze

THURSDAY = date(1991, 5, 9)  # a Thursday
TUESDAY = date(1991, 10, 22)  # a Tuesday


@pytest.mark.parametrize("text, expression, value", [
    ("Last night, the port authority said it would close two of its piers.", "Last night", "1991-05-08TNI"),
    ("The ferry line sold three boats on Monday and last night Harbour Lines bought two more.",
     "last night", "1991-05-08TNI"),
    ("The crown closed at 6.1020 after a quiet session and last night's 6.1140.", "last night", "1991-05-08TNI"),
    ("The union leaders met the mayor this morning and will meet her again tomorrow evening.",
     "this morning", "1991-05-09TMO"),
    ("The union leaders met the mayor this morning and will meet her again tomorrow evening.",
     "tomorrow evening", "1991-05-10TEV"),
])
def test_parts_of_days_the_model_leaves_out(nlp, text, expression, value):
    assert dated(nlp, text, expression, THURSDAY) == ("TIME", value)


@pytest.mark.parametrize("text, published, value", [
    # 1991 Easter fell on March 31: told in March, a past tense still reaches it
    ("Toy shops said their February sales were held back by a late Easter.", date(1991, 3, 7), "1991-03-31"),
    ("Bakers said the Easter trade was brisk this week.", date(1991, 3, 21), "1991-03-31"),
    # far ahead, the past tense keeps the one gone by
    ("Bakers said the Easter trade was brisk.", date(1991, 1, 10), "1990-04-15"),
])
def test_a_holiday_told_in_the_past_may_lie_just_ahead(nlp, text, published, value):
    assert dated(nlp, text, "Easter", published) == ("DATE", value)


@pytest.mark.parametrize("text, published, expression, value", [
    ("The chairman said the plan came from the proposed June 30 opening of the new exchange.",
     date(1991, 4, 15), "June 30", "1991-06-30"),
    ("The bank said it extended the credit line for 60 days until May 31.", date(1991, 3, 26), "May 31", "1991-05-31"),
    # a day well over a season ahead is still last year's
    ("The chairman said the exchange opened on November 3.", date(1991, 4, 15), "November 3", "1990-11-03"),
])
def test_a_day_told_in_the_past_reaches_a_season_ahead(nlp, text, published, expression, value):
    assert dated(nlp, text, expression, published) == ("DATE", value)


@pytest.mark.parametrize("text, expression", [
    ("The krone eased to 6.4020/30 from 6.4150/60 yesterday, dealers said.", "yesterday"),
    ("Output fell to four mln units a month from an average of 5.2 mln last quarter.", "last quarter"),
])
def test_a_figure_before_the_day_it_was_reached_stays_out(nlp, text, expression):
    assert dated(nlp, text, expression, TUESDAY)[0] == "DATE"
    assert not [d for d in analyze(nlp, text, TUESDAY).dates if any(c.isdigit() for c in d.text)]


def test_a_figure_span_at_the_end_of_the_text_is_read(nlp):
    # a phone number closing a story, tagged as a date: the figure rule must not run past the text's end
    text = "The mill will reopen next month. -- Lyon desk +33 4 12 34 56 78"
    assert dated(nlp, text, "next month", TUESDAY) == ("DATE", "1991-11")
