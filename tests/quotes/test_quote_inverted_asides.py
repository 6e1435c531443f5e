"""'The answer, says Dr Lane, is a cheaper chip': a cue and its named source set verb first inside the sentence
they report; the words either side are one report with the cue inside (real model). A source closing the
sentence ('…, said Tom Hale.') is the trailing rule's, and quoted words either side are a direct quote's."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_verb_first_aside_inside_a_sentence_reports_it(nlp):
    text = "Ferry bookings fell. If fares keep rising, said Dr Ruth Lane, the summer trade will move to the airlines."
    quote = only(quotes_of(nlp, text), "summer trade")
    assert quote.speaker == "Ruth Lane" and quote.cue == "said", (quote.speaker, quote.cue)
    assert quote.text.startswith("If fares keep rising") and quote.text.endswith("to the airlines"), quote.text
    assert quote.kind == "indirect"


def test_the_source_post_between_commas_stays_out_of_the_report_words(nlp):
    text = ("Ferry bookings fell. What this shows, said Tom Hale, head of research at Port Data, "
            "is that fares have risen too far.")
    quote = only(quotes_of(nlp, text), "fares have risen")
    assert quote.speaker == "Tom Hale" and quote.cue == "said", (quote.speaker, quote.cue)
    assert quote.text.startswith("What this shows"), quote.text


def test_a_source_that_ends_the_sentence_is_left_to_the_trailing_rule(nlp):
    quote = only(quotes_of(nlp, "The new line will open in May, said Tom Hale, head of research at Port Data."),
                 "new line")
    assert quote.text == "The new line will open in May" and quote.speaker == "Tom Hale", (quote.text, quote.speaker)


def test_a_relative_clause_after_the_source_is_no_report(nlp):
    quotes = quotes_of(nlp, "The new line will open in May, said Tom Hale, who runs the depot.")
    assert not any("runs the depot" in q.text for q in quotes), [q.text for q in quotes]


def test_a_post_with_a_relative_clause_closing_the_sentence_is_no_aside(nlp):
    text = "The new line will open in May, said Tom Hale, an adviser to the family who runs the depot."
    quote = only(quotes_of(nlp, text), "new line")
    assert quote.text == "The new line will open in May" and quote.speaker == "Tom Hale", (quote.text, quote.speaker)
