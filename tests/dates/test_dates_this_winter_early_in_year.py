"""Early in a year (January to March), "this winter" is the winter under way or just ended, which TIMEX3 writes by
the year it began in, whatever the clause's verb: a present or a past perfect reads it so as a simple past already
did. Later in the year, and with "will" in March, it is the winter ahead."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

MARCH = date(2031, 3, 10)
FEBRUARY = date(2031, 2, 12)
SEPTEMBER = date(2031, 9, 15)


@pytest.mark.parametrize("text, published", [
    ("Frost this winter had been harder than usual, the orchard growers said.", MARCH),
    ("Snow cover on the northern plains this winter is thin, the grain board says.", MARCH),
    ("Ice on the lake this winter is thicker than anyone remembers, the ferry pilots say.", FEBRUARY),
])
def test_this_winter_early_in_the_year_began_the_year_before(nlp, text, published):
    assert dated(nlp, text, "this winter", published) == ("DATE", "2030-WI")


@pytest.mark.parametrize("text, published", [
    ("The ferry line said it would add a night crossing this winter.", SEPTEMBER),
    ("The ferry line will add a night crossing this winter, its owners said.", MARCH),
])
def test_this_winter_ahead_stays(nlp, text, published):
    assert dated(nlp, text, "this winter", published) == ("DATE", "2031-WI")
