"""The trade terms of a price ('FOB', free on board; 'CIF', cost, insurance and freight) say where a seller's
costs stop, in capitals as initials are: the model tags them as organisations, but they name no one (real model and
pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_price_s_trade_term_is_no_organisation(nlp) -> None:
    found = mentions(nlp, "TAIPEI, May 4 - Exports rose to 3.1 billion dlrs in April, while FOB imports fell to "
                          "2.2 billion dlrs, the ministry said.")
    assert not any(text == "FOB" for text, _, _ in found)
    found = mentions(nlp, "LONDON, May 4 - The mill sold 20,000 tonnes of white sugar at 180 dlrs a tonne CIF, "
                          "traders said.")
    assert not any(text == "CIF" for text, _, _ in found)


def test_the_firm_beside_a_trade_term_stays(nlp) -> None:
    found = mentions(nlp, "PARIS, May 4 - The board accepted 30,000 tonnes at 80.10 dlrs a tonne FOB from Marlin "
                          "and Co, traders said.")
    assert ("Marlin and Co", "ORG", "Marlin and Co") in found
