"""A paper's title of its language's article and a word only a paper's title puts after it ('Le Figaro', 'Il
Giornale', 'Die Welt') is the paper, an organisation, though the model takes the article for a first name (real
model, real pipeline). A person whose name opens with such an article keeps their kind."""

from __future__ import annotations

from entity_support import labels_of


def test_a_french_paper_is_the_paper(nlp) -> None:
    text = "Speaking to Le Figaro on Sunday, the minister ruled out a rate cut."
    assert labels_of(nlp, text, "Le Figaro") == {"ORG"}


def test_an_italian_paper_after_according_to_is_the_paper(nlp) -> None:
    text = "According to Il Giornale, two banks want to buy the insurer."
    assert labels_of(nlp, text, "Il Giornale") == {"ORG"}


def test_a_german_paper_is_the_paper(nlp) -> None:
    text = "Tax cuts are coming soon, Schreiber said in remarks published by Die Welt."
    assert labels_of(nlp, text, "Die Welt") == {"ORG"}


def test_a_person_whose_name_opens_with_an_article_stays_a_person(nlp) -> None:
    text = "Finance chief Les Marsh said the bank would cut costs."
    assert labels_of(nlp, text, "Les Marsh") == {"PERSON"}
