"""A firm named after two partners ('Pryor and Hartwell Inc') and written later without its legal form: the model
tags the last partner's name as a person and leaves the first; the words before it are the opening of the firm's
name the article gives in full, so the whole run is the firm's (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_partners_names_before_said_are_the_firm(nlp) -> None:
    text = ("Rating agency Pryor and Hartwell Inc cut its rating on the bonds of Bexley Corp.\n\n"
            "The debt of Bexley has risen sharply, Pryor and Hartwell said.")
    found = mentions(nlp, text)
    assert ("Pryor and Hartwell", "ORG", "Pryor and Hartwell Inc") in found
    assert not any(label == "PERSON" for _, label, _ in found)


def test_two_persons_are_left_alone_where_no_firm_bears_their_names(nlp) -> None:
    text = "Judge Ann Pryor and Tom Hartwell met in Ottawa. Pryor and Hartwell said the talks went well."
    found = mentions(nlp, text)
    assert ("Hartwell", "PERSON", "Tom Hartwell") in found
    assert not any(label == "ORG" for _, label, _ in found)


def test_a_person_after_an_honorific_stays_a_person(nlp) -> None:
    # the model runs the person into a firm's name once; 'Mr' and the surname open that run, but name the man
    text = ("A letter signed by Mr Hale and Dorn Partners Ltd reached the board on Monday.\n\n"
            "Mr Hale said the firm would wait for a reply.")
    assert ("Hale", "PERSON", "Hale") in mentions(nlp, text)
