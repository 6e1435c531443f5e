"""Words quoted at the end of a sentence whose content the parse ended before them ('He added that he could do
without it but it was a "great luxury to have."') are the last part of that content, which turns mixed (real model);
a fragment with a cue of its own between ('…, which is a result, she said, "…"') and a quotation that opens its
own sentence stay quotes of their own."""

from __future__ import annotations

from quote_support import only, quotes_of


def test_a_closing_fragment_goes_on_with_its_content(nlp):
    text = ("The owner said he did not buy the boats to polish his name. He added that he could get by without "
            "owning a Cessna 172 but it was a \"great luxury to have.\"")
    quote = only(quotes_of(nlp, text), "great luxury")
    assert quote.kind == "mixed" and quote.text.startswith("that he could get by"), (quote.kind, quote.text)


def test_a_fragment_after_a_cue_of_its_own_stays_apart(nlp):
    text = ("In a note sent on Tuesday, the campaign manager Ann Holt admitted the two sides had split the first two "
            "votes, which is a result, she said, \"we expected all along.\"")
    quotes = quotes_of(nlp, text)
    assert only(quotes, "expected all along").kind == "direct"
    assert only(quotes, "split the first two").kind == "indirect"


def test_a_quotation_opening_its_sentence_stays_apart(nlp):
    text = "The mayor said the plan would fail. \"It is a waste,\" she said."
    quotes = quotes_of(nlp, text)
    assert only(quotes, "It is a waste").kind == "direct"
    assert only(quotes, "would fail").kind == "indirect"
