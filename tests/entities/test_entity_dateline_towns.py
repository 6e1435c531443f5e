"""A dateline's town the model took for a building by its last word ('... PARK', '... Plains'), with a US state's
abbreviation after it, is the town (real model, real pipeline). A building's own name before a state stays the
building."""

from __future__ import annotations

from entity_support import labels_of


def test_a_park_in_a_dateline_is_the_town(nlp) -> None:
    text = "BRIDGEWATER PARK, N.J., May 4 - Hollis Water Co said it raised its quarterly dividend."
    assert labels_of(nlp, text, "BRIDGEWATER PARK") == {"GPE"}


def test_an_airport_before_its_state_stays_the_airport(nlp) -> None:
    text = "The jet landed at Kennedy Airport, N.Y., late on Friday, the airline said."
    assert labels_of(nlp, text, "Kennedy Airport") == {"FAC"}
