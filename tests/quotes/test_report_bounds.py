"""Where an indirect or mixed report ends (real model): a second act of the source joined to the reported
clause by "and", and an aside set off by a comma inside the closing quotation mark, are not what was said."""

from __future__ import annotations

import pytest
from quote_support import find, quotes_of


# The parse hangs the second verb on the reported clause's verb ("order … and warned"); in the cue's tense after
# a verb in another form, with no subject of its own, it is the source acting again.
@pytest.mark.parametrize("text, content, act", [
    (("The governor said he would order a full review of the state's computer networks and warned against "
      "hackers from abroad."), "he would order a full review of the state's computer networks", "warned against"),
    ("The mayor said that she has published ten years of her tax returns and called on her rivals to do the same.",
     "that she has published ten years of her tax returns", "called on"),
    ("The senator said the new tax plan would give money to large landlords, and called it a gift to the rich.",
     "the new tax plan would give money to large landlords", "called it"),
    # a cue in the present: a past verb after "has released" cannot share its "has"
    ("The mayor adds that she has released ten years of her tax returns and called on her rivals to do the same.",
     "that she has released ten years of her tax returns", "called on"),
])
def test_a_second_act_joined_to_the_reported_clause_is_not_its_content(nlp, text, content, act):
    q = find(quotes_of(nlp, text), content[:25])
    assert q.text == content
    assert act not in q.text


@pytest.mark.parametrize("text, content", [
    ("Officials said the two sides met on Monday and agreed on a plan.",
     "the two sides met on Monday and agreed on a plan"),
    ("The minister said prices would rise and wages would fall.", "prices would rise and wages would fall"),
    ("The report says the company has sold the plant and laid off 200 workers.",
     "the company has sold the plant and laid off 200 workers"),
])
def test_verbs_that_share_the_reported_clause_s_subject_and_form_stay_in_it(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:20]).text == content


@pytest.mark.parametrize("text, content, aside", [
    ("The chairman said talks “should be wrapped up by March,” referring to the end of the fiscal year.",
     "talks “should be wrapped up by March,”", "referring"),
])
def test_an_aside_after_a_comma_inside_the_closing_mark_is_not_the_report(nlp, text, content, aside):
    q = find(quotes_of(nlp, text), content[:12])
    assert aside not in q.text


@pytest.mark.parametrize("text, content, aside", [
    ("The new reactor, the agency said, was the largest of its kind, although it may take months to prove it.",
     "was the largest of its kind", "although"),
    ("The new plant, the company said, will open in May, which analysts called a surprise.",
     "will open in May", "surprise"),
])
def test_a_report_around_its_cue_clause_ends_before_the_writer_s_aside(nlp, text, content, aside):
    q = find(quotes_of(nlp, text), content)
    assert aside not in q.text


def test_a_speech_verb_with_a_clause_of_its_own_is_a_second_report(nlp):
    quotes = quotes_of(nlp, "His aides say it's too early to discuss a Senate run but noted that Scott won "
                            "competitive state races.")
    first = find(quotes, "too early")
    assert "Scott" not in first.text
    assert find(quotes, "Scott won").text == "that Scott won competitive state races"


def test_what_a_source_blames_something_on_is_part_of_the_charge(nlp):
    q = find(quotes_of(nlp, "The mayor blamed the flooding on years of neglect."), "flooding")
    assert q.text == "the flooding on years of neglect"


# The parse hangs ", including …" on the cue rather than on the thing reported; the examples are part of it.
@pytest.mark.parametrize("text, content", [
    (("Jones railed against the corrupting influence of big donors, including the one backing Smith that gave "
      "more than $10 million."),
     "the corrupting influence of big donors, including the one backing Smith that gave more than $10 million"),
])
def test_examples_listed_after_the_content_are_part_of_it(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:15]).text == content


# A thing named again or the next item of a list after a comma is still what was said; a person or body
# introduced by the writer ("a former general", "a unit of X") is not.
@pytest.mark.parametrize("text, content", [
    ("The mayor said the council has long pushed for cleaner rivers, the removal of old dams that block fish.",
     "the council has long pushed for cleaner rivers, the removal of old dams that block fish"),
    (("Critics said the board had long called for tax fairness, the closure of loopholes that benefit only the "
      "rich and for relief for small firms."),
     ("the board had long called for tax fairness, the closure of loopholes that benefit only the rich and for "
      "relief for small firms")),
    ("He said he had lunch with the minister, a former general.", "he had lunch with the minister"),
    ("She said the plant was sold to the company, a unit of Norvex.", "the plant was sold to the company"),
])
def test_a_restated_thing_stays_in_the_report_a_person_introduced_does_not(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:15]).text == content


# A condition or concession with its own subject that opens the sentence, before a cue set off by commas, is
# part of the report (the parse hangs it on the cue); a scene without a subject ("When asked …") is the writer's.
@pytest.mark.parametrize("text, content", [
    ("If the rain goes on, officials said, the river will flood the lower town.",
     "If the rain goes on, officials said, the river will flood the lower town"),
    ("Unless the strike ends soon, the union leader said, the mines will close for good.",
     "Unless the strike ends soon, the union leader said, the mines will close for good"),
])
def test_a_condition_opening_the_report_before_its_cue_is_part_of_it(nlp, text, content):
    assert find(quotes_of(nlp, text), "will").text == content


@pytest.mark.parametrize("text, content", [
    ("When asked about the plan, the mayor said, she would look at it again.", "she would look at it again"),
    ("Because the vote was so close, Smith said he would ask for a recount.", "he would ask for a recount"),
])
def test_the_writer_s_scene_before_the_cue_stays_out(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:10]).text == content


# What a source called something in words the article quotes, "X as “Y”", is a report over the thing and the words,
# whatever the verb; where it was said ("in the debate") is not part of it.
@pytest.mark.parametrize("text, content", [
    ('Trump referred to Rubio as "a bright, charismatic leader" in the debate.',
     'Rubio as "a bright, charismatic leader"'),
    ('The governor has portrayed the strike as a "war on families" for weeks.', 'the strike as a "war on families"'),
])
def test_a_thing_called_something_in_quoted_words_is_reported(nlp, text, content):
    q = find(quotes_of(nlp, text), content[:8])
    assert q.text == content
    assert q.kind == "mixed"


# "found that X, but that Y": the parse hangs the second that-clause on the cue; it is the same source's next point.
def test_a_second_that_clause_of_the_cue_goes_on_with_the_report(nlp):
    text = ("The study found that base wages would fall somewhat over time, but that the higher overtime pay would "
            "more than make up for it.")
    q = find(quotes_of(nlp, text), "base wages")
    assert q.text.endswith("would more than make up for it")


def test_a_that_which_is_no_conjunction_opens_the_writer_s_own_clause(nlp):
    q = find(quotes_of(nlp, "Many people said that the firm had the backing of the bank, but that wasn't the case."),
                "the firm")
    assert q.text == "that the firm had the backing of the bank"


# After a cue clause set in the report, a verb in the cue's tense that cannot share the reported verb's modal is the
# source acting again ('said, but declined'); a verb with a modal of its own goes on with the report.
@pytest.mark.parametrize("text, content", [
    (("Demand for Corvel steel will stay strong for some time, a senior official said, "
     "but declined to name the buyers."),
     "Demand for Corvel steel will stay strong for some time"),
    ("Sales at Tessa Mills will rise this year, the chairman said, and gave no figures.",
     "Sales at Tessa Mills will rise this year"),
])
def test_the_source_s_next_act_after_the_interrupting_cue_clause_is_not_the_report(nlp, text, content):
    assert find(quotes_of(nlp, text), content[:12]).text == content


def test_a_verb_with_a_modal_after_the_interrupting_cue_clause_goes_on_with_the_report(nlp):
    text = "The Harlow bridge was not safe, engineers have said, and should have been closed."
    assert find(quotes_of(nlp, text), "The Harlow").text == text[:-1]
