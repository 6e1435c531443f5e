"""One word the model called an organisation, the last word of a longer organisation's name the article gave before
it ('Vaudrel will also seek' after 'Cie Financiere de Vaudrel'), is that organisation when the longer name opens as a
firm's name does (a firm's opening word, initials, a founder's first name) (real model, real pipeline; passages of
our own). Not a body's head after a country's abbreviation ('index-linked Treasury stock' after 'the U.K.
Treasury'), which may name another thing."""

from __future__ import annotations

import pytest
from entity_support import mentions


@pytest.mark.parametrize("text, short, full", [
    (("PARIS, March 19 - Financial services group Cie Financiere de Vaudrel <VAUD.PA> said it will issue 500 mln "
     "francs of bonds. Vaudrel will also seek approval for a share issue, it said."), "Vaudrel",
     "Cie Financiere de Vaudrel"),
    (("Brokers said the Banque Tessard unit had bought the shares. Tessard will pay 12 francs a share, the brokers "
     "said."), "Tessard", "Banque Tessard"),
])
def test_the_last_word_of_a_firms_name_is_the_firm(nlp, text, short, full) -> None:
    assert (short, "ORG", full) in mentions(nlp, text)


def test_a_bodys_head_after_a_country_is_left_alone(nlp) -> None:
    text = "LONDON, March 29 - The U.K. Treasury plans to sell 150 mln stg more of its index-linked Treasury stock due 2015."
    assert ("Treasury", "ORG", "U.K. Treasury") not in mentions(nlp, text)
