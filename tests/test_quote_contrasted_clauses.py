"""A clause after ', but' that keeps the reported speech's tense goes on with the report ('said it expects sales to
rise, but margins could suffer', 'said it would keep X, but would merge Y'); one in the writer's past, one about the
source itself, one that reports on its own and what the source withheld are left apart (real model)."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text, content, cue", [
    ("Brenn Corp said it expects sales to rise this year, but margins could suffer in the meantime.",
     "it expects sales to rise this year, but margins could suffer in the meantime", "said"),
    ("Mrs. Tolland says the new rules are fair, but they require every bidder to make an effort.",
     "the new rules are fair, but they require every bidder to make an effort", "says"),
    # a modal with no subject: what the source means to do, part of the plan it reported
    ("Brenn Corp said it would run the unit as a subsidiary, but would merge its sales force.",
     "it would run the unit as a subsidiary, but would merge its sales force", "said"),
])
def test_a_contrast_in_the_reported_tense_goes_on_with_the_report(nlp, text, content, cue):
    q = find(quotes_of(nlp, text), content[:15])
    assert (q.text, q.cue) == (content, cue)


@pytest.mark.parametrize("text, content", [
    # the plain past after 'said': the writer's narrative
    ("Brenn Corp said profits rose in the quarter, but its shares fell two dlrs in late trading.",
     "profits rose in the quarter"),
    # the source again: what it does, not what it reported
    ("Reporters know they are being spun, but they go along with it anyway.", "they are being spun"),
    # a second report, found by its own cue
    ("Mrs. Kell says the plan is sound, but analysts believe it will fail.", "the plan is sound"),
    # what the source withheld is its own act
    ("Brenn Corp said it was studying the offer, but would not give any details.", "it was studying the offer"),
])
def test_other_clauses_after_but_stay_apart(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:10])
    assert q.text == content, q.text
