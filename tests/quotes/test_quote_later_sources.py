"""A sentence that opens with one source's words and ends on a second source named last ('…, X told a press
conference.', '…, a newspaper reported.') is one report by the second source: the first cue's content stops
before that source and its cue, and goes when nothing is left of it (real model). A participle that only looks
like a cue at a sentence's end ('with no dates announced') cuts nothing."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_forecast_passed_on_by_a_named_person_is_his_report_alone(nlp):
    text = ("GENEVA, May 5 - Helvetia Mills AG expects a world sugar deficit of about 200,000 tonnes in 1988 "
            "compared with a small surplus this year, Karl Huber, head of raw materials, told a press conference.")
    quotes = quotes_of(nlp, text)
    assert len(quotes) == 1, [(q.text, q.cue) for q in quotes]
    assert quotes[0].speaker == "Karl Huber" and quotes[0].cue == "told", (quotes[0].speaker, quotes[0].cue)
    assert all("told a press conference" not in q.text for q in quotes)


def test_a_forecast_does_not_run_over_the_source_named_last(nlp):
    text = ("Westcoast Energy expects its output to climb to 500 mln cubic feet a day from last year's 400 mln, "
            "with profits rising to about 90 mln dlrs, chief executive Ann Lowe said after the meeting.")
    quotes = quotes_of(nlp, text)
    assert all("Ann Lowe said" not in q.text for q in quotes), [(q.text, q.cue) for q in quotes]
    quote = only(quotes, "Westcoast Energy expects")
    assert quote.speaker == "Ann Lowe", quote.speaker


def test_words_a_newspaper_reported_are_one_report(nlp):
    text = "Police said two men had been arrested near the border, state television reported on Sunday."
    quotes = quotes_of(nlp, text)
    assert len(quotes) == 1, [(q.text, q.cue) for q in quotes]
    assert quotes[0].text == "Police said two men had been arrested near the border", quotes[0].text
    assert quotes[0].cue == "reported", quotes[0].cue


def test_a_participle_at_the_end_of_a_report_cuts_nothing(nlp):
    text = "A spokesman said the tour was at an early stage, with no dates or venues announced."
    quote = only(quotes_of(nlp, text), "the tour")
    assert quote.text == "the tour was at an early stage, with no dates or venues announced", quote.text
    assert quote.speaker == "spokesman", quote.speaker
