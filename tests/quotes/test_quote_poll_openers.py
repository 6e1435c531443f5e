"""A poll or survey that a sentence opens on ('In the latest X poll, A leads B') or closes on ('A fell to third in
the latest poll') reports its clause, as 'According to the poll, A leads B' would, and speaks for itself, not for
the clause's subject (real model). Not another scene ('In the last election, X won'), not a poll that is an
election ('won the seat in the 1983 poll'), not a poll whose sentence has its own verb of saying ('In a survey of
its members, the union said X': the union's report), and not a poll the subject took part in."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_poll_opening_the_sentence_reports_the_clause(nlp):
    text = "In the latest Harlow Institute poll, released on Tuesday, the mayor led his rival by seven points."
    quote = only(quotes_of(nlp, text), "rival")
    assert quote.text == "the mayor led his rival by seven points", quote.text
    assert quote.kind == "indirect"
    assert quote.speaker == "Harlow Institute", quote.speaker


def test_a_survey_of_a_group_reports_the_clause(nlp):
    text = "In a survey of 900 dairy farmers last month, most growers planned to keep smaller herds."
    quote = only(quotes_of(nlp, text), "herds")
    assert quote.text == "most growers planned to keep smaller herds", quote.text


def test_a_poll_closing_the_sentence_is_no_words_of_its_subject(nlp):
    text = "Councillor Bea Tolland slipped to fourth place in the latest polls."
    quote = only(quotes_of(nlp, text), "fourth")
    assert quote.text == "Councillor Bea Tolland slipped to fourth place", quote.text
    assert quote.speaker != "Bea Tolland", quote.speaker


def test_no_opinion_poll_or_a_source_of_its_own_is_no_poll_finding(nlp):
    text = ("In the last election, the senator won 60 percent of the vote. In a survey of its members, the union "
            "said most opposed the pension deal. Mr Harwell won the seat easily in the 1983 poll. Some 400 "
            "shoppers took part in the survey.")
    quotes = quotes_of(nlp, text)
    assert not [q for q in quotes if "60 percent" in q.text or "seat" in q.text or "shoppers" in q.text], \
        [q.text for q in quotes]
    assert only(quotes, "pension").speaker == "union"
