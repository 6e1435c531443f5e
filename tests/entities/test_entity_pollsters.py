"""A surname right before 'poll', with the poll's own article ('the <Name> poll', 'a <Name> poll'), names the polling
firm, an organisation (real model, real pipeline). A politician whose name goes before 'poll numbers', named in full
first, and a senator speaking of a poll stay persons."""

from __future__ import annotations

from entity_support import labels_of


def test_a_surname_before_the_poll_is_the_pollster(nlp) -> None:
    text = "The Gordon poll on the breakfast show gave the opposition a narrow lead."
    assert labels_of(nlp, text, "Gordon") == {"ORG"}


def test_a_politician_before_poll_numbers_stays_a_person(nlp) -> None:
    text = "Kamala Halley leads the race. The Halley poll numbers rose again in May."
    assert labels_of(nlp, text, "Halley") == {"PERSON"}


def test_a_senator_speaking_of_a_poll_stays_a_person(nlp) -> None:
    text = "Senator Ruiz said the latest poll showed him ahead."
    assert labels_of(nlp, text, "Ruiz") == {"PERSON"}
