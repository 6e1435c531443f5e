"""Quote spans the parse gets wrong (real model): 'According to X,' opening a sentence whose parse lost the
phrase's shape; a cue word capitalised inside a work's title; a bare verb after a past or future 'see' that the
tagger read as finite or as a noun."""

from __future__ import annotations

import pytest
from quote_support import only, quotes_of


def test_a_sentence_opening_on_according_to_reports_what_follows_the_comma(nlp):
    text = ("Sales rose. According to survey firm Gallop, the so-called fanbase, has grown every month for the last "
            "year.")
    q = only(quotes_of(nlp, text), "fanbase")
    assert (q.text, q.speaker, q.cue) == ("the so-called fanbase, has grown every month for the last year", "Gallop",
                                          "According to"), (q.text, q.speaker, q.cue)


def test_a_name_beside_its_kind_stays_out_of_the_report(nlp):
    text = "Prices fell. According to market analysts Penfold, a quarter of the new cars sold will be electric by 2030."
    q = only(quotes_of(nlp, text), "electric")
    assert q.text == "a quarter of the new cars sold will be electric by 2030", q.text


def test_a_relative_clause_on_the_source_is_no_report(nlp):
    text = "Shops did well. According to Dr Anna Cole, who runs the clinic, waiting times have doubled."
    q = only(quotes_of(nlp, text), "doubled")
    assert (q.text, q.speaker) == ("waiting times have doubled", "Anna Cole"), (q.text, q.speaker)


def test_according_to_inside_a_sentence_still_reports(nlp):
    q = only(quotes_of(nlp, "Ticket sales fell by a third last year, according to the league's own figures."), "fell")
    assert q.text == "Ticket sales fell by a third last year", q.text


@pytest.mark.parametrize("text", [
    "Weekly charts\n\nThe choir slipped to six with Do They Think It's Over after a long run at the top.",
    "Weekly charts\n\nTheir singles include Where You Said Goodbye, Blue Lines and Who's Counting?",
    "New comedy\n\nHe will star in the new comedy The Town According to Pat, a series about a village shop.",
])
def test_a_cue_word_inside_a_works_title_is_no_cue(nlp, text):
    assert not quotes_of(nlp, text), [(q.text, q.cue) for q in quotes_of(nlp, text)]


def test_a_headline_in_title_case_still_reports(nlp):
    quotes = quotes_of(nlp, "Senator Says Budget Will Pass\nThe senator said the budget would pass.")
    assert any(q.cue == "Says" for q in quotes), [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("text", [
    "The fresh interest in the singer has lately seen record sales pass the ten million mark.",
    "A further change to the rota will see Anna Cole return after her leave.",
    "The fresh interest in the singer has lately seen record sales hit the ten million mark.",
])
def test_what_a_change_went_through_is_no_view(nlp, text):
    quotes = quotes_of(nlp, text)
    assert not any(q.cue in ("see", "seen") for q in quotes), [(q.text, q.cue) for q in quotes]


def test_a_present_view_with_see_still_reports(nlp):
    q = only(quotes_of(nlp, "Traders see that prices are rising again."), "prices")
    assert q.cue == "see" and q.text == "that prices are rising again", (q.text, q.cue)
