"""'At a news conference in Paris Finance Minister Jean Dupont said X': with no comma after the opening phrase, the
parse reads the person's name as the last object of its preposition and leaves 'said' without a subject. The name
right before the subjectless main verb is its source (real model). A name that is the verb's own subject, and a
phrase with no person's name before the verb, are not touched."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_name_closing_an_opening_phrase_is_the_source(nlp):
    text = ("Markets were calm. At a news conference in Paris Finance Minister Jean Dupont said the budget would be "
            "balanced next year.")
    quote = only(quotes_of(nlp, text), "budget")
    assert quote.text == "the budget would be balanced next year", quote.text
    assert quote.speaker == "Jean Dupont" and quote.cue == "said", (quote.speaker, quote.cue)


def test_a_hearer_verb_after_the_opening_phrase(nlp):
    text = ("The talks ended late. During a visit to Berlin Chancellor Hans Weber told reporters that he expected a "
            "deal soon.")
    quote = only(quotes_of(nlp, text), "deal soon")
    assert quote.text == "that he expected a deal soon", quote.text
    assert quote.speaker == "Hans Weber", quote.speaker


def test_a_name_that_is_already_the_subject_is_kept(nlp):
    text = "The talks ended late. In the end Sam Smith said the deal was fair."
    quote = only(quotes_of(nlp, text), "fair")
    assert quote.speaker == "Sam Smith", quote.speaker


def test_no_name_before_the_verb_names_no_one(nlp):
    text = "The talks ended late. In a long statement on the talks said nothing of the deal."
    assert not quotes_of(nlp, text)
