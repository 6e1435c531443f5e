"""A part of a continent named by a compass word ('North Africa', 'Central Asia') is a region (LOC), not a country
(GPE); 'South Africa' is a country (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import label_by_text


def test_north_africa_is_a_region(nlp) -> None:
    labels = label_by_text(nlp, "Exports to North Africa rose by a fifth, the ministry said.")
    assert labels["North Africa"] == "LOC"


def test_south_africa_stays_a_country(nlp) -> None:
    labels = label_by_text(nlp, "Exports to South Africa rose by a fifth, the ministry said.")
    assert labels["South Africa"] == "GPE"
