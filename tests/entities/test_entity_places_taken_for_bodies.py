"""A known town, state or country the model reads as an organisation, where a sentence puts something in it or
passes through it, or joins it to such a place by 'and', is the place (real model and pipeline). Not the first
word of a firm's longer name, nor what is held in a name ('a stake in <Name>').

Passages of our own in the shape of wire copy.
"""

from __future__ import annotations

from entity_support import labels_of


def test_a_state_a_river_flows_through_is_a_place(nlp) -> None:
    text = ("LAHORE, July 3 - Officials said the two swollen rivers, which both run through Punjab, were in high "
            "flood on Wednesday and troops moved villagers to higher ground.")
    assert labels_of(nlp, text, "Punjab") == {"GPE"}


def test_a_town_joined_to_a_place_of_a_meeting_is_a_place(nlp) -> None:
    text = ("ZAGREB, June 2 - The opposition said on Sunday it would hold rallies in Ljubljana and Maribor next "
            "week to protest against the new tax law.")
    assert labels_of(nlp, text, "Maribor") == {"GPE"}


def test_a_firms_short_name_stays_the_firm(nlp) -> None:
    text = ("TORONTO, May 4 - Kinross Gold Corp said on Thursday it had raised its stake in a mine. Analysts said "
            "interest in Kinross was strong after the drilling results.")
    assert "GPE" not in labels_of(nlp, text, "Kinross")
