"""A name the model reads as a people or a body, written before the lower-case kind of a country's part it names
('<Name> province', '<Name> county'), is that place (real model and pipeline). A people's adjective before the same
noun stays a people's.

Passages of our own in the shape of wire copy.
"""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_before_province_is_the_province(nlp) -> None:
    text = "TEHRAN, May 4 - The newspaper quoted the Kerman province security chief as saying ten men were held."
    assert labels_of(nlp, text, "Kerman") == {"GPE"}


def test_a_peoples_adjective_before_province_stays_a_people(nlp) -> None:
    text = "LONDON, May 4 - The Albanian province saw riots, and Kurdish province officials said the roads were shut."
    assert labels_of(nlp, text, "Albanian") == {"NORP"}
    assert labels_of(nlp, text, "Kurdish") == {"NORP"}
