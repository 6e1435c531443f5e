"""'The 27-year-old insisted X': the model marks an age a date, and a date is no source; as a noun the age stands for
the person of that age, who reports X and is the person the paragraph follows (real model). A real date as the
subject still reports nothing."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_an_age_as_subject_reports_its_clause(nlp):
    text = "Jane Roe won the race in Oslo. The 27-year-old said she would run again next year."
    quote = only(quotes_of(nlp, text), "run again")
    assert quote.text == "she would run again next year", quote.text
    assert quote.speaker == "Jane Roe" and quote.cue == "said", (quote.speaker, quote.cue)


def test_an_age_the_parse_hangs_on_the_verb_still_speaks(nlp):
    text = "Jane Roe won the race in Oslo. The 27-year-old insisted she will run again next year if her knee heals."
    quote = only(quotes_of(nlp, text), "knee")
    assert quote.text == "she will run again next year if her knee heals", quote.text
    assert quote.speaker == "Jane Roe", quote.speaker


def test_an_age_after_a_quotation_is_its_speaker(nlp):
    text = "Tom Hale lost in Paris on Sunday. \"I was tired,\" said the 30-year-old."
    quote = only(quotes_of(nlp, text), "tired")
    assert quote.kind == "direct" and quote.speaker == "Tom Hale", (quote.kind, quote.speaker)


def test_a_date_as_subject_reports_nothing(nlp):
    text = "Prices rose in the spring. Last year told a different story about the market."
    assert not quotes_of(nlp, text)
