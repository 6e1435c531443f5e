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


# the other agency's scale, its notch joined by a dash: the model reads 'B-2' as a product's model number
NOTCHED = ("NEW YORK, March 4 - Moody's Investors Service Inc said it lowered its ratings of Halvorsen Steel Corp's "
           "senior debt to B-2 from Ba-3 and of its subordinated notes to B-3 from B-1. The agency said weak demand "
           "for plate steel hurt the company.")


def test_a_notched_grade_in_a_story_about_ratings_is_no_entity(nlp) -> None:
    found = mentions(nlp, NOTCHED)
    assert not any(text in ("B-1", "B-2", "B-3", "Ba-3") for text, _, _ in found)
    assert ("Halvorsen Steel Corp", "ORG", "Halvorsen Steel Corp") in found


def test_an_aircraft_named_like_a_grade_stays_in_a_story_about_ratings(nlp) -> None:
    text = ("NEW YORK, March 4 - Moody's Investors Service Inc on Tuesday downgraded Norfield Aircraft Corp's senior "
            "notes to Ba-1 from Baa-3. The company builds parts for the B-1 bomber and for airliners.")
    assert ("B-1", "PRODUCT", "B-1") in mentions(nlp, text)


# a grade run into the rated firm's name: the name opens after it, and the firm's short name is that firm's
RUN_IN = ("NEW YORK, March 4 - Moody's Investors Service Inc said it lowered Ba-2 Norfield Mills Inc's senior debt "
          "to B-1 and affirmed the BBB Carrow Paper Co notes, citing weak demand.")


def test_a_grade_run_into_a_firms_name_is_cut_off(nlp) -> None:
    found = mentions(nlp, RUN_IN)
    assert ("Norfield Mills Inc", "ORG", "Norfield Mills Inc") in found
    assert ("Carrow Paper Co", "ORG", "Carrow Paper Co") in found
    assert not any(text.startswith(("Ba-2", "BBB")) for text, _, _ in found)


def test_the_short_term_scale_is_a_grade(nlp) -> None:
    text = ("NEW YORK, March 4 - Moody's Investors Service Inc said it affirmed the P-1 rating of Carrow Paper Co's "
            "commercial paper and the A-1 rating of its notes.")
    assert not any(text == "P-1" for text, _, _ in mentions(nlp, text))


def test_a_sign_spelt_out_after_a_dash_is_part_of_the_grade() -> None:
    from store.analysis.entities.ratings import is_grade

    assert is_grade("BBB-plus") and is_grade("BB-minus") and not is_grade("BBB-Plus Corp")
