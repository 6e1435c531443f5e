"""Round 20's quote-span rules (real model): the scene a writer sets before a cue clause that opens a quotation ('In
an interview on Monday, she said, "…"', 'Asked about the deal, he said, "…"', 'To the farmers, I say, "…"') is no
part of the quote, which stays direct; plural informants cited ('citing anonymous sources') are where a report came
from, not a report; 'without elaborating', 'without giving figures' after the content says how much was said, not
what."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


@pytest.mark.parametrize(("text", "quoted"), [
    ("The mayor spoke at length. In an interview on Monday, she said, \"We lost the vote. We will try again.\"",
     "\"We lost the vote. We will try again.\""),
    ("The mayor spoke at length. Asked about the deal, he said, \"It is a good one for the town.\"",
     "\"It is a good one for the town.\""),
    ("The mayor spoke at length. On Friday, he said, \"The bridge is open again.\"",
     "\"The bridge is open again.\""),
    ("The mayor spoke at length. To the farmers of the valley, I say, \"Stay home and stay safe.\"",
     "\"Stay home and stay safe.\""),
])
def test_the_scene_before_the_cue_is_no_part_of_the_quotation(nlp, text, quoted):
    q = find(quotes_of(nlp, text), quoted.strip("\"")[:12])
    assert q.kind == "direct" and q.text == quoted, (q.kind, q.text)


@pytest.mark.parametrize(("text", "opening"), [
    ("Otherwise, he said, \"the plan would fail within a month and the town would pay for it.\"", "Otherwise"),
    ("The plan, Brown said, \"will cost the town dearly.\"", "The plan"),
])
def test_words_of_the_claim_before_the_cue_stay_in_it(nlp, text, opening):
    q = find(quotes_of(nlp, text), "\"")
    assert q.kind == "mixed" and q.text.startswith(opening), (q.kind, q.text)


@pytest.mark.parametrize("text", [
    "The news agency, citing anonymous sources, reported that the plant had been shut.",
    "According to the paper, which cited sources close to the inquiry, the man had moved abroad.",
])
def test_informants_cited_are_no_report(nlp, text):
    assert not [q for q in quotes_of(nlp, text) if q.cue == "cited" or q.cue == "citing"], \
        [(q.text, q.cue) for q in quotes_of(nlp, text)]


def test_what_is_cited_is_still_reported(nlp):
    q = find(quotes_of(nlp, "The company cited rising costs for the decision."), "rising costs")
    assert q.cue == "cited"


@pytest.mark.parametrize(("text", "content"), [
    ("His sister said he died in Spain without elaborating.", "he died in Spain"),
    ("The bank said profits rose in the year without giving figures.", "profits rose in the year"),
])
def test_without_elaborating_is_no_part_of_the_content(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:10]).text == content


@pytest.mark.parametrize(("text", "content"), [
    ("The firm said it would grow without borrowing more money.", "it would grow without borrowing more money"),
    ("The company said it would expand without giving up its stake in the mine.",
     "it would expand without giving up its stake in the mine"),
])
def test_without_doing_something_else_stays_in_the_content(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:10]).text == content
