"""'LONDON, April 1 - The Bank of England said …': a bank named for a country or a city that the model leaves
untagged is the bank, and the article's later 'the Bank' is it too (untagged.banks_of_a_place_untagged; real model
and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_bank_of_a_country_after_the_dateline_is_the_bank(nlp) -> None:
    found = mentions(nlp, "LONDON, April 1 - The Bank of England said it had raised its estimate of the money market "
                          "shortage to 900 mln stg.  The Bank has given the market 300 mln stg so far.")
    assert ("Bank of England", "ORG", "Bank of England") in found
    assert ("Bank", "ORG", "Bank of England") in found


def test_a_bank_of_a_city_after_the_dateline_is_the_bank(nlp) -> None:
    found = mentions(nlp, "TORONTO, April 3 - Bank of Montreal said it will cut its prime rate to 9.25 pct from 9.5 "
                          "pct.")
    assert ("Bank of Montreal", "ORG", "Bank of Montreal") in found


def test_a_longer_name_stays_whole(nlp) -> None:
    found = mentions(nlp, "The deal was arranged by Sumitomo Bank of California, the bank said.")
    assert ("Sumitomo Bank of California", "ORG", "Sumitomo Bank of California") in found
    assert not any(name == "Bank of California" for name, _, _ in found)
