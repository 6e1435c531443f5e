"""'the <Adjective> Chamber of <Field> and <Field> <Members>': a chamber, federation, confederation or association
named for two fields, which the model cut at 'and' (the last field tagged a person or left untagged), runs on over
its last field (cut_names.bodies_cut_before_their_last_field; real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_an_association_of_two_crops_is_one_body(nlp) -> None:
    found = mentions(nlp, "The Kenyan Association of Tea and Coffee Farmers warned that prices were falling.")
    assert ("Kenyan Association of Tea and Coffee Farmers", "ORG", "Kenyan Association of Tea and Coffee Farmers") \
        in found
    assert not any(name == "Coffee Farmers" for name, _, _ in found)


def test_a_federation_of_two_crops_is_one_body(nlp) -> None:
    found = mentions(nlp, "A spokeswoman for the Chilean Federation of Fruit and Vegetable Growers said the frost "
                          "had cut yields.")
    assert ("Chilean Federation of Fruit and Vegetable Growers", "ORG",
            "Chilean Federation of Fruit and Vegetable Growers") in found
