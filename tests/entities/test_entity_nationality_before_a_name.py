"""A country's adjective the model runs into the name of the person after it ("Kenyan Ann Wanjiru") is where the
person is from: a nationality beside the name, never a word of it, and never the person's role (real model)."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze
from store.analysis.entities.gazetteer import adjective_of_a_country


def test_a_nationality_before_a_full_name_is_no_word_of_it(nlp) -> None:
    text = ("Kenyan Daniel Mwangi won the ten kilometres ahead of American Tom Baker. Mwangi said the wind had "
            "helped him.")
    found = mentions(nlp, text)
    assert ("Daniel Mwangi", "PERSON", "Daniel Mwangi") in found
    assert ("Mwangi", "PERSON", "Daniel Mwangi") in found
    assert ("Kenyan", "NORP", "Kenyan") in found
    assert not any(name.startswith("Kenyan ") for _, _, name in found)


def test_a_nationality_before_a_surname_the_article_names_again(nlp) -> None:
    text = ("Tanya Petrova threw 19 metres in the first round. Russian Petrova was later disqualified for a foul, "
            "the judges said.")
    found = mentions(nlp, text)
    assert not any(name.startswith("Russian") and label == "PERSON" for _, label, name in found)
    persons = [e for e in analyze(nlp, text).entities if e.label == "PERSON"]
    assert persons and all(e.role is None for e in persons)  # "Russian" is no post she holds


def test_a_nationality_before_a_common_word_is_left_alone(nlp) -> None:
    text = "The Australian Confederation of Trade met in Perth on Tuesday to discuss the new rules."
    found = mentions(nlp, text)
    assert not any(text == "Confederation" for text, _, _ in found)


def test_the_adjectives_of_countries_and_not_given_names_or_jobs() -> None:
    assert all(adjective_of_a_country(w) for w in ("Kenyan", "Brazilian", "Italian", "Canadian", "Japanese"))
    assert not any(adjective_of_a_country(w) for w in ("Brian", "Julian", "Historian", "Susan", "Jordan"))
