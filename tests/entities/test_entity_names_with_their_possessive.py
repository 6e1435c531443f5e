"""A name the article never writes without its "'s" ("grades from Moody's and ...", "... from Moody's.") keeps
the mark where nothing but an ending, 'and' or a verb follows it; a name also written bare keeps a possessive's
mark off (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_name_always_written_with_its_mark_keeps_it(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 3 - Halvorsen Mills Inc will place 80 mln dlrs in notes maturing in 1997. "
                          "They carry grades from Moody's and from Fitch.")
    assert ("Moody's", "ORG", "Moody's") in found
    assert not any(text == "Moody" for text, _, _ in found)


def test_a_name_written_bare_elsewhere_keeps_its_possessive_apart(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 3 - Halvorsen Mills Inc hopes to win the plant. Rivals are weighing "
                          "offers of their own, including Halvorsen Mills Inc's.")
    assert not any(text.endswith("'s") for text, _, _ in found)


def test_a_firm_named_with_its_legal_form_keeps_its_possessive_apart(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 3 - Halvorsen Mills Corp said that Dunmore Corp's planned five mln dlr offer "
                          "would not succeed.")
    assert ("Dunmore Corp", "ORG", "Dunmore Corp") in found
