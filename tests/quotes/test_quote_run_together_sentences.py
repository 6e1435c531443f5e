"""Sentences of one quotation that a text without its paragraph breaks runs together, each reopened by a fresh
mark and never closed ('Ms Lind said: "We have done it. "We will go on," ...'), are one direct quote in pieces,
the cue before the first giving all of them their speaker; never an indirect report of the first sentence and a
direct quote of the rest with another source. A mark in the middle of a sentence, a closing mark set the wrong
way ('False.“ they said'), and a piece whose later sentence is the writer's report of someone ('…, it said.')
are left as they were (real model)."""

from __future__ import annotations

from quote_support import only, pieces, quotes_of


def test_sentences_run_together_under_fresh_marks_are_one_direct_quote(nlp):
    text = ("The town will build a new bridge over the river, the mayor said on Monday.\n\n"
            "Mayor Ines Lind said: \"We have waited for this bridge for twenty years. \"The work will start in "
            "the spring and the road will open before the winter.\" The council approved the plan last week.")
    quotes = quotes_of(nlp, text)
    quote = only(quotes, "twenty years")
    assert quote.kind == "direct" and len(quote.spans) == 2, (quote.kind, quote.spans)
    assert "open before the winter" in quote.text and quote.speaker == "Ines Lind", (quote.text, quote.speaker)
    assert not any(q.kind == "indirect" and "twenty years" in q.text for q in quotes)


def test_three_sentences_and_a_closing_cue(nlp):
    text = ("\"Prices rose again in March. \"Families are spending less on food. \"Nobody expects the trend "
            "to turn this year,\" said Omar Haddad, an economist at the Farmers Union.")
    quote = only(quotes_of(nlp, text), "spending less")
    assert quote.kind == "direct" and len(quote.spans) == 3, (quote.kind, quote.spans)
    assert quote.speaker == "Omar Haddad", quote.speaker


def test_marks_that_open_no_run_together_quotation():
    mid_sentence = "He called the plan \"a joke and \"a disgrace\" on Friday."
    assert pieces(mid_sentence) == [["\"a disgrace\""]]
    turned = "The fact checkers rated the claim “Mostly False.“ They published it on Monday."
    assert not any("Mostly False." in piece for group in pieces(turned) for piece in group), pieces(turned)


def test_a_piece_where_the_writer_reports_someone_opens_no_quotation(nlp):
    text = ("In its report the panel said: \"We are worried about the shortage of nurses. The shortage had "
            "grown since the last review, it said. \"Hospitals cannot hire the staff they need.\"")
    quotes = quotes_of(nlp, text)
    quote = only(quotes, "cannot hire")
    assert quote.kind == "direct" and "last review" not in quote.text, (quote.kind, quote.text)
