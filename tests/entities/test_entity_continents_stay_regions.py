"""A continent is a place that is no country or town (LOC), whichever rule finds it a place: one listed before a
country is not a town before its region ('offices in Europe, Japan and Brazil'), and one the model took for a
person, after 'in' where something is done, is a region rather than a town (real model).

Our own sentences."""

from __future__ import annotations

import pytest
from entity_support import labels_of

from store.analysis.entities.mentions import mention_of
from store.analysis.entities.place_names import small_places


def test_a_continent_listed_before_countries_is_no_town(nlp) -> None:
    text = "The group runs sales offices in Europe, Japan, Mexico and Brazil, a spokesman said.\n"
    assert labels_of(nlp, text, "Europe") == {"LOC"}
    assert labels_of(nlp, text, "Japan") == {"GPE"}


# the model reads a continent as a person's name seldom, and only in wire copy: the mention is given to the rule as it
# would find it; a town there stays a town
@pytest.mark.parametrize("place, label", [("Africa", "LOC"), ("Marlowe", "GPE")])
def test_a_place_taken_for_a_person_where_goods_are_sold(nlp, place, label) -> None:
    doc = nlp(f"The ore mined at the site is shipped and sold in {place}, the company said.\n")
    at = next(t.i for t in doc if t.text == place)
    found = [mention_of(doc[at : at + 1], "PERSON")]
    small_places(doc, found)
    assert found[0].label == label
