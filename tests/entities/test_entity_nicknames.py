"""A person named with a nickname in quotation marks between the given name and the surname is one person's name
(real model, real pipeline): the model cuts it at a mark, tags the nickname as a work, or drops the surname."""

from __future__ import annotations

from entity_support import mentions


def _persons(nlp, text: str) -> list[str]:
    return [name for name, label, _ in mentions(nlp, text) if label == "PERSON"]


def test_the_nickname_tagged_as_a_work_is_part_of_the_name(nlp) -> None:
    text = 'Veteran coach Reinhold "Rudi" Kessler said the team would appeal.'
    assert _persons(nlp, text) == ['Reinhold "Rudi" Kessler']


def test_the_surname_after_the_nickname_is_not_dropped(nlp) -> None:
    text = "The bank's chairman, Wilhelm \"Willy\" Brandauer, said profits rose."
    assert _persons(nlp, text) == ['Wilhelm "Willy" Brandauer']


def test_the_given_name_left_before_the_nickname_opens_the_name(nlp) -> None:
    text = 'Firefighter Aroha "Ro" Tane was hurt in the blaze on Monday.'
    assert _persons(nlp, text) == ['Aroha "Ro" Tane']


def test_a_quoted_word_between_two_names_joins_nothing(nlp) -> None:
    text = 'Maria Lopez called the plan "Reckless" Monday, and Tom Reed agreed.'
    assert "Maria Lopez" in _persons(nlp, text) and not any('"' in p for p in _persons(nlp, text))


def test_both_given_names_open_the_name(nlp) -> None:
    text = 'The award went to Anna Maria "Mia" Lindqvist, who thanked her coach.'
    assert _persons(nlp, text) == ['Anna Maria "Mia" Lindqvist']
