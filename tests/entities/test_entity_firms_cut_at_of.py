"""A firm's name with 'of' inside it, of which the legal form was read back only to 'of' ('Ohio Inc'): a place and its
legal form after 'of' and proper nouns, or anything after 'Bank of', is the end of the longer name (real model and
pipeline). Passages of our own in the shape of wire copy, and a title, a common word and a person before 'of' that
the rule must leave alone."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze


def test_the_words_before_of_and_a_place_open_the_firms_name(nlp) -> None:
    text = ("OMAHA, May 4 - Farmers Trust of Ohio Inc plans a higher quarterly payout. "
            "Farmers Trust said the payout was safe.")
    found = mentions(nlp, text)
    assert ("Farmers Trust of Ohio Inc", "ORG", "Farmers Trust of Ohio Inc") in found
    assert not any(name == "Ohio Inc" for _, _, name in found)
    assert ("Farmers Trust", "ORG", "Farmers Trust of Ohio Inc") in found
    assert {q.speaker for q in analyze(nlp, text).quotes} == {"Farmers Trust of Ohio Inc"}


def test_a_bank_of_what_is_no_place_is_one_name(nlp) -> None:
    text = ("TULSA, May 4 - Bank of Prairie Lands Corp posted a smaller profit for the quarter. "
            "The bank said losses rose.")
    found = mentions(nlp, text)
    assert ("Bank of Prairie Lands Corp", "ORG", "Bank of Prairie Lands Corp") in found
    assert not any(name == "Prairie Lands Corp" for _, _, name in found)


def test_a_title_or_a_common_word_before_of_opens_no_name(nlp) -> None:
    found = mentions(nlp, "Tom Hale, Chairman of Iowa Holdings Inc, said the sale would close in June.")
    assert ("Iowa Holdings Inc", "ORG", "Iowa Holdings Inc") in found
    assert ("Tom Hale", "PERSON", "Tom Hale") in found
    found = mentions(nlp, "Shareholders of Iowa Holdings Inc approved the merger on Friday.")
    assert ("Iowa Holdings Inc", "ORG", "Iowa Holdings Inc") in found


def test_a_person_before_of_stays_a_person(nlp) -> None:
    found = mentions(nlp, "Analyst Ruth Kell of Ohio Holdings Inc said chip orders were weak.")
    assert ("Ohio Holdings Inc", "ORG", "Ohio Holdings Inc") in found
    assert any(label == "PERSON" and name == "Ruth Kell" for _, label, name in found)


def test_a_firms_opening_taken_for_a_person_runs_on_to_its_form(nlp) -> None:
    found = mentions(nlp, "The mine is run by Gold Fields of South Africa Ltd, which said output rose.")
    assert ("Gold Fields of South Africa Ltd", "ORG", "Gold Fields of South Africa Ltd") in found
    assert not any(label == "PERSON" for _, label, _ in found)


def test_a_person_named_with_a_first_name_stays_before_of(nlp) -> None:
    found = mentions(nlp, "Analyst Ruth Kell of Canada Ltd said chip orders were weak.")
    assert ("Ruth Kell", "PERSON", "Ruth Kell") in found
