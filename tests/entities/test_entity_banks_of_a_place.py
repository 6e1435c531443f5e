"""'LONDON, June 9 - The Bank of England expects …': a bank named for a country or a city that the model leaves
untagged is the bank, and the article's later 'the Bank' is it too (untagged.banks_of_a_place_untagged; real model
and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_bank_of_a_country_after_the_dateline_is_the_bank(nlp) -> None:
    found = mentions(nlp, "LONDON, June 9 - The Bank of England expects a cash shortfall of some 700 mln stg in "
                          "the money markets today.  The Bank later offered dealers 250 mln stg of help.")
    assert ("Bank of England", "ORG", "Bank of England") in found
    assert ("Bank", "ORG", "Bank of England") in found


def test_a_bank_of_a_city_after_the_dateline_is_the_bank(nlp) -> None:
    found = mentions(nlp, "TORONTO, June 12 - Bank of Montreal lowered its base lending rate by a quarter point "
                          "to 8.75 pct.")
    assert ("Bank of Montreal", "ORG", "Bank of Montreal") in found


def test_a_longer_name_stays_whole(nlp) -> None:
    found = mentions(nlp, "The deal was arranged by Sumitomo Bank of California, the bank said.")
    assert ("Sumitomo Bank of California", "ORG", "Sumitomo Bank of California") in found
    assert not any(name == "Bank of California" for name, _, _ in found)
