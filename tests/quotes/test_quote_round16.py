"""Round 16's quote-span rules (real model): the writer's name for a report set after it is no part of it; an
'according to X' hung on a verb of X's own description still reports the clause before it; a that-clause told to a
hearer at a place is what was told; 'As X reported, Y' reports Y."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


# The parse makes ", an admission …" the reported verb's object, so the report ran on over the writer's judgement.
@pytest.mark.parametrize(("text", "fragment", "content"), [
    (('The senator said that some families would pay "a little more" in taxes, an admission that his rivals '
     'quickly seized on.'), "families", 'that some families would pay "a little more" in taxes'),
    (('The candidate complained that the vote had been "rigged" against him, a charge that state party leaders '
     'strongly denied.'), "rigged", 'that the vote had been "rigged" against him'),
    ("The mayor said he would run again, an apparent reversal of his pledge to retire.", "run again",
     "he would run again"),
])
def test_the_writers_name_for_a_report_is_no_part_of_it(nlp, text, fragment, content):
    assert find(quotes_of(nlp, text), fragment).text == content


def test_a_thing_the_source_reports_stays_in_the_report(nlp):
    # 'effort' is not a name for a remark: the source can report it of others
    text = ("The chairman said his district received a flood of late applications, an apparent effort by rival "
            "campaigns to pack the delegation.")
    assert find(quotes_of(nlp, text), "late applications").text.endswith("to pack the delegation")


@pytest.mark.parametrize(("text", "content"), [
    (("Even as the storm hit the coast on Monday, the agency was told that rescue crews were ready to help, "
     "according to a newly released memo previously kept secret."),
     "Even as the storm hit the coast on Monday, the agency was told that rescue crews were ready to help"),
    (("Now the police are looking into whether the mayor took bribes while in office, according to three "
     "officials who spoke to the paper but were not authorized to speak publicly."),
     "Now the police are looking into whether the mayor took bribes while in office"),
])
def test_according_to_a_source_described_by_a_verb_reports_the_clause_before(nlp, text, content):
    quotes = quotes_of(nlp, text)
    assert find(quotes, "ready to help" if "storm" in text else "bribes").text == content
    assert not [q for q in quotes if "kept secret" in q.text or q.text.startswith("were not authorized")]


def test_according_to_a_writer_at_the_root_reports_nothing(nlp):
    assert not quotes_of(nlp, "According to Jane Roe, writing for a local weekly:")


# After a hearer and a place or time the parse reads "that …" as a relative clause on the last noun.
@pytest.mark.parametrize(("text", "content"), [
    ("Jones told a packed hall in the capital that she expects to win the state.",
     "that she expects to win the state"),
    ('The governor is telling a town hall in Salem that the tax is "peanuts" compared with the cuts.',
     'that the tax is "peanuts" compared with the cuts'),
])
def test_what_was_told_a_hearer_at_a_place(nlp, text, content):
    assert find(quotes_of(nlp, text), "that").text == content


def test_a_relative_clause_on_the_thing_told_is_no_report(nlp):
    # "that" fills the object of "flooded": a relative clause, and "the story" is what was told, not a hearer
    assert not quotes_of(nlp, "He told the story of a town that the river had flooded.")


# "As X reported, Y": the parse hangs the aside on Y's verb, with nothing of its own to report.
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("As the Ledger reported on Saturday, he has already become an adviser to the campaign.",
     "he has already become an adviser to the campaign", "Ledger"),
    ("But as the senator pointed out, the bill has no funding.", "the bill has no funding", "senator"),
    ("As the columnist puts it, the mayor is trying to make his rivals an offer they cannot refuse.",
     "the mayor is trying to make his rivals an offer they cannot refuse", "columnist"),
    ("Trust in government is collapsing, as the magazine recently noted.", "Trust in government is collapsing",
     "magazine"),
])
def test_a_report_given_as_an_aside_opened_by_as(nlp, text, content, speaker):
    q = find(quotes_of(nlp, text), content)
    assert q.text == content
    assert speaker in (q.speaker or "")


def test_as_reported_with_no_source_is_a_report_with_none(nlp):
    q = find(quotes_of(nlp, "As reported, the former governor was warned about the risks of the server."),
             "former governor")
    assert q.text == "the former governor was warned about the risks of the server"
    assert q.speaker is None


@pytest.mark.parametrize("text", [
    "As expected, the bill passed.",
    "As written, the law bans smoking in bars.",
    "As he spoke, the crowd cheered.",
    "As she put the bill to a vote, protesters shouted.",
])
def test_an_as_clause_that_reports_nothing_is_no_aside(nlp, text):
    assert not quotes_of(nlp, text)

