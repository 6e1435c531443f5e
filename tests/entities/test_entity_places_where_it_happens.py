"""A one-word name the model took for a person's, standing after 'in', 'at' or 'near' as where something is done
('the ore at <Town> could be shipped'), is a place's when nothing in the article shows a person: no title, no
first name, no full name it is the surname of (real model).

Our own sentences; a name after what is held in it ('confidence in <Name>') or a surname given in full stays the
person's."""

from __future__ import annotations

from entity_support import entities_of


def test_a_mine_town_where_ore_is_shipped_is_a_place(nlp) -> None:
    text = "The mine manager said the ore at Marlowe could always be shipped by road.\n"
    found = entities_of(nlp, text)
    assert ("Marlowe", "GPE") in found
    assert ("Marlowe", "PERSON") not in found


def test_a_surname_given_in_full_stays_the_person(nlp) -> None:
    text = ("Anna Kessler, a lawyer, spoke for the families. Reporters waited in the lobby as the families met "
            "with Kessler in private.\n")
    found = entities_of(nlp, text)
    assert ("Anna Kessler", "PERSON") in found
    assert not {label for name, label in found if "Kessler" in name} - {"PERSON"}


def test_a_name_investors_have_confidence_in_is_no_place(nlp) -> None:
    text = "Investors have lost confidence in Marlowe since the merger, analysts said.\n"
    assert ("Marlowe", "GPE") not in entities_of(nlp, text)
