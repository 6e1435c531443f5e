"""A firm's short name run into an officer's post before the holder's name is the firm, not a person (real model and
pipeline). Passages of our own in the shape of wire copy, and a minister's post the rule must leave alone."""

from __future__ import annotations

from entity_support import mentions


def test_a_firm_before_its_chairman_is_an_organisation(nlp) -> None:
    text = ("MIAMI, May 4 - Speaking to local business leaders, Halvorsen Chairman Peter Brandt criticised the new "
            "tariff plan on Friday.")
    found = mentions(nlp, text)
    assert ("Halvorsen", "ORG", "Halvorsen") in found
    assert not [m for m in found if m[1] == "PERSON" and "Chairman" in m[0]]
    assert ("Peter Brandt", "PERSON", "Peter Brandt") in found


def test_a_ministers_post_before_the_name_is_left_alone(nlp) -> None:
    text = "OSLO, May 4 - Finance Minister Peter Brandt said the krone would stay stable through the summer."
    found = mentions(nlp, text)
    assert not [m for m in found if m[1] == "ORG"]
    assert ("Peter Brandt", "PERSON", "Peter Brandt") in found
