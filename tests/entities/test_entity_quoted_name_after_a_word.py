"""A quoted name the model ran the word before its opening mark into ('the Pacific "Ring of Fire"'): the name opens
after the mark. A nickname closed inside a person's name stays in it. Sentences and names of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_word_before_the_mark_is_left_out(nlp) -> None:
    found = mentions(nlp, 'Officials at the Pacific "Warning Centre" said nothing about the swell.')
    assert any(text == "Warning Centre" for text, _, _ in found)
    assert not any('"' in text or text.startswith("Pacific") for text, _, _ in found)


def test_a_nickname_closed_inside_the_name_stays(nlp) -> None:
    found = mentions(nlp, 'The crowd cheered as Tomas "Bullet" Renko crossed the line first on Sunday.')
    assert not any(text in ("Bullet", 'Bullet"', "Bullet\" Renko") for text, _, _ in found)
