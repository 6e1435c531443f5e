"""A day word inside a name ("USA Today", "The Tonight Show", "ABC's This Week", a group called "Ohio Now")
dates nothing, nor does one in capitals after a name in capitals ("USA TODAY") or a show's title that fills its
quotation marks (“Last Week Tonight”); the same words opening a sentence or clause, in a title-case headline or in
a line of capitals, or a quotation of its own opening a sentence, still do."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts

REPORT = date(2024, 2, 14)


@pytest.mark.parametrize("text, word", [
    ("The figures were first published by USA Today, which surveyed 900 readers.", "Today"),
    ("The candidate will tape an appearance on The Tonight Show with its new host.", "Tonight"),
    ("The governor told ABC's This Week that the budget would pass.", "This Week"),
    ("A spokesman for the advocacy group Ohio Now said the ads would keep running.", "Now"),
    ("The comedian hosted a late-night program called “Garcia Tonight” for two seasons.", "Tonight"),
    ("The mayor did not answer a USA TODAY request for comment on the bridge.", "TODAY"),
    ("Three of the donors told USA TODAY they had never met the candidate.", "TODAY"),
    ('The senator said on the Sunday program "This Week" that the bill would pass.', "This Week"),
    ("The actor who hosts the satirical show “Last Week Tonight,” mocked the budget.", "Last Week Tonight"),
])
def test_a_day_word_in_a_name_is_no_date(nlp, text, word):
    assert word not in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    ("Now the council must decide how to pay for the bridge.", "Now"),
    ("The council met on Monday. Today it will vote on the bridge.", "Today"),
    ("“Tonight we celebrate,” the mayor told the crowd.", "Tonight"),
    ("City Council Votes On Bridge Plan Today After Long Delay\nThe council will meet at noon.", "Today"),
    ("The Work Begins Tomorrow, But For Today, We Celebrate\nThe mayor thanked the crews.", "Today"),
    ("READING THE CITY BUDGET TODAY “The numbers look worse than last year,” the auditor wrote.", "TODAY"),
    ("“Last Week,” the mayor said, “was the hardest of my term.”", "Last Week"),
    ('The governor hopes to carry the state in the "Super Tuesday" primaries on March 1.', "Super Tuesday"),
])
def test_a_day_word_outside_a_name_stays(nlp, text, word):
    assert word in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    # a broadcast's title before "programme"/"show", whatever comes before it (a station's number here)
    ("The minister told Radio 7's Today programme that the tax would stay.", "Today"),
    ("Ms Varga said on the Today show that the bridge would reopen in spring.", "Today"),
    ("Appearing on Channel 9's Tonight programme, the coach defended the side.", "Tonight"),
])
def test_a_day_word_naming_a_broadcast_is_no_date(nlp, text, word):
    assert word not in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    # the word in lower case, or opening its sentence, before a show's noun still dates it
    ("The minister will appear on a radio programme today to defend the tax.", "today"),
    ("Tonight programme makers will gather in the hall for the awards.", "Tonight"),
])
def test_a_day_word_before_a_show_noun_that_names_no_show_stays(nlp, text, word):
    assert word in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    # a weekday in a newspaper's name: a word of a paper's name after it, or "the <Paper> on" before it
    ("The memoir, by Sunday Herald writer Ann Corvel, says the two never spoke.", "Sunday"),
    ("Brenford declined to comment on a story in the Sunday Express, saying it never discusses deals.", "Sunday"),
    ("Reports in the Mail on Sunday said the striker would leave.", "Sunday"),
])
def test_a_weekday_naming_a_paper_is_no_date(nlp, text, word):
    assert word not in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    # a team before "on", or a lower-case word after the weekday: the day of the match or the deed
    ("Brenford beat Newcastle on Sunday in front of a full ground.", "Sunday"),
    ("The Sunday papers were full of the story.", "Sunday"),
])
def test_a_weekday_outside_a_paper_name_stays(nlp, text, word):
    assert word in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    # whom someone told, with no "programme" after it: after "told", or after a station's number and possessive
    ("The tax will stay, Ms Varga told Today. The vote is next week.", "Today"),
    ('Mr Orlen told Today: "The bridge will reopen in spring."', "Today"),
    ("Mr Orlen told Radio 7's Today the bridge would reopen in spring.", "Today"),
])
def test_a_broadcast_told_by_name_is_no_date(nlp, text, word):
    assert word not in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    # the word in lower case after "told", or a clause of its own after "told" and a full stop
    ("Ms Varga told today's meeting that the tax would stay.", "today"),
    ("Ms Varga told the council. Today it will vote on the bridge.", "Today"),
])
def test_a_day_word_after_told_that_names_no_show_stays(nlp, text, word):
    assert word in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    # a capital after a word of running text in lower case: a song's or a programme's title
    ("The quartet's ballad It's Now or Later sold 9,000 copies in its first week.", "Now"),
    ("The old ballad It's Tonight or Never climbed to number 6 in the chart.", "Tonight"),
])
def test_a_capital_day_word_after_a_lower_case_word_is_a_title(nlp, text, word):
    assert word not in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, word", [
    # after a comma, a quotation mark or a stop, the capital opens a clause
    ("The singer hesitated, Now or never, she thought, and signed the deal.", "Now"),
    ("He said: \"Now we must wait for the appeal.\"", "Now"),
])
def test_a_capital_day_word_opening_a_clause_stays(nlp, text, word):
    assert word in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text", [
    # the paper's name in capitals on a line whose names make it look like a title-case headline
    "Contributing: Dana Pell, Otto Brink, USA TODAY. Follow Lena Marsh on Twitter.",
    (
        "Harold Venn, a Velmont City Council Member, is a member of USA TODAY's Board of Contributors and host of "
        '"The Harbor Hour" podcast.'
    ),
    "Contributing: Otto Brink, Velmont Daily Ledger; Lena Marsh, USA TODAY",
])
def test_the_paper_in_capitals_on_a_byline_is_no_date(nlp, text):
    assert "TODAY" not in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, expression", [
    # a number and a clock unit with a capital in running text: a broadcast's name
    ('After the minister\'s appearance on CBS\'s "60 Minutes" on Sunday night, critics mocked her answers.', "60 Minutes"),
    ("The director told the news show 60 Minutes that the film would be his darkest.", "60 Minutes"),
    ("As her “60 Minutes” interview made clear, the minister wants to close the office.", "60 Minutes"),
])
def test_a_number_and_a_capitalised_clock_unit_in_running_text_is_a_show(nlp, text, expression):
    assert expression not in date_texts(nlp, text, REPORT)


@pytest.mark.parametrize("text, expression", [
    ("The council debated the bridge for 60 minutes before the vote.", "60 minutes"),
    ("Council Debates Bridge Plan For 90 Minutes Before Vote\nThe mayor spoke first.", "90 Minutes"),
])
def test_a_length_in_lower_case_or_in_a_headline_stays(nlp, text, expression):
    assert expression in date_texts(nlp, text, REPORT)
