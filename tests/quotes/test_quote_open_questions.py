"""'will see if X', 'to see how X', 'to decide whether X': a question still open, which someone means to find out or
settle, is no view and no words (real model); 'see that X', 'decided that X' and 'did not say how X' still report."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_seeing_if_something_happens_is_no_quote(nlp):
    assert not quotes_of(nlp, "Ann Bell will see if the lighter racket makes a difference in Leeds.")


def test_seeing_how_or_what_is_no_quote(nlp):
    assert not quotes_of(nlp, "Fans met at the ground to see how the rebuilt stand looked.")
    assert not quotes_of(nlp, "The growers must wait and see what the frost does to the vines.")


def test_deciding_whether_is_no_quote(nlp):
    assert not quotes_of(nlp, "A tribunal will meet next week to decide whether the two runners should be banned.")


def test_a_that_clause_of_the_same_verbs_still_reports(nlp):
    quotes = quotes_of(nlp, "Analysts see that the deal is dead. The board decided that the plant would close.")
    assert only(quotes, "deal").cue == "see"
    assert only(quotes, "plant").cue == "decided"


def test_saying_how_many_still_reports(nlp):
    quote = only(quotes_of(nlp, "The coach did not say how many players would be rested."), "players")
    assert quote.text == "how many players would be rested" and quote.cue == "say", (quote.text, quote.cue)


def test_a_negated_verb_keeps_its_question_as_a_stance(nlp):
    quote = only(quotes_of(nlp, "The voters have not decided which plan they prefer."), "plan")
    assert quote.text == "which plan they prefer" and quote.cue == "decided", (quote.text, quote.cue)



def test_figuring_or_finding_out_is_no_quote(nlp):
    assert not quotes_of(nlp, "Engineers spent the week trying to figure out why the pumps had stopped.")
    assert not quotes_of(nlp, "The new guide helps walkers find out which paths are open.")


def test_an_open_question_at_the_end_takes_no_clause_before_it(nlp):
    assert not quotes_of(nlp, "Cheap seats sell out in an hour and dear ones never do, so we will see which kind we need.")


def test_wanting_to_know_still_reports(nlp):
    quote = only(quotes_of(nlp, "The club's fans want to know what went wrong with the ticket sale."), "ticket")
    assert quote.cue == "know", quote.cue


def test_finding_that_something_is_so_still_reports(nlp):
    quote = only(quotes_of(nlp, "The inquiry found that the pumps had been left off."), "pumps")
    assert quote.cue == "found", quote.cue
