"""A report whose source comes last with a perfect-tense cue ('…, a committee of MPs has warned.') is read from
the word order like one in the simple past, the source ending before 'has', when the parse makes the cue a
conjunct of the reported clause or takes the clause for the cue's complement the wrong way round (real model); a
passive ('a court has been told') and a relative clause ('…, which its manager has admitted') stay as they were."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_perfect_cue_parsed_as_a_conjunct_reports_the_clause(nlp):
    text = "Flooding in the valley has reached \"alarming\" levels, a panel of engineers and surveyors has warned."
    quote = only(quotes_of(nlp, text), "Flooding")
    assert quote.text == "Flooding in the valley has reached \"alarming\" levels", quote.text
    assert quote.speaker == "panel" and quote.cue == "warned", (quote.speaker, quote.cue)


def test_a_perfect_cue_parsed_under_the_clause_reports_it(nlp):
    text = "Petrol duty will be cut if the Liberals win the next election, party leader Tom Reed has claimed."
    quote = only(quotes_of(nlp, text), "Petrol duty")
    assert quote.text == "Petrol duty will be cut if the Liberals win the next election", quote.text
    assert quote.speaker == "Tom Reed" and quote.kind == "indirect", (quote.speaker, quote.kind)


def test_a_passive_perfect_cue_names_no_hearer_as_source(nlp):
    text = "Rail fares could double within five years, a court has been told."
    assert all(q.speaker != "court" for q in quotes_of(nlp, text))


def test_a_relative_clause_with_a_perfect_verb_is_no_report(nlp):
    text = "The team has lost four games in a row, which its manager has admitted."
    assert not quotes_of(nlp, text)
