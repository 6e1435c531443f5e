"""A form of address inside what the model took for one name ("at CES Mr Reade", "Said Mr Cole"): no name holds "Mr"
or "Ms" after its first word, so the person is the one addressed, whom the article named in full before, and an
organisation's name before the address stays a name of its own. Sentences of our own."""

from __future__ import annotations

from entity_support import mentions
from quote_support import speaker_of


def test_an_event_run_into_the_addressed_name(nlp) -> None:
    text = ("Games chief Tom Reade opened the fair.\n\n"
            "During his keynote talk at CES Mr Reade, who runs the studio, said the new console would cost less.")
    found = mentions(nlp, text)
    assert ("Reade", "PERSON", "Tom Reade") in found
    assert ("CES", "ORG", "CES") in found


def test_a_speech_verb_before_the_address_is_the_named_person(nlp) -> None:
    text = ("Ian Cole, an analyst at Forrest Research, looked at the new player.\n\n"
            "Said Mr Cole: \"Underneath the styling it is just another laptop.\"")
    assert speaker_of(nlp, text, "just another laptop") == "Ian Cole"


def test_an_address_opening_a_name_is_left_to_the_titles(nlp) -> None:
    text = "Bootmaker Dr Martens said its sales rose by a fifth last year."
    assert [m for m in mentions(nlp, text) if m[0] == "Dr Martens"]
