"""A firm's arm named for its market ("Quillsoft Europe") is an organisation, however often the model reads a
person's name in it: no one's surname is a continent. A name opening with a first name is left alone (real model)."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_closed_by_a_continent_is_a_firms(nlp) -> None:
    text = ("A campaign by Zentrix Europe to block junk mail has been put on hold. Zentrix Europe now plans a new "
            "screensaver.")
    assert labels_of(nlp, text, "Zentrix Europe") == {"ORG"}
    text = "Quillsoft Europe has closed two offices. The statement issued by Quillsoft Europe gave no reason."
    assert labels_of(nlp, text, "Quillsoft Europe") == {"ORG"}


def test_a_person_named_with_a_first_name_stays_a_person(nlp) -> None:
    text = "The singer Maya Africa will tour next spring, and Maya Africa said the dates would follow."
    assert labels_of(nlp, text, "Maya Africa") == {"PERSON"}
