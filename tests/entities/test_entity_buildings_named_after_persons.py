"""A building's kind in lower case right after a name ("the <First> <Surname> hospital") says the name is the
building's (FAC), though a person's full name: the model's PERSON is not put back; the same name written without
the kind stays a person (real model)."""

from __future__ import annotations

from entity_support import label_by_text

_WARD = "Ana Ortiz, a nurse at the Marta Serrano hospital in Seville, said the ward had been full since Monday."


def test_a_persons_name_before_hospital_is_the_building(nlp) -> None:
    labels = label_by_text(nlp, _WARD)
    assert labels.get("Marta Serrano") == "FAC"
    assert labels.get("Ana Ortiz") == "PERSON"


def test_a_persons_name_without_the_kind_stays_a_person(nlp) -> None:
    text = _WARD.replace("the Marta Serrano hospital", "a hospital run by Marta Serrano")
    assert label_by_text(nlp, text).get("Marta Serrano") == "PERSON"
