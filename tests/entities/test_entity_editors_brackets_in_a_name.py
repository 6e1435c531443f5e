"""A quoted speaker's first name, and the surname the paper adds in square brackets ('Jerry [<Surname>] and I'):
the brackets are no part of the person's name. Sentences and people of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_brackets_leave_the_name(nlp) -> None:
    found = mentions(nlp, 'The actor said a reboot was being considered. "Jerry [O\'Connell] and I are talking to the '
                          'network," he said.')
    assert any(label == "PERSON" and canonical == "Jerry O'Connell" for _, label, canonical in found)
    assert not any("[" in canonical for _, _, canonical in found)


def test_a_name_without_brackets_is_as_written(nlp) -> None:
    found = mentions(nlp, '"We asked [Holm] to stay," he said of Marta Holm, the producer.')
    assert ("Marta Holm", "PERSON", "Marta Holm") in found
