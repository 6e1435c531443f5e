"""A country or state the model leaves untagged where a wire story opens is a place all the same (real model and
pipeline): a country's name that is a first name too ('France', 'Kenya') is still the country when nothing in the
article makes it a person's, and a place written before a post and its holder's name ('<State> Governor <Name>')
is the place, the person keeping the post as role.

Passages of our own in the shape of wire copy; and a body's name before a post, which is not cut to its place.
"""

from __future__ import annotations

import pytest
from entity_support import labels_of, mentions


@pytest.mark.parametrize("country", ["France", "Kenya"])
def test_a_country_spelt_like_a_first_name_opening_the_story_is_the_country(nlp, country: str) -> None:
    text = (f"LONDON, May 4 - {country} on Monday handed two suspects to the police of a neighbouring state, "
            "officials said.")
    assert labels_of(nlp, text, country) == {"GPE"}


def test_a_first_name_that_is_no_country_is_not_made_a_place(nlp) -> None:
    text = "LONDON, May 4 - Florence on Monday told the court she had never seen the letter, her lawyer said."
    assert "GPE" not in labels_of(nlp, text, "Florence")


@pytest.mark.parametrize(("place", "post", "holder"), [
    ("Czech Republic", "President", "Milan Dvorak"),
    ("Minnesota", "Governor", "Carl Lindqvist"),
])
def test_a_place_before_a_post_and_its_holder_is_the_place(nlp, place: str, post: str, holder: str) -> None:
    text = f"ROME, May 4 - {place} {post} {holder} will make an official visit to Italy next month, aides said."
    found = mentions(nlp, text)
    assert (place, "GPE", place) in found
    assert any(word == holder and label == "PERSON" for word, label, _ in found)


def test_a_body_before_a_post_is_not_cut_to_its_place(nlp) -> None:
    text = ("NEW YORK, May 4 - New York Federal Reserve Bank President Carl Lindqvist said on Monday that rates "
            "would stay where they were.")
    assert "GPE" not in labels_of(nlp, text, "New York")


def test_a_country_closing_a_firms_name_after_de_is_not_made_a_place(nlp) -> None:
    text = ("ZURICH, May 4 - Compagnie Generale de France is issuing 100 million Swiss francs of notes, lead manager "
            "Banque Vaudoise said.")
    assert "GPE" not in labels_of(nlp, text, "France")
