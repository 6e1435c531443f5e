"""A country's capital the model types an organisation or a person, in an article that names the country or writes
its people's adjective, is the capital standing for its government, typed GPE (real model, real pipeline). A
capital's name that opens a person's full name in the article is the person's."""

from __future__ import annotations

from entity_support import labels_of


def test_a_capital_speaking_for_a_country_named_by_its_adjective(nlp) -> None:
    text = "Oslo wants the pipeline finished by next year, the Norwegian energy minister said."
    assert labels_of(nlp, text, "Oslo") == {"GPE"}


def test_a_capital_speaking_for_a_country_named_in_the_article(nlp) -> None:
    text = "Santiago seeks new buyers for its copper in Asia as Chile's economy slows."
    assert labels_of(nlp, text, "Santiago") == {"GPE"}


def test_a_capital_that_is_a_persons_first_name_stays_the_person(nlp) -> None:
    text = "Chilean novelist Santiago Morales won the prize on Sunday. Santiago thanked his readers in a short speech."
    assert "GPE" not in labels_of(nlp, text, "Santiago")
