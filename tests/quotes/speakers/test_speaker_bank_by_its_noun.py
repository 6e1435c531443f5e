"""'The bank said' after 'the Bank of <Country>' and a committee of it named since: the bank, the latest
organisation named with that noun, not the committee named last (real model). Our own sentences."""

from __future__ import annotations

from quote_support import find, quotes_of


def test_the_bank_not_its_committee(nlp) -> None:
    text = ("The Bank of Valdoria (BOV) kept its policy rate at 5 percent on Thursday.\n\n"
            "The central bank's Monetary Policy Committee voted unanimously to hold the rate.\n\n"
            "\"Inflation is moving in the right direction,\" Governor Tomas Brel told a press conference.\n\n"
            "The bank said the currency had been broadly stable.")
    assert find(quotes_of(nlp, text), "broadly stable").speaker == "Bank of Valdoria"
