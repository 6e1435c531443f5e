"""After a quotation that ends its sentence, a verb of the next sentence is its cue only as a bare attribution
('"…?" Dan Ruiz asked.'); a verb that reports words of its own ('The report shows X', 'The council
recommends Y') is that sentence's news, and the quotation keeps the speaker who was talking (real model)."""

from __future__ import annotations

from quote_support import quote_with


def test_a_next_sentence_reporting_its_own_news_is_no_cue(nlp):
    text = ("Clara Mendes, who runs the shelter, told reporters that the money had run out. \"We cannot keep "
            "the doors open beyond March.\" The council recommends a new grant for the shelter next year.")
    quote = quote_with(nlp, text, "doors open")
    assert quote.kind == "direct" and quote.cue != "recommends", (quote.cue, quote.speaker)
    assert quote.speaker == "Clara Mendes", quote.speaker


def test_a_bare_attribution_in_the_next_sentence_is_the_cue(nlp):
    text = ("The minister was asked about the delays. \"Who is going to pay for all of this?\" Dan Ruiz asked.")
    quote = quote_with(nlp, text, "pay for all")
    assert quote.cue == "asked" and quote.speaker == "Dan Ruiz", (quote.cue, quote.speaker)


def test_the_one_asked_and_a_participle_of_manner_leave_the_attribution_bare(nlp):
    text = ("The senator spoke to voters in Reno. \"Do you trust this plan?\" Lena Ortiz asked reporters, "
            "shaking her head.")
    quote = quote_with(nlp, text, "trust this plan")
    assert quote.cue == "asked" and quote.speaker == "Lena Ortiz", (quote.cue, quote.speaker)


def test_a_verb_that_heads_no_sentence_is_no_cue(nlp):
    text = ("Farid Amini, the union leader, spoke after the vote. \"We will not accept these cuts.\" "
            "The proposed budget goes to the council on Friday.")
    quote = quote_with(nlp, text, "accept these cuts")
    assert quote.cue != "proposed" and quote.speaker == "Farid Amini", (quote.cue, quote.speaker)
