"""'A group of firms led by Acme Corp said it raised its stake in Beta Inc ... The group said X': the bare "the
group" is the group the story opened on, never the firm whose shares it trades, named more often since (real model).
"""

from __future__ import annotations

from quote_support import only, quotes_of


def test_the_group_led_by_a_firm_is_that_firm_not_the_target(nlp):
    text = ("A group of affiliated Denver investment firms led by Harlow Capital Corp said it raised its stake in "
            "Tressel Mills Inc to 9.1 pct.\n\nThe group said it bought more Tressel Mills shares last month. "
            "The group said it may seek a seat on the Tressel Mills board.")
    quote = only(quotes_of(nlp, text), "seat")
    assert quote.speaker == "Harlow Capital Corp", quote.speaker


def test_a_group_of_investors_named_by_no_firm_keeps_its_investors(nlp):
    text = ("A group of Boston investors said it cut its stake in Tressel Mills Inc to 5.2 pct.\n\n"
            "In a filing with regulators, the group said it sold 40,000 Tressel Mills shares last month.")
    quote = only(quotes_of(nlp, text), "sold")
    assert quote.speaker != "Tressel Mills Inc", quote.speaker
    assert "investors" in quote.speaker, quote.speaker


def test_a_firm_the_group_holds_is_no_member(nlp):
    text = ("A group of investors holding a stake in Tressel Mills Inc said it would vote against the merger.\n\n"
            "The group said it had hired advisers. Tressel Mills Inc said it would review the vote.")
    quote = only(quotes_of(nlp, text), "advisers")
    assert quote.speaker != "Tressel Mills Inc", quote.speaker
