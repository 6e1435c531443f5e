"""A firm's letters joined by 'and' ('S and P', 'D and P') are one short form, where the model tagged the last
letter alone; they take the full name the article gives (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_last_letter_alone_becomes_the_short_form(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 3 - Dunmore and Pratt Corp lifted its grade for the notes of "
                          "Halvorsen Mills Inc to A-minus. The upgrade reflects a stronger balance sheet after the "
                          "sale of two plants, D and P said. But D and P said the mill still faces weak demand for its "
                          "cloth.")
    assert ("P", "ORG", "P") not in found
    assert [c for text, _, c in found if text == "D and P"] == ["Dunmore and Pratt Corp"] * 2


def test_letters_naming_kinds_of_a_thing_are_left_alone(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 3 - Dunmore and Pratt Corp plans to offer Class A and B shares of its "
                          "Halvorsen Mills Inc unit.")
    assert not any(text == "A and B" for text, _, _ in found)
