"""A wire lead closed by its source ('CITY, Month 1 - X, <source> said.') reports all after the dateline up to the
comma that opens the source, when the source is too long or too odd for the parse (a party's initials in brackets,
a post with a relative clause of its own) (real model). A relative clause after the comma is no source.

Our own sentences.
"""

from __future__ import annotations

from quote_support import only, quotes_of

PARTY_CHIEF = ("The new tax plan will lift spending by about 3,000 billion yen and should calm trade partners, "
               "Ruling Progress Party (RPP) policy chief Kenji Mori told reporters.")


def test_a_lead_closed_by_a_bracketed_party_post_and_name(nlp):
    quote = only(quotes_of(nlp, "TOKYO, June 5 - " + PARTY_CHIEF), "The new tax plan")
    assert quote.text == ("The new tax plan will lift spending by about 3,000 billion yen and should calm trade "
                          "partners"), quote.text
    assert quote.speaker == "Kenji Mori" and quote.cue == "told", (quote.speaker, quote.cue)


def test_a_lead_closed_by_a_post_with_a_relative_clause(nlp):
    text = ("OSLO, June 2 - The ferry line will add two routes to the northern islands next spring, the head of a "
            "regional board which funds the routes told Reuters.")
    quote = only(quotes_of(nlp, text), "The ferry line")
    assert quote.text == "The ferry line will add two routes to the northern islands next spring", quote.text
    assert quote.cue == "told", quote.cue


def test_a_relative_clause_after_the_comma_is_no_source(nlp):
    text = ("OSLO, June 2 - The ferry line will add two routes to the northern islands next spring, which the board "
            "said.")
    assert not quotes_of(nlp, text)

