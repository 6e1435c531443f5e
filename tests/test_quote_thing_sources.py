"""'the win suggests that X', 'the restoration revealed X': a verb of bearing something out whose subject is an event,
an outcome or an object is the writer's inference, no one's words (real model). Figures, hearsay, a panel of people
and a body's own report still report through such a verb."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_an_outcome_suggesting_something_is_no_quote(nlp):
    quotes = quotes_of(nlp, "The club's win over the champions suggests that the new coach has built a strong side.")
    assert not [q for q in quotes if q.cue == "suggests"], [(q.speaker, q.cue) for q in quotes]


def test_an_event_revealing_something_is_no_quote(nlp):
    quotes = quotes_of(nlp, "The restoration of the old ship revealed some strange objects in the hold.")
    assert not [q for q in quotes if q.cue == "revealed"], [(q.speaker, q.cue) for q in quotes]


def test_developments_suggesting_something_is_no_quote(nlp):
    quotes = quotes_of(nlp, "These developments suggest that the market for small tablets is shrinking fast.")
    assert not [q for q in quotes if q.cue == "suggest"], [(q.speaker, q.cue) for q in quotes]


def test_figures_showing_something_still_report(nlp):
    quote = only(quotes_of(nlp, "The figures showed that sales at Brindle Foods fell sharply in March."), "sales")
    assert quote.cue == "showed", quote.cue


def test_market_talk_suggesting_something_still_reports(nlp):
    quote = only(quotes_of(nlp, "Market talk suggested that a buyer had been found for the Varnley mill."), "buyer")
    assert quote.cue == "suggested", quote.cue


def test_a_panel_revealing_something_still_reports(nlp):
    quote = only(
        quotes_of(nlp, "The judges met on Monday. The panel also revealed which films it liked best."), "films"
    )
    assert quote.cue == "revealed", quote.cue


def test_e_mails_showing_something_still_report(nlp):
    quote = only(quotes_of(nlp, "The e-mails show that they were sent from a Dorrow Bank address."), "sent")
    assert quote.cue == "show", quote.cue


def test_a_sentence_a_source_closes_is_left_to_that_source(nlp):
    quotes = quotes_of(nlp, "The trend shows that short games sell best, said a panel of shop owners.")
    assert [q for q in quotes if "short games" in q.text], [(q.text, q.speaker) for q in quotes]
