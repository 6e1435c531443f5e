"""'<Outlet> noted:' on a line of its own, then a paragraph with no quotation marks: a block quote the scraped page
kept as plain text, the source's direct quote (quotes/colon_blocks.py). Not where the verb says something of its
own on the line ('responded by pointing to X:'), nor after a label of a transcript (real model)."""

from __future__ import annotations

from quote_support import only, quotes_of

_BLOCK = "The port will stay shut until the new cranes arrive, and the pilots expect delays at Dunmore into the spring."


def test_a_source_and_its_verb_before_a_colon_cite_the_next_paragraph(nlp):
    quotes = quotes_of(
        nlp, f"The pilots' union met on Friday.\n\nThe Harbor Ledger noted:\n\n{_BLOCK}\n\nThe talks go on."
    )
    block = only(quotes, "new cranes")
    assert block.text == _BLOCK and block.speaker == "Harbor Ledger" and block.cue == "noted", (
        block.text,
        block.speaker,
        block.cue,
    )


def test_as_reported_and_the_following_open_a_block_too(nlp):
    quotes = quotes_of(
        nlp,
        "Turnout was low.\n\nAs the Dunmore Courier reported on Monday:\n\n"
        "Ana Ruiz has the backing of a third of the county's voters, well ahead of Tom Vary.\n\n"
        "Vary wrote the following:\n\nThe county will keep every polling station open until nine in the evening.",
    )
    courier = only(quotes, "third of the county")
    assert courier.speaker == "Dunmore Courier" and courier.cue == "reported", (courier.text, courier.speaker)
    vary = only(quotes, "polling station")
    assert vary.speaker == "Tom Vary" and vary.text.startswith("The county"), (vary.text, vary.speaker)
    assert not [q for q in quotes if q.text == "the following"]


def test_a_verb_with_its_own_content_leaves_the_paragraph_to_the_writer(nlp):
    quotes = quotes_of(
        nlp,
        "Ana Ruiz responded in a post by pointing to the budget figures:\n\n"
        "The council will vote on the budget next week, after two months of hearings.",
    )
    assert not [q for q in quotes if "two months of hearings" in q.text], [(q.text, q.speaker) for q in quotes]


def test_a_quotation_in_marks_after_the_colon_stays_as_it_was(nlp):
    quotes = quotes_of(nlp, "Ana Ruiz wrote:\n\n“The county will keep every polling station open until nine.”")
    quote = only(quotes, "polling station")
    assert quote.kind == "direct" and quote.speaker == "Ana Ruiz", (quote.kind, quote.speaker)


def test_a_line_of_page_furniture_after_the_colon_is_no_block(nlp):
    # a scrape that lost the block leaves the writer's footer after the colon: no sentence, no one's words
    quotes = quotes_of(
        nlp,
        "Ana Ruiz spoke to the council on Friday.\n\nIn other news, Ruiz said:\n\n"
        "Follow Tom Vary of the Courier on Twitter: @tomvary",
    )
    assert not [q for q in quotes if "Twitter" in q.text], [(q.text, q.speaker) for q in quotes]


def test_a_colon_line_with_only_blank_lines_after_it_reads_the_rest(nlp):
    # a line of spaces after the colon had made the block empty and the quote finder fail on the whole article
    quotes = quotes_of(nlp, "Ana Ruiz said the budget would pass in May.\n\nTom Vary said:\n \n")
    assert only(quotes, "budget would pass").speaker == "Ana Ruiz", [(q.text, q.speaker) for q in quotes]
