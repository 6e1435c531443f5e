"""A sentence whose subject is the name, "<Name> is a <calling> at <Organisation>", gives the person's post and the
organisation it is held at now; not "was", nor "is not" (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_calling_at_a_university_stated(nlp) -> None:
    text = ("Lukas Fernhof is a geologist at the University of Salzburg. \"The slope is moving faster every "
            "spring,\" he said.")
    q = quote_with(nlp, text, "The slope is moving")
    assert q.speaker == "Lukas Fernhof"
    assert q.affiliation == "University of Salzburg"
    assert q.speaker_role == "geologist"


def test_a_calling_at_a_bank_stated(nlp) -> None:
    text = "Mira Tolland is an economist at Nordbank. \"Rates will stay high for a year,\" Tolland said."
    q = quote_with(nlp, text, "Rates will stay high")
    assert q.speaker == "Mira Tolland"
    assert q.affiliation == "Nordbank"


def test_a_post_held_before_is_no_affiliation(nlp) -> None:
    text = ("Mira Tolland was an economist at Nordbank until last year. \"Rates will stay high for a year,\" Tolland "
            "said.")
    q = quote_with(nlp, text, "Rates will stay high")
    assert q.speaker == "Mira Tolland"
    assert q.affiliation is None


def test_a_university_in_a_clause_about_the_person_is_no_affiliation(nlp) -> None:
    text = ("Mira Tolland is a vet and farmer, who took her degree from the University of Salzburg. \"Water is the "
            "first worry on every farm,\" Tolland said.")
    q = quote_with(nlp, text, "Water is the first worry")
    assert q.speaker == "Mira Tolland"
    assert q.affiliation is None
