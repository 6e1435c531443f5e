"""A name whose first word opens a sentence ('<Word> <Name> will tour in May.'), of which the model tagged only the
rest: when the article names the two words together elsewhere as one name, the mention opens on the first word and
takes that name's label (real model and pipeline). Passages of our own; a sentence's first word before a name the
article never writes with it stays out."""

from __future__ import annotations

from entity_support import mentions


def test_the_opening_word_of_a_name_the_article_gives_whole(nlp) -> None:
    found = mentions(nlp, "He is a fan of the band Brave Canada. Brave Canada will tour in May.")
    assert [(text, label) for text, label, _ in found if label != "DATE"] == [("Brave Canada", "ORG")] * 2


def test_a_sentences_first_word_before_a_name_given_alone(nlp) -> None:
    found = mentions(nlp, "The fans of Brave Canada cheered. Later Canada won the vote in Geneva.")
    texts = [text for text, _, _ in found]
    assert "Canada" in texts
    assert "Later Canada" not in texts
