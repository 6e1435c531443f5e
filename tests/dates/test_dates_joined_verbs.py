""" A bare verb joined to an earlier one ("will build a mill and open it in October") has no tense of its own: it
is told in the first verb's (real model; our own sentences about made-up firms). Read alone, the base form counted
as a present, and a month half a year off fell back a year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

APRIL = date(2031, 4, 8)


@pytest.mark.parametrize("text, expression, value", [
    # the auxiliary of the first verb reaches the second
    ("Brindle Corp will be capitalised at 40 mln dlrs and start operations in October, a spokesman said.",
     "October", "2031-10"),
    # an infinitive under a plan verb: both verbs look ahead
    ("Hadley Bank plans to sell the unit and close the deal in November, it said.", "November", "2031-11"),
])
def test_joined_verb_takes_the_first_verbs_tense(nlp, text, expression, value):
    assert dated(nlp, text, expression, APRIL) == ("DATE", value)


def test_a_tensed_verb_of_an_inner_clause_lends_no_tense(nlp):
    # the parser joins "answer" to "called", the verb of the clause inside the object of "will study"
    text = 'The board of Ostrow Tools will study what analysts called a "fair-value" offer and answer it on Tuesday.'
    assert dated(nlp, text, "Tuesday", date(2031, 4, 7)) == ("DATE", "2031-04-08")  # told on a Monday


def test_joined_verb_with_its_own_auxiliary_keeps_it(nlp):
    text = "Corvel Mills raised its prices last week and may cut output in August, the company said."
    assert dated(nlp, text, "August", APRIL) == ("DATE", "2031-08")
