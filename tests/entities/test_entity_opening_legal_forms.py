"""A name opened by the legal form a Swedish firm writes first ('AB <Name>') is the firm's, in every mention the
article makes of it, though the model reads the form as a person's initials (real model, real pipeline). A first
name spelt like the form, in title case, is left a person's."""

from __future__ import annotations

from entity_support import labels_of, mentions


def test_a_name_opened_by_ab_is_a_firm_in_every_mention(nlp) -> None:
    text = ("STOCKHOLM, May 4 - Sweden's AB Kerstadt said its bearings unit had won an order from a German car maker. "
            "Kerstadt said the order was worth 40 mln crowns.")
    found = [(t, label, name) for t, label, name in mentions(nlp, text) if "Kerstadt" in t]
    assert found == [("AB Kerstadt", "ORG", "AB Kerstadt"), ("Kerstadt", "ORG", "AB Kerstadt")]


def test_a_truck_maker_opened_by_ab_is_a_firm(nlp) -> None:
    text = ("Swedish truck maker AB Lindqvarn agreed to buy a Dutch trailer firm. Lindqvarn said the deal needs "
            "approval.")
    assert labels_of(nlp, text, "AB Lindqvarn") == {"ORG"}
    assert labels_of(nlp, text, "Lindqvarn") == {"ORG"}


def test_a_first_name_spelt_like_the_form_stays_a_person(nlp) -> None:
    text = "Ab Hansen, the team's coach, said the players were tired."
    assert labels_of(nlp, text, "Ab Hansen") == {"PERSON"}
