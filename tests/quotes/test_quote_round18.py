"""Round 18's quote-span rules (real model): an event a source saw happen ('saw his support collapse'), or the state
someone was found in ('found him lying in the yard'), is no report; "call" with a bare object ('called the police',
'called off its search') is a phone call, a summons or an act, while "call" naming
something ('called the plan a disaster', 'calling out X') still reports; the reported clause whose subject the parse
made the verb's object runs on past an aside set off by commas ('said the two men, after robbing the store, set fire
to it') and past a date read as a clause of its own ('said rains since March delayed …'); the quoted title of a show a
source spoke on is no quote; a trailing 'according to X' is no part of the content before it."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text", [
    "Rubio saw his support collapse after the debate in Houston.",
    "The year saw the party take over the House for the first time since 1994.",
    "Many residents want to see the district become a state.",
    "Hundreds of voters went to see the governor speak at a rally in Concord.",
    "Two neighbours found him lying in the yard early on Monday.",
    "The senator once again found himself embroiled in controversy.",
])
def test_an_event_seen_happening_or_a_state_found_is_no_report(nlp, text):
    assert not [q for q in quotes_of(nlp, text) if q.cue in ("saw", "see", "found")], \
        [(q.text, q.cue) for q in quotes_of(nlp, text)]


def test_a_finding_is_still_reported(nlp):
    q = find(quotes_of(nlp, "The inquiry found the agency had spent far more than its budget allowed."), "agency")
    assert q.text == "the agency had spent far more than its budget allowed" and q.cue == "found"


def test_a_forecast_with_see_is_still_reported(nlp):
    q = find(quotes_of(nlp, "Analysts see the dollar falling to 140 yen by June."), "dollar")
    assert q.text == "the dollar falling to 140 yen by June" and q.cue == "see"


@pytest.mark.parametrize("text", [
    "The neighbours called the police when they heard shots.",
    "The company called off its search for a buyer late on Tuesday.",
    "Chairman Ray Dunn is even calling major donors himself, asking them to host events.",
])
def test_call_with_a_bare_object_reports_nothing(nlp, text):
    assert not [q for q in quotes_of(nlp, text) if q.cue == "called"], \
        [(q.text, q.cue) for q in quotes_of(nlp, text)]


@pytest.mark.parametrize(("text", "content"), [
    ("Critics called the move a cynical ploy.", "the move a cynical ploy"),
    ("The senator called the report biased.", "the report biased"),
    ("The mother called her fallen son her hero before she left.", "her fallen son her hero"),
    ("Senator Ana Ruiz called the decision “a betrayal of voters”.", "the decision “a betrayal of voters”"),
    ("The president used his speech to call out the rest of the field.", "the rest of the field"),
    ("The delegates had few kind words for him, calling into doubt his record.", "his record"),
    ("That is what some wrongly call people who they think speak Spanish.", "people who they think speak Spanish"),
])
def test_call_naming_its_object_still_reports(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:12]).text == content


@pytest.mark.parametrize(("text", "content"), [
    ("Police said the two men, after robbing the store, set fire to the building.",
     "the two men, after robbing the store, set fire to the building"),
    ("The court said the three, after beating the guard, locked him in a cellar.",
     "the three, after beating the guard, locked him in a cellar"),
])
def test_the_reported_clause_runs_on_past_an_aside_after_its_subject(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:9]).text == content


@pytest.mark.parametrize(("text", "content"), [
    ("The minister said heavy rains since March badly delayed the harvest in the north.",
     "heavy rains since March badly delayed the harvest in the north"),
    ("The agency said sales since January have fallen by a third.", "sales since January have fallen by a third"),
])
def test_a_date_after_the_subject_is_no_clause_of_its_own(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:9]).text == content


def test_the_quoted_title_of_a_show_a_source_spoke_on_is_no_quote(nlp):
    quotes = quotes_of(nlp, "“Being a father is my job,” Weiner said in May on the podcast “Here and Now.”")
    assert [q.text for q in quotes] == ["“Being a father is my job,”"]


def test_an_according_to_after_a_reports_content_is_no_part_of_it(nlp):
    text = "The governor said the plan would cost $2 billion, according to two people familiar with the talks."
    assert find(quotes_of(nlp, text), "the plan").text == "the plan would cost $2 billion"
