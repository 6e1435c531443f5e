"""A town wire copy places by its state ('Dunmore, Pa.,') is a town, whatever the apposition after the state says:
the parse hangs 'a building of ...' or 'a maker of ...' on the town, but it describes the thing the town places
(real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_apposition_after_a_town_s_state_leaves_the_town_a_town(nlp) -> None:
    found = mentions(nlp, "CHICAGO, April 1 - Tarvel Corp said it bought a warehouse in Dunmore, Pa., a building of "
                          "40,000 square feet, for two mln dlrs.")
    assert ("Dunmore", "GPE", "Dunmore") in found


def test_an_apposition_after_a_firm_still_types_it(nlp) -> None:
    found = mentions(nlp, "CHICAGO, April 1 - Tarvel Corp said it agreed to buy Hollis, a maker of brake parts, for "
                          "two mln dlrs.")
    assert not any(text == "Hollis" and label == "GPE" for text, label, _ in found)
