"""A body a wire story opens with, written before its head's post and name, is an organisation and the head's
affiliation (real model and pipeline). Passages of our own in the shape of wire copy, and a state before a
governor's post that the rule must leave alone."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze


def test_a_body_before_its_presidents_post_is_an_organisation(nlp) -> None:
    text = "OSLO, May 4 - Nordic Bank President Peter Brandt said the krone would stay stable through the summer."
    assert ("Nordic Bank", "ORG", "Nordic Bank") in mentions(nlp, text)
    quotes = analyze(nlp, text).quotes
    assert [(q.speaker, q.speaker_role, q.affiliation) for q in quotes] == [("Peter Brandt", "President", "Nordic Bank")]


def test_a_vice_chairman_takes_the_body_too(nlp) -> None:
    text = "OSLO, May 4 - Halden Savings Board Vice Chairman Peter Brandt said the krone would stay stable."
    assert ("Halden Savings Board", "ORG", "Halden Savings Board") in mentions(nlp, text)


def test_a_state_before_a_governors_post_is_left_alone(nlp) -> None:
    text = "OSLO, May 4 - Texas Governor Peter Brandt said the krone would stay stable through the summer."
    assert not [m for m in mentions(nlp, text) if m[1] == "ORG"]
