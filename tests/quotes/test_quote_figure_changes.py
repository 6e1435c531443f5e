"""A change set off after a reported figure ('exports totalled 52 billion francs, a rise of 4.2 pct') says how the
figure moved and goes on with the report; an apposition that introduces something, and a change with no figure to
move, stay out (real model)."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content", [
    (("Brenn Corp said it had budgeted 40 mln dlrs for its capital spending program, an increase from 31 mln dlrs "
      "last year."),
     "it had budgeted 40 mln dlrs for its capital spending program, an increase from 31 mln dlrs last year"),
    ("The ministry said exports totalled 52.1 billion francs, a rise of 4.2 pct.",
     "exports totalled 52.1 billion francs, a rise of 4.2 pct"),
])
def test_a_change_after_the_figure_goes_on_with_the_report(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:15])
    assert (q.text, q.cue) == (content, "said")


@pytest.mark.parametrize("text, content", [
    # a body introduced by the writer
    ("Brenn Corp said it sold 30 pct of its stake to Tolland Inc, a unit of Karn Group.",
     "it sold 30 pct of its stake to Tolland Inc"),
    # no change named
    ("The agency said output rose to 3.1 mln tonnes, a record.", "output rose to 3.1 mln tonnes"),
])
def test_other_appositions_stay_out(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:10])
    assert q.text == content, q.text
