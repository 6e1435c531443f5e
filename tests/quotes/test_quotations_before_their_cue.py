"""A quotation whose cue clause the parse hung inside one clause with it ('"…," she said, "and …"') is a direct quote
of the quoted words alone, not a mixed quote that holds its own cue (real model); content with an aside cue inside
and quoted words after it stays mixed."""

from __future__ import annotations

from quote_support import find, quotes_of


def test_a_quotation_split_around_its_cue_is_direct(nlp):
    text = ('"The only question is whether we keep the clinics open," she said, '
            '"and make sure that the nurses can stay."')
    quote = find(quotes_of(nlp, text), "keep the clinics open")
    assert quote.kind == "direct"
    assert [text[s:e] for s, e in quote.spans] == [
        '"The only question is whether we keep the clinics open,"', '"and make sure that the nurses can stay."']


def test_content_around_an_aside_cue_stays_mixed(nlp):
    text = 'The plan, he said, is "a disaster for the town."'
    quote = find(quotes_of(nlp, text), "disaster")
    assert quote.kind == "mixed" and quote.text.startswith("The plan")
