"""An institution or a building named after a titled person ('Queen <Name> University', 'Prince <Name> Hospital',
'Sultan <Name> Mosque') keeps the title as its name's first word: the title is no post of a person there, and the
name is not cut after it, whether the model tagged the title or left it out (real model, real pipeline). A titled
person stays a person."""

from __future__ import annotations

from entity_support import entities_of

from store.analysis import analyze


def test_a_university_keeps_the_queen_in_its_name(nlp) -> None:
    text = "Dr Ann Lowry, a lecturer at Queen Mary University of London, said the findings were worrying."
    assert ("Queen Mary University of London", "ORG") in entities_of(nlp, text)
    quote = next(q for q in analyze(nlp, text).quotes if q.speaker == "Ann Lowry")
    assert quote.affiliation == "Queen Mary University of London"


def test_a_hospital_keeps_the_prince_in_its_name(nlp) -> None:
    text = "The boy was taken to Prince Charles Hospital in Brisbane, police said."
    assert ("Prince Charles Hospital", "FAC") in entities_of(nlp, text)


def test_a_title_the_model_left_out_joins_the_hospital(nlp) -> None:
    text = "Queen Elizabeth Hospital in Birmingham confirmed the death."
    assert ("Queen Elizabeth Hospital", "FAC") in entities_of(nlp, text)


def test_a_university_keeps_the_king_in_its_name(nlp) -> None:
    text = "Students at King Abdulaziz University in Jeddah protested on Monday."
    assert ("King Abdulaziz University", "ORG") in entities_of(nlp, text)


def test_a_titled_person_stays_a_person(nlp) -> None:
    text = "Prince Charles visited the hospital in Brisbane on Monday, officials said."
    assert ("Charles", "PERSON") in entities_of(nlp, text)
