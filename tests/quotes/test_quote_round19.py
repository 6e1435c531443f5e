"""Round 19's quote-span rules (real model): a list of the topics someone discussed or spoke about ('discusses her
background, the pandemic, gridlock, and climate change') names what came up, not a claim, and is no quote; one
topic discussed, or a clause reported, still is; when and where words in quotation marks were said ('said, “We will
rebuild”, during a visit') is no part of them: the quote stays direct."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize("text", [
    ("In the interview, Dana Holt discusses her background, the pandemic and its effect on her campaign, gridlock, "
    "and climate change."),
    ("With our reporter, Holt discussed why she joined the party, what her role entails, and why voters should "
    "choose her ticket."),
    "Senator Holt spoke about affordable housing, healthcare, and raising the minimum wage in her announcement.",
    "The candidate also shared his views on farm prices, rural schools, and broadband in the valley.",
])
def test_a_list_of_topics_discussed_is_no_quote(nlp, text):
    assert not quotes_of(nlp, text), [(q.text, q.cue) for q in quotes_of(nlp, text)]


def test_one_topic_discussed_is_still_reported(nlp):
    q = find(quotes_of(nlp, "Holt discussed the race with reporters on Monday."), "race")
    assert q.cue == "discussed" and q.text.startswith("the race")


@pytest.mark.parametrize(("text", "topic"), [
    ("Holt discussed recent polls, including ones showing her ahead in Ohio, Iowa, and Maine.", "recent polls"),
    ("Holt spoke about questions of race, faith and family, all of which ran through her speech.", "race"),
])
def test_one_topic_with_examples_or_a_clause_on_it_is_still_reported(nlp, text, topic):
    q = find(quotes_of(nlp, text), topic)
    assert q.cue in ("discussed", "spoke"), (q.text, q.cue)


def test_a_clause_after_a_list_of_topics_is_still_reported(nlp):
    text = "Holt discussed taxes, schools and roads, and said the vote on the budget would be close."
    q = find(quotes_of(nlp, text), "vote")
    assert q.text == "the vote on the budget would be close" and q.speaker == "Holt"


@pytest.mark.parametrize(("text", "quoted"), [
    ("The mayor said, \"We will rebuild the bridge\", during a visit to the site on Monday.",
     "\"We will rebuild the bridge\""),
    ("Karen Dole told reporters, \"The plan is dead,\" after the vote on Tuesday.", "\"The plan is dead,\""),
    ("The minister said, “Our ports stay open”, while touring the harbour.", "“Our ports stay open”"),
])
def test_when_quoted_words_were_said_is_no_part_of_them(nlp, text, quoted):
    q = find(quotes_of(nlp, text), quoted.strip("\"“”,"))
    assert q.kind == "direct" and q.text == quoted, (q.kind, q.text)


@pytest.mark.parametrize("text", [
    "The mayor said \"the old bridge\" would be rebuilt after the vote.",
    "The mayor said \"the old bridge will be rebuilt\" after the vote.",
])
def test_quoted_words_that_open_a_longer_clause_stay_mixed(nlp, text):
    q = find(quotes_of(nlp, text), "bridge")
    assert q.kind == "mixed" and q.text.endswith("after the vote"), (q.kind, q.text)
