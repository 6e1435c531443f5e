"""Round 17's quote-span rules (real model): the writer's aside after an 'according to X' that closes a report is
no part of it; what a person recalls, posts or tweets is reported, what a company recalls or posts is not, nor a
message only named ('posted a video'); the source's next act after a reported plan or a modal ('vowed to X and
praised Y', 'said he would X and left') is no content; nor is the writer's note on who else holds the view
(', as have several council members')."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


# A comparison the writer sets after the source weighs the figure; it is not the source's report.
@pytest.mark.parametrize(("text", "content"), [
    (("The plan would cost about $2 billion over five years, according to the budget office, even as the council "
     "pressed for deeper cuts."), "The plan would cost about $2 billion over five years"),
    (("The bridge will reopen next month, according to the transport agency - a year later than first "
     "planned."), "The bridge will reopen next month"),
])
def test_the_writers_aside_after_an_according_to_source_is_no_part_of_the_report(nlp, text, content):
    quotes = quotes_of(nlp, text)
    assert find(quotes, content[:20]).text == content
    assert not [q for q in quotes if "council" in q.text or "planned" in q.text]


def test_a_clause_that_goes_on_after_the_source_stays_whole(nlp):
    text = "One child was, according to the fire service, among the dead."
    assert find(quotes_of(nlp, text), "child").text == "One child was, according to the fire service, among the dead"


@pytest.mark.parametrize(("text", "content"), [
    ("Later in the debate, Harris recalled her years as a county prosecutor in Ohio.",
     "her years as a county prosecutor in Ohio"),
    ("The governor tweeted his support for the striking teachers on Friday.", "his support for the striking teachers"),
])
def test_what_a_person_recalls_or_tweets_is_reported(nlp, text, content):
    assert find(quotes_of(nlp, text), content).text == content


@pytest.mark.parametrize("text", [
    "The singer later posted a comment on Twitter.",
    "The candidate posted a video on his campaign website.",
    "The senator tweeted a link.",
    "The senator posted the following on her campaign website.",
    "Toyota recalled 1 million cars over faulty airbags.",
    "The bank posted a net loss of $2 billion in the third quarter.",
    "The government recalled its ambassador to Spain.",
])
def test_what_a_company_recalls_or_posts_or_a_message_only_named_is_no_report(nlp, text):
    assert not quotes_of(nlp, text)


@pytest.mark.parametrize(("text", "content"), [
    ("The governor has vowed to keep the clinics open and praised the court's ruling on Monday.",
     "to keep the clinics open"),
    ("The senator had pledged to back the party's nominee, but sounded less certain this week.",
     "to back the party's nominee"),
    ("The mayor said he would resign and left the room without taking questions.", "he would resign"),
])
def test_the_sources_next_act_is_no_part_of_the_plan_reported(nlp, text, content):
    assert find(quotes_of(nlp, text), content).text == content


@pytest.mark.parametrize(("text", "content"), [
    ("The minister promised to cut taxes and raise pensions.", "to cut taxes and raise pensions"),
    ("She said the council would review the plan and vote on it next month.",
     "the council would review the plan and vote on it next month"),
    ("A new government, the senator vowed, would bring better jobs, renovated schools, and repaired bridges.",
     "would bring better jobs, renovated schools, and repaired bridges"),
    # "put" is spelt the same in the base form and the past: it may share the "will"
    ("Party leaders are hoping the governor will win in November and put forward a new budget.",
     "will win in November and put forward a new budget"),
    # a choice reported, joined by "or", is no next act
    ("Critics said the rule would force companies to leave the state or lay off workers.",
     "would force companies to leave the state or lay off workers"),
])
def test_a_plan_in_two_verbs_stays_whole(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:12]).text.endswith(content)


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor said she wants a state inquiry into the shooting, as have several members of the city council.",
     "she wants a state inquiry into the shooting"),
    ("The senator argued that the bill would raise costs for families, as did most of his colleagues.",
     "that the bill would raise costs for families"),
])
def test_the_writer_naming_others_of_the_same_view_is_no_part_of_the_report(nlp, text, content):
    assert find(quotes_of(nlp, text), content).text == content


def test_the_sources_own_comparison_stays(nlp):
    text = "The minister said prices would rise, as they did last year."
    assert find(quotes_of(nlp, text), "prices").text == "prices would rise, as they did last year"
