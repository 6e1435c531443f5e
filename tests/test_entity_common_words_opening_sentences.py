"""A common word the model tags as a person only because it opens a sentence with a capital ('Attendance was', 'Morale
is', 'Kerosene and diesel were raised') is no name, when the article never writes it capitalised inside a sentence
and it stands as a noun does (real model, real pipeline). A surname that acts as a person does ('<Surname> withdrew',
'<Surname> said', '<Surname> was chairman'), is named in full elsewhere or is called 'he' after, stays the person's."""

from __future__ import annotations

from entity_support import labels_of


def test_a_noun_opening_a_sentence_before_be_is_no_name(nlp) -> None:
    text = "The stadium was half empty. Attendance was the lowest in a decade, the club said."
    assert labels_of(nlp, text, "Attendance") == set()


def test_a_noun_opening_a_sentence_before_is_is_no_name(nlp) -> None:
    text = "Morale is low at the plant, a worker said."
    assert labels_of(nlp, text, "Morale") == set()


def test_a_noun_listed_with_a_common_noun_is_no_name(nlp) -> None:
    text = "Prices of fuel rose on Monday. Kerosene and diesel were raised by 12 percent."
    assert labels_of(nlp, text, "Kerosene") == set()


def test_a_surname_named_in_full_before_stays_a_person(nlp) -> None:
    text = "Bank chairman Tom Baker resigned on Monday. Baker was unavailable for comment."
    assert labels_of(nlp, text, "Baker") == {"PERSON"}


def test_a_surname_called_he_after_stays_a_person(nlp) -> None:
    text = "Shares fell on Monday. Baker was unavailable for comment. He had warned of losses in May."
    assert labels_of(nlp, text, "Baker") == {"PERSON"}


def test_a_surname_before_a_post_stays_a_person(nlp) -> None:
    text = "The bank has a new board. Hunter was chairman of the bank until 1990."
    assert "PERSON" in labels_of(nlp, text, "Hunter")


def test_a_surname_that_acts_stays_a_person(nlp) -> None:
    text = "The party named its candidate. Archer withdrew from the race in June. Archer later returned."
    assert labels_of(nlp, text, "Archer") == {"PERSON"}


def test_a_surname_that_speaks_stays_a_person(nlp) -> None:
    text = "Shares fell sharply. Baker said the bank would not raise its offer."
    assert labels_of(nlp, text, "Baker") == {"PERSON"}
