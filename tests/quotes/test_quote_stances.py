"""Stances held with content (real model): "X is adamant that Y", "X remains optimistic Y" report Y for X, as
"X believes Y" does; an impersonal "it is certain that", a question ("not sure whether") and a stance inside
another's report do not make a quote of their own."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


@pytest.mark.parametrize("text, content, speaker", [
    ("Harbour engineer Tomas Lindqvist is adamant that the new dock will open before winter.",
     "the new dock will open before winter", "Tomas Lindqvist"),
    ("Grain traders remain optimistic the harvest will recover by August.",
     "the harvest will recover by August", "grain traders"),
    ("Ana Ruiz was strongly sceptical that a regional tax on tourists could be collected.",
     "a regional tax on tourists could be collected", "Ana Ruiz"),
    ("Bankers are confident that the central bank will hold rates steady this month.",
     "the central bank will hold rates steady this month", "bankers"),
])
def test_a_stance_adjective_reports_its_clause(nlp, text, content, speaker):
    q = only(quotes_of(nlp, text), content)
    assert q.text.removeprefix("that ") == content and q.kind == "indirect" and q.speaker.lower() == speaker.lower()


def test_the_named_person_in_an_apposition_holds_the_stance(nlp):
    text = ("One of the main authors of the plan, city lawyer Marta Olsen, is adamant that the tenants "
            "have nothing to fear.")
    assert only(quotes_of(nlp, text), "the tenants have nothing to fear").speaker == "Marta Olsen"


@pytest.mark.parametrize("text", [
    "It is certain that fuel prices will rise again next year.",
    "The minister is not sure whether the ferry plan will work.",
    "The board is confident in its new chief executive.",
    "Farmers are worried about the drought in the north.",
])
def test_no_stance_of_anyone_with_content(nlp, text):
    assert not quotes_of(nlp, text), [(q.text, q.speaker) for q in quotes_of(nlp, text)]


def test_a_stance_inside_a_report_stays_in_it(nlp):
    text = "Most dealers are optimistic the new market will add liquidity, the bank's chief dealer said."
    q = only(quotes_of(nlp, text), "the new market will add liquidity")
    assert q.text.startswith("Most dealers are optimistic") and q.cue == "said"
