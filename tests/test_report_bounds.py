"""Where an indirect or mixed report ends (real model): a second act of the source joined to the reported
clause by "and", and an aside set off by a comma inside the closing quotation mark, are not what was said."""

from __future__ import annotations

import pytest
from quote_support import quotes_of

from store.analysis import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def holding(quotes, fragment):
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"{fragment!r} in {[(q.text, q.speaker) for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


# The parse hangs the second verb on the reported clause's verb ("order … and warned"); in the cue's tense after
# a verb in another form, with no subject of its own, it is the source acting again.
@pytest.mark.parametrize("text, content, act", [
    (("The governor said he would order a full review of the state's computer networks and warned against "
      "hackers from abroad."), "he would order a full review of the state's computer networks", "warned against"),
    ("The mayor said that she has published ten years of her tax returns and called on her rivals to do the same.",
     "that she has published ten years of her tax returns", "called on"),
    ("The senator said the new tax plan would give money to large landlords, and called it a gift to the rich.",
     "the new tax plan would give money to large landlords", "called it"),
])
def test_a_second_act_joined_to_the_reported_clause_is_not_its_content(nlp, text, content, act):
    q = holding(quotes_of(nlp, text), content[:25])
    assert q.text == content
    assert act not in q.text


@pytest.mark.parametrize("text, content", [
    ("Officials said the two sides met on Monday and agreed on a plan.",
     "the two sides met on Monday and agreed on a plan"),
    ("The minister said prices would rise and wages would fall.", "prices would rise and wages would fall"),
])
def test_verbs_that_share_the_reported_clause_s_subject_and_form_stay_in_it(nlp, text, content):
    assert holding(quotes_of(nlp, text), content[:20]).text == content


@pytest.mark.parametrize("text, content, aside", [
    ("The chairman said talks “should be wrapped up by March,” referring to the end of the fiscal year.",
     "talks “should be wrapped up by March,”", "referring"),
])
def test_an_aside_after_a_comma_inside_the_closing_mark_is_not_the_report(nlp, text, content, aside):
    q = holding(quotes_of(nlp, text), content[:12])
    assert aside not in q.text


@pytest.mark.parametrize("text, content, aside", [
    ("The new reactor, the agency said, was the largest of its kind, although it may take months to prove it.",
     "was the largest of its kind", "although"),
    ("The new plant, the company said, will open in May, which analysts called a surprise.",
     "will open in May", "surprise"),
])
def test_a_report_around_its_cue_clause_ends_before_the_writer_s_aside(nlp, text, content, aside):
    q = holding(quotes_of(nlp, text), content)
    assert aside not in q.text


def test_a_speech_verb_with_a_clause_of_its_own_is_a_second_report(nlp):
    quotes = quotes_of(nlp, "His aides say it's too early to discuss a Senate run but noted that Scott won "
                            "competitive state races.")
    first = holding(quotes, "too early")
    assert "Scott" not in first.text
    assert holding(quotes, "Scott won").text == "that Scott won competitive state races"


def test_what_a_source_blames_something_on_is_part_of_the_charge(nlp):
    q = holding(quotes_of(nlp, "The mayor blamed the flooding on years of neglect."), "flooding")
    assert q.text == "the flooding on years of neglect"
