"""A firm's legal form set off from its name by a comma (real model, real pipeline).

Our own sentences, in the shape of errors read on newswire: the model tagged the form alone as a place and the name
before the comma apart (once as a person), or tagged only the country that ends a name written in Spanish; a place
before a comma and a form-like word stays a place.
"""

from __future__ import annotations

from entity_support import label_by_text, mentions
from quote_support import quote_with


def test_the_name_before_the_comma_and_its_form_are_one_firm(nlp) -> None:
    text = "The bank sold its stake in Compania Minera del Sur, S.A., a copper producer, for 20 mln dlrs."
    labels = label_by_text(nlp, text)
    assert labels.get("Compania Minera del Sur, S.A.") == "ORG"
    assert "S.A." not in labels


def test_a_firm_the_model_took_for_a_person(nlp) -> None:
    text = "It will sell its interest in Rodamar, S.A., to a group led by Pedro Alves."
    labels = label_by_text(nlp, text)
    assert labels.get("Rodamar, S.A.") == "ORG"
    assert labels.get("Pedro Alves") == "PERSON"


def test_a_name_ending_on_a_country_speaks_as_the_firm(nlp) -> None:
    text = "MADRID, March 4 - Aceros de Bolivia, S.A. said it would cut 300 jobs at two plants."
    assert quote_with(nlp, text, "cut 300 jobs").speaker == "Aceros de Bolivia, S.A."


def test_a_thrifts_form_after_a_comma(nlp) -> None:
    text = "The deposits went to Harbor of Maine-Coastal, FSB, a federal savings bank in Portland."
    assert ("Harbor of Maine-Coastal, FSB", "ORG", "Harbor of Maine-Coastal, FSB") in mentions(nlp, text)


def test_a_place_before_a_magazine_named_for_the_form_stays_a_place(nlp) -> None:
    # the form the model left untagged joins only a firm it tagged: here it opens the title of a magazine
    text = "In Denver, Inc. magazine named Vellmar the fastest growing small firm."
    labels = label_by_text(nlp, text)
    assert labels.get("Denver") == "GPE"
    assert not any(name.startswith("Denver,") for name in labels)
