"""A share price written in pence ('to 412p from 398p') is a sum of money, never a product, a firm or a date (real
model and pipeline).

Passages of our own in the shape of London market copy; and a model number with a capital letter, which stays
what the model made of it.
"""

from __future__ import annotations

from entity_support import labels_of


def test_prices_in_pence_are_money(nlp) -> None:
    text = ("LONDON, May 4 - Shares of Brantwick Holdings Plc rose sharply on the news to 412p from 398p at the close "
            "on Friday, while Calder Mills firmed to 211p from 204.5p.")
    for price in ("412p", "398p", "211p", "204.5p"):
        assert labels_of(nlp, text, price) == {"MONEY"}, price


def test_a_model_number_with_a_capital_letter_is_no_price(nlp) -> None:
    text = "TOKYO, May 4 - Orvane Corp said it would start selling its 220P copier in Europe next month."
    assert "MONEY" not in labels_of(nlp, text, "220P")
