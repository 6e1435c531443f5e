"""A verb of saying or proposing whose object is an act named by a gerund reports that act (real model): the
parse hangs 'raising the fuel tax' on 'proposed' as an open complement, not as the object it is."""

from __future__ import annotations

import pytest
from quote_support import quotes_of


@pytest.mark.parametrize("text, content, speaker", [
    ("Governor Ellen Park proposed raising the fuel tax by two cents.", "raising the fuel tax by two cents",
     "Ellen Park"),
    ("Mr. Dalton suggested looking at the fees on a card statement.", "looking at the fees on a card statement",
     "Dalton"),
    ("Tarrant Oil Corp recommended closing three of its refineries.", "closing three of its refineries",
     "Tarrant Oil Corp"),
])
def test_the_gerund_is_what_was_proposed(nlp, text, content, speaker):
    quotes = quotes_of(nlp, text)
    assert any(q.text == content and speaker in (q.speaker or "") for q in quotes), \
        [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize("text", [
    "Senator Ruth Cole supported raising the minimum wage.",  # a stance verb: its object stays no report
    "Ruth Cole stopped smoking in March.",  # no verb of saying
])
def test_no_report_without_a_verb_of_proposing(nlp, text):
    assert not quotes_of(nlp, text)
