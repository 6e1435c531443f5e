"""The wire's own name run into the words after it (real model and pipeline): the dateline's 'Reuter -' is no part
of the story's first word, and the agency someone spoke to is no part of the subject of what they said. Passages of
our own in the shape of wire copy, and the agency's name alone that the rule must leave as it is."""

from __future__ import annotations

from entity_support import mentions


def test_the_datelines_sign_is_no_part_of_a_place_after_it(nlp) -> None:
    found = mentions(nlp, "OSLO, May 4, Reuter - Norway and Sweden agreed to share a new gas pipeline, officials said.")
    assert ("Norway", "GPE", "Norway") in found
    assert not any(words.startswith("Reuter") for words, _, _ in found)


def test_the_datelines_sign_before_a_common_word_names_nothing(nlp) -> None:
    found = mentions(nlp, "OSLO, May 4, Reuter - Fishing quotas for the North Sea will be cut, officials said.")
    assert not any(words.startswith("Reuter") or words == "Fishing" for words, _, _ in found)
    assert ("North Sea", "LOC", "North Sea") in found


def test_a_place_opening_the_story_stays_without_the_words_after_it(nlp) -> None:
    found = mentions(nlp, "WASHINGTON, May 4, Reuter - U.S. Transport Secretary Jane Holm said fares would rise.")
    assert ("U.S.", "GPE", "U.S.") in found
    assert not any("Reuter" in words or "Transport" in words for words, _, _ in found)


def test_what_was_told_to_the_agency_opens_a_new_name(nlp) -> None:
    found = mentions(nlp, "An official of the agency told Reuters Canada will probably back the loan soon.")
    assert ("Reuters", "ORG", "Reuters") in found
    assert ("Canada", "GPE", "Canada") in found
    found = mentions(nlp, "A Pentagon aide told Reuters Congress would vote on the plan next week.")
    assert ("Congress", "ORG", "Congress") in found


def test_the_agency_alone_stays_as_it_is(nlp) -> None:
    found = mentions(nlp, "A Pentagon aide told Reuters he knew nothing of the plan.")
    assert ("Reuters", "ORG", "Reuters") in found
