"""Double surnames the model cut at their hyphen (real model and pipeline): of a woman's full name it tags the given
name and first surname as the person and the second surname, with its diacritics, as a place, or tags no person at
all; her later hyphenated surname is her too. Sentences of our own, and a hyphen between two people's names and one
before a place the rule must leave alone."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze
from store.analysis.entities import gazetteer
from store.analysis.entities.double_surnames import double_surnames_split
from store.analysis.entities.mentions import mention_of


def test_the_second_surname_read_as_a_place_is_hers(nlp) -> None:
    text = ("Anna Kowalska-Wiśniewska, who heads the foundation, said donations had doubled. "
            "Kowalska-Wiśniewska spoke in Poznań.")
    found = mentions(nlp, text)
    assert ("Anna Kowalska-Wiśniewska", "PERSON", "Anna Kowalska-Wiśniewska") in found
    assert ("Kowalska-Wiśniewska", "PERSON", "Anna Kowalska-Wiśniewska") in found
    assert not any(text == "Wiśniewska" for text, _, _ in found)
    assert [q.speaker for q in analyze(nlp, text).quotes] == ["Anna Kowalska-Wiśniewska"]


def test_a_name_tagged_only_as_places_is_a_person_after_a_given_name(nlp) -> None:
    found = mentions(nlp, "Marta Dąbrowska-Zielińska said no.")
    assert ("Marta Dąbrowska-Zielińska", "PERSON", "Marta Dąbrowska-Zielińska") in found


def _split(nlp, text: str, tagged: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """The rule alone, on the model's tokens of `text` and the mentions given by token index."""
    doc = nlp(text)
    given = [mention_of(doc[start:end], label) for start, end, label in tagged]
    return [(m.name, m.label) for m in double_surnames_split(doc, given, gazetteer.places())]


def test_two_people_joined_by_a_hyphen_stay_two(nlp) -> None:
    # "Jean Marchal", "Helmut Vogt", "Marchal": the word after the hyphen is another person's surname
    text = "Jean Marchal arrived. The Helmut Vogt-Marchal talks ended."
    assert _split(nlp, text, [(0, 2, "PERSON"), (5, 7, "PERSON"), (8, 9, "GPE")]) == [
        ("Jean Marchal", "PERSON"), ("Helmut Vogt", "PERSON"), ("Marchal", "GPE")]


def test_a_place_after_the_hyphen_is_no_surname(nlp) -> None:
    text = "Tomasz Nowak-Warsaw flights were cancelled."
    assert _split(nlp, text, [(0, 2, "PERSON"), (3, 4, "GPE")]) == [("Tomasz Nowak", "PERSON"), ("Warsaw", "GPE")]
