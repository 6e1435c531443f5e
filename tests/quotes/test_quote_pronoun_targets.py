"""A charge or a judgement whose target is a pronoun ('accused him of X', 'blamed them for Y') is reported over the
pronoun and the phrase that states the charge, as it is with a name (quotes/pronoun_targets.py); a pronoun object
with no such phrase, or with a span of time after it, reports nothing."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Rena Hollis met Tom Varga in May. Hollis later accused him of lying to the board.",
            "him of lying to the board",
            "Rena Hollis",
        ),
        (
            "The Corvel union met the managers on Monday and blamed them for the closure of the mill.",
            "them for the closure of the mill",
            "Corvel union",
        ),
        (
            "Tom Varga sold the plant in June. Rena Hollis criticised him for selling it without a vote.",
            "him for selling it without a vote",
            "Rena Hollis",
        ),
        (
            "Varga turned on the auditor, calling him a bully and accusing him of hiding the accounts.",
            "him of hiding the accounts",
            "Varga",
        ),
    ],
)
def test_the_pronoun_and_its_charge_are_reported(nlp, text, content, speaker):
    quotes = quotes_of(nlp, text)
    hits = [q for q in quotes if q.text == content]
    assert hits, [(q.text, q.speaker) for q in quotes]
    assert hits[0].speaker == speaker


@pytest.mark.parametrize(
    "text, word",
    [
        # no phrase stating a charge: the pronoun alone names nothing said
        ("Rena Hollis met the strikers on Monday and condemned them.", "them"),
        # 'for' and a span of time is no reason
        ("The Corvel union blamed him for two hours at the meeting.", "him"),
    ],
)
def test_a_pronoun_with_no_charge_reports_nothing(nlp, text, word):
    assert not any(q.text.startswith(word) for q in quotes_of(nlp, text)), [q.text for q in quotes_of(nlp, text)]


def test_a_second_charge_run_into_the_phrase_stays_out(nlp):
    # the parse joins the second suit's own clause to the first charge: that charge is left, as at 7b57f88
    text = "Corvel is also fighting two lawsuits - one accusing it of cheating its staff and another alleging it discriminates against older workers."
    quotes = quotes_of(nlp, text)
    assert not any("another alleging" in q.text for q in quotes), [q.text for q in quotes]
