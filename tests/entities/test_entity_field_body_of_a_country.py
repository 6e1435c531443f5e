"""A body named by its field and then by the country it serves ('the National Institute of Statistics of
<Country>') is one name; the model stops at the field (real model). Our own sentences."""

from __future__ import annotations

from entity_support import entities_of
from quote_support import find, quotes_of


def test_the_country_ends_the_name(nlp) -> None:
    text = "Chile's exports fell 3 percent, according to the National Institute of Statistics of Chile."
    assert ("National Institute of Statistics of Chile", "ORG") in entities_of(nlp, text)
    assert find(quotes_of(nlp, text), "exports fell").speaker == "National Institute of Statistics of Chile"


def test_a_bank_named_for_a_town_is_left(nlp) -> None:
    text = "The Bank of Tokyo of Japan said profit rose."
    assert ("Bank of Tokyo of Japan", "ORG") not in entities_of(nlp, text)
