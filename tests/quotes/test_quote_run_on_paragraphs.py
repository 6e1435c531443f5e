"""A quotation left open at a paragraph's end that goes on in the next paragraphs without reopening, up to the
mark that closes it (text with a paragraph per sentence: '"We are ready.' / 'They must decide," he said.'), is
one direct quote in pieces, never a direct opening and an indirect report of its own words (real model); a
quotation that reopens, and one no mark closes before a new one opens, are left alone, and so is a name alone closing the mark under an epigraph ('Maria Lopez, union chair."')."""

from __future__ import annotations

from quote_support import only, pieces, quotes_of


def test_a_quotation_closed_in_the_next_paragraph_is_one_direct_quote(nlp):
    text = ("The talks resumed on Monday in the capital.\n\n\"We are ready to sign the accord this week.\n\n"
            "The other side must now decide whether it wants peace,\" the minister Karl Aberg said.")
    quotes = quotes_of(nlp, text)
    quote = only(quotes, "must now decide")
    assert quote.kind == "direct" and len(quote.spans) == 2, (quote.kind, quote.spans)
    assert "ready to sign" in quote.text and quote.speaker == "Karl Aberg", (quote.text, quote.speaker)


def test_a_quotation_runs_on_through_unmarked_paragraphs(nlp):
    text = ("\"Prices fell sharply in the spring.\n\nFarmers sold their herds early.\n\n"
            "Nobody expects a recovery before next year,\" said Anna Berg, a trader in Oslo.")
    quote = only(quotes_of(nlp, text), "herds early")
    assert quote.kind == "direct" and len(quote.spans) == 3, (quote.kind, quote.spans)
    assert quote.text.startswith("\"Prices fell") and quote.text.endswith("next year,\""), quote.text


def test_a_mark_left_alone_at_a_paragraph_end_opens_the_next_one(nlp):
    text = ("\"The bridge will open in May,\" the engineer Tom Reed said. \"\n\n"
            "We are only waiting for the paint to dry.\"\n\nThe city approved the budget last year.")
    quote = only(quotes_of(nlp, text), "paint to dry")
    assert quote.kind == "direct" and "the budget" not in quote.text, (quote.kind, quote.text)


def test_a_quotation_that_reopens_or_never_closes_is_left_alone():
    reopened = "\"We will wait and see.\n\n\"Then we decide,\" she said."
    assert pieces(reopened) == [["\"We will wait and see.", "\"Then we decide,\""]]
    new_quotation = "\"We will wait and see what they offer us.\n\nHe called the offer \"a joke\" on Friday."
    assert pieces(new_quotation) == [["\"We will wait and see what they offer us."], ["\"a joke\""]]
    unclosed = "\"The plan is a good one for the whole town.\n\nThe council met on Monday and voted."
    assert pieces(unclosed) == [["\"The plan is a good one for the whole town."]]
    for name in ("Maria Lopez.", "Former union chair Maria Lopez.", "Maria Lopez, former union chair."):
        signed = f"\"Everyone believes in the treaty until the war turns against them.\n\n{name}\""
        assert pieces(signed) == [["\"Everyone believes in the treaty until the war turns against them."]]
    addressed = "\"We waited for you all year.\n\nIt is too late, Mr. President,\" she said."
    assert pieces(addressed) == [["\"We waited for you all year.", "It is too late, Mr. President,\""]]


def test_reported_speech_after_an_unclosed_quotation_stays_indirect(nlp):
    text = ("\"The plan is a good one for the whole town.\n\n"
            "The mayor said the council would vote on it in June.")
    quote = only(quotes_of(nlp, text), "would vote")
    assert quote.kind == "indirect", (quote.kind, quote.text)
