"""A small town the article tags as a place where only a place stands ('the hill town of <Name>', 'fighting in
<Name> left') is that place in its other one-word mentions the model left bare, at a sentence's start most of all;
not a name the article also gives another label, a word of a person's full name, a first name, a name inside a
longer capitalised run, nor a word the model called a place only where a firm or a fuel also stands. Real model;
the model leaves such repeats bare only in long copy, so the mentions are given to the rule as it would find them.

Passages of our own in the shape of wire copy.
"""

from __future__ import annotations

from store.analysis.entities.mentions import mention_of
from store.analysis.entities.place_repeats import bare_repeats_of_places


def _given(doc, found: list[tuple[int, str]]):
    return [mention_of(doc[i : i + 1], label) for i, label in found]


def _at(doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


def _places(doc, mentions) -> list[str]:
    return [f"{m.name}@{m.start}" for m in mentions if m.label == "GPE"]


def test_a_town_tagged_once_is_the_town_where_left_bare(nlp) -> None:
    doc = nlp("Jesters said they would lead the hill town of Castelvetro in a mock revolt.\n\n"
              "Castelvetro mayor Paolo Neri said the town would declare its freedom in May.\n\n"
              "Castelvetro, perched above the river, has 5,000 people.\n")
    found = bare_repeats_of_places(doc, _given(doc, [(_at(doc, "Castelvetro"), "GPE")]))
    assert _places(doc, found) == [f"Castelvetro@{_at(doc, 'Castelvetro', k)}" for k in range(3)]


def test_a_town_the_gazetteer_knows_is_the_town_where_left_bare(nlp) -> None:
    doc = nlp("The plant in Dunstable will close.\n\nOutput at the Dunstable site will move north.\n")
    found = bare_repeats_of_places(doc, _given(doc, [(_at(doc, "Dunstable"), "GPE")]))
    assert len(_places(doc, found)) == 2


def test_a_name_after_in_alone_vouches_for_nothing(nlp) -> None:
    doc = nlp("They still believe in Zorvan, he said.\n\nZorvan is great, the crowd sang.\n")
    found = bare_repeats_of_places(doc, _given(doc, [(_at(doc, "Zorvan"), "GPE")]))
    assert len(_places(doc, found)) == 1


def test_a_name_opening_a_sentence_with_no_place_shown_stays(nlp) -> None:
    # the model's GPE on a firm's name opening a sentence vouches for nothing
    doc = nlp("Ostrovan rose on Monday after a report on gas output.\n\n"
              "Analysts said Ostrovan would sell bonds next year.\n")
    found = bare_repeats_of_places(doc, _given(doc, [(_at(doc, "Ostrovan"), "GPE")]))
    assert len(_places(doc, found)) == 1


def test_a_name_with_another_label_or_in_a_longer_name_stays(nlp) -> None:
    doc = nlp("The bus stopped in Bampton overnight.\n\nBampton Savings Bank opened a branch there.\n")
    found = bare_repeats_of_places(doc, _given(doc, [(_at(doc, "Bampton"), "GPE")]))
    assert len(_places(doc, found)) == 1
    doc = nlp("The rally in Tarvel drew a crowd.\n\nMayor Jane Tarvel spoke first.\n\nTarvel thanked the police.\n")
    given = _given(doc, [(_at(doc, "Tarvel"), "GPE")]) + [mention_of(doc[_at(doc, "Jane"):_at(doc, "Jane") + 2],
                                                                       "PERSON")]
    found = bare_repeats_of_places(doc, given)
    assert len(_places(doc, found)) == 1


def test_a_town_whose_name_is_also_a_verbs_form_is_left_where_a_verb(nlp) -> None:
    doc = nlp("The march ended in Reading on Sunday.\n\nReading the statement aloud, the officer asked for calm.\n")
    found = bare_repeats_of_places(doc, _given(doc, [(_at(doc, "Reading"), "GPE")]))
    assert len(_places(doc, found)) == 1
    doc = nlp("The march ended in Reading on Sunday.\n\nPolice named him as Reading resident Tom Vale.\n")
    found = bare_repeats_of_places(doc, _given(doc, [(_at(doc, "Reading"), "GPE")]))
    assert len(_places(doc, found)) == 2


def test_a_country_naming_its_money_is_left(nlp) -> None:
    doc = nlp("The village of Kestova lost power.\n\nRepairs cost 40,000 Kestova dlrs, officials said.\n")
    found = bare_repeats_of_places(doc, _given(doc, [(_at(doc, "Kestova"), "GPE")]))
    assert len(_places(doc, found)) == 1
