"""'<Country> Congress of Trade Unions', where the country is a given name too ('Kenya'): the model's one
organisation stays whole, not a person ('<Country> Congress') of 'Trade Unions' (tidy.person_of reads 'Congress' as
no word of a person's name; real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_countrys_congress_of_trade_unions_is_one_body(nlp) -> None:
    found = mentions(nlp, "Leaders of the Kenya Congress of Trade Unions met the labour minister on Friday.")
    assert ("Kenya Congress of Trade Unions", "ORG", "Kenya Congress of Trade Unions") in found
    assert not any(name == "Kenya Congress" or label == "PERSON" for name, label, _ in found)


def test_a_person_of_a_firm_is_still_parted(nlp) -> None:
    found = mentions(nlp, "Maria Lopez of Harbour Freight Lines said the strike had cost the port two days.")
    assert any(name == "Maria Lopez" and label == "PERSON" for name, label, _ in found)
