"""A body's name spelt out before its initials in brackets, opening a sentence with 'The' (real model and pipeline):
'The' is no part of the name unless the initials spell it. Passages of our own in the shape of wire copy."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze


def test_the_opening_a_sentence_is_left_off_the_name(nlp) -> None:
    text = ("WASHINGTON, May 4 - The Federal Maritime Board (FMB) today approved the merger of two shipping lines. "
            "The FMB said the lines had met its terms.")
    found = mentions(nlp, text)
    assert ("Federal Maritime Board", "ORG", "Federal Maritime Board") in found
    assert ("FMB", "ORG", "Federal Maritime Board") in found
    assert not any(name.startswith("The ") for _, _, name in found)
    assert {q.speaker for q in analyze(nlp, text).quotes} == {"Federal Maritime Board"}


def test_the_stays_where_the_initials_spell_it(nlp) -> None:
    found = mentions(nlp, "LONDON, May 4 - The Times Housing Group (TTHG) said it sold two blocks of flats.")
    assert ("The Times Housing Group", "ORG", "The Times Housing Group") in found
