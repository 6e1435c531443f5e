"""A person the model took for a work or a product (real model and pipeline): the cues that show a person it took for
a firm (a post in lower case set off after the name, the surname met alone, a title) show this one too. Passages of
our own, made-up names; a title with a possessive first, or after the kind of work it is, stays a work."""

from __future__ import annotations

from entity_support import labels_of, mentions


def test_a_person_with_a_post_after_the_name_is_a_person(nlp) -> None:
    text = 'Prices will keep rising until the summer," Otis Fernley, chief economist with Harrow Bank, said.'
    assert labels_of(nlp, text, "Otis Fernley") == {"PERSON"}
    text = 'Shoppers will stay cautious for most of the year," Tracey Ambrin, a senior analyst for Pellmark, said.'
    assert ("Tracey Ambrin", "PERSON", "Tracey Ambrin") in mentions(nlp, text)


def test_a_title_stays_a_work(nlp) -> None:
    text = "The singer read from her memoir My Life at the festival on Sunday. Life on tour was hard, she said."
    assert "PERSON" not in labels_of(nlp, text, "My Life")
    text = "The novel Otis Fernley sold a million copies last year."
    assert "PERSON" not in labels_of(nlp, text, "Otis Fernley")
