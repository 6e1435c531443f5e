"""'The Treasury said' after 'the U.S. Treasury said': the body's head word, capitalised and alone, is the one
treasury the article named in full, as 'the Exchange' is its stock exchange; with two treasuries, or none named in
full, the word stays as written (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_treasury_alone_is_the_one_named_in_full(nlp) -> None:
    found = mentions(nlp, "WASHINGTON, May 4 - The U.S. Treasury said it will sell 9.5 billion dlrs of 52-week bills "
                          "on Thursday. The Treasury said the bills will be issued May 14.")
    assert ("Treasury", "ORG", "U.S. Treasury") in found
    found = mentions(nlp, "ROME, May 4 - The Italian Treasury will offer 8,000 billion lire of bonds next week. The "
                          "Treasury said the bonds carry a 9.5 pct coupon.")
    assert ("Treasury", "ORG", "Italian Treasury") in found


def test_with_two_treasuries_the_word_alone_stays(nlp) -> None:
    found = mentions(nlp, "LONDON, May 4 - The U.K. Treasury and the Italian Treasury met on Monday. The Treasury "
                          "said the talks went well.")
    assert ("Treasury", "ORG", "U.K. Treasury") not in found
    assert ("Treasury", "ORG", "Italian Treasury") not in found


def test_the_treasury_alone_is_the_treasury_department_named_in_full(nlp) -> None:
    found = mentions(nlp, "WASHINGTON, May 4 - The Treasury Department said outlays rose in April. Receipts also "
                          "rose, the Treasury said.")
    assert ("Treasury", "ORG", "Treasury Department") in found
