"""'Gross National Product (GNP) grew', 'over Libor': an economic measure and a reference rate are no one and nothing
a reader looks up here, though the model reads them as organisations (heads.json 'not_names'; real model and
pipeline). Passages of our own."""

from __future__ import annotations

import pytest
from entity_support import mentions

_MEASURES = [
    (("ANKARA, May 4 - Turkey's Gross National Product (GNP) grew 8.0 pct in 1986, the State Planning Organisation "
     "said."),
     ("Gross National Product", "GNP")),
    ("The bank forecast that Gross National Product would grow 2.5 pct this year.", ("Gross National Product",)),
    ("The loan pays 1/2 point over Libor, lead manager Hollis Bank Ltd said.", ("Libor",)),
]


@pytest.mark.parametrize("text, measures", _MEASURES)
def test_a_measure_is_no_entity(nlp, text, measures) -> None:
    names = {name for name, _, _ in mentions(nlp, text)}
    assert not names & set(measures)
    assert names - set(measures)  # the organisations beside it stay
