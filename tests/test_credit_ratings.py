"""Credit ratings are grades, not names (real model and pipeline).

Passages of our own in the shape of wire copy about a rating agency's decisions; and the motoring body known by two
capital letters, which stays an organisation in a story with no word about ratings.
"""

from __future__ import annotations

from entity_support import mentions

RATED = ("NEW YORK, March 4 - Standard and Poor's Corp said it lowered the senior debt of Halvorsen Steel Corp to BB "
         "from BBB, citing weak demand for plate steel. The agency affirmed the company's BBB senior notes.")


def test_a_grade_in_a_story_about_ratings_is_no_entity(nlp) -> None:
    found = mentions(nlp, RATED)
    assert not any(text in ("BB", "BBB") for text, _, _ in found)
    assert ("Halvorsen Steel Corp", "ORG", "Halvorsen Steel Corp") in found


def test_two_capitals_in_a_story_without_ratings_stay_a_name(nlp) -> None:
    text = ("LONDON, Jan 9 - The AA said drivers should stay off icy roads in the north. The AA expects heavy "
            "traffic on Friday.")
    assert ("AA", "ORG", "AA") in mentions(nlp, text)
