"""A clause after ', but' that keeps the reported speech's tense goes on with the report ('said it expects sales to
rise, but margins could suffer', 'said it would keep X, but would merge Y'); one in the writer's past, one about the
source itself, one that reports on its own and what the source withheld are left apart; so for a clause after
', and' with a subject of its own after a verb of saying in the past (real model)."""

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


@pytest.mark.parametrize("text, content", [
    ("The minister said the tariff was unfair to small exporters, and this could lead to a trade dispute.",
     "the tariff was unfair to small exporters, and this could lead to a trade dispute"),
    ("Ms. Varga said talks with the lenders had stalled, and there was no sign of a deal before June.",
     "talks with the lenders had stalled, and there was no sign of a deal before June"),
])
def test_a_clause_after_and_in_the_reported_past_goes_on_with_the_report(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:15])
    assert (q.text, q.cue) == (content, "said")


@pytest.mark.parametrize("text, content", [
    # a pronoun for the source: what it holds, told by the writer
    ("Brenn Corp said it had bought 45,000 shares of Tolland Inc, and it now owns 12 pct of the company.",
     "it had bought 45,000 shares of Tolland Inc"),
    # a second report, found by its own cue
    ("Brenn Corp said profits rose in the quarter, and analysts said the outlook was good.",
     "profits rose in the quarter"),
    # the cue inside the writer's 'as' clause
    ("The bank cut its rate, just as Ms. Varga said it would, and the market barely moved.", "it would"),
    # a bare 'did' answering the report
    ("Asked whether the firm would double its sales, Ms. Varga said it would, and the firm did, handsomely.",
     "it would"),
])
def test_other_clauses_after_and_stay_apart(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:8])
    assert q.text == content, q.text
