"""Entity kinds, round 12 (second pass): a person's full name the model took for an organisation, initials that
name a body read as a place or a people, and a group named for what it stands against read as an event (real
model, real pipeline).

The sentences are our own, each in the shape of a typing error seen on TempEval-3 wire copy, PolNeAR dev news or
the names dev split.
"""

from __future__ import annotations

import pytest
from entity_support import entities_of


def test_a_full_name_the_article_calls_she_is_a_person_though_the_first_name_is_unknown(nlp) -> None:
    text = ("Officials said Tashfeen Malik had travelled to the city in May. She had lived there for two years, "
            "and Malik was described by neighbours as quiet. Police said Malik bought the car in March.")
    found = entities_of(nlp, text)
    assert ("Tashfeen Malik", "PERSON") in found
    assert ("Tashfeen Malik", "ORG") not in found


def test_initials_that_name_no_place_are_an_organisation(nlp) -> None:
    text = ("RT reported on Monday that the talks had failed, and RT said the minister would resign. "
            "The office in Washington, DC would stay open.")
    found = entities_of(nlp, text)
    assert ("RT", "ORG") in found
    assert ("RT", "GPE") not in found
    assert ("DC", "ORG") not in found  # written where a place goes


def test_initials_read_as_a_people_are_an_organisation(nlp) -> None:
    text = "NEW YORK, Sept. 26 (UPI) -- The candidate spoke on Monday."
    assert ("UPI", "ORG") in entities_of(nlp, text)


def test_a_group_against_a_cause_is_an_organisation_not_an_event(nlp) -> None:
    text = ("Members of Iraq Veterans Against the War marched in the city on Saturday. Iraq Veterans Against the "
            "War said the protest would go on.")
    assert ("Iraq Veterans Against the War", "ORG") in entities_of(nlp, text)


def test_a_stray_word_before_a_full_name_already_given_is_no_part_of_it(nlp) -> None:
    text = ("Hillary Clinton spoke in Ohio on Monday. Supporters chanted Crooked Hillary Clinton at the rally. "
            "Hillary Clinton did not reply.")
    found = entities_of(nlp, text)
    assert ("Hillary Clinton", "PERSON") in found
    assert not any(name.startswith("Crooked") for name, _ in found)


def test_a_full_name_given_first_keeps_its_first_word(nlp) -> None:
    text = "Khalfan Khamis Mohamed was charged on Monday. Khamis Mohamed said nothing, and Mohamed left."
    assert ("Khalfan Khamis Mohamed", "PERSON") in entities_of(nlp, text)


def test_a_name_closed_by_a_legal_form_is_a_firm_whatever_an_earlier_rule_made_it(nlp) -> None:
    from store.analysis.entities.mentions import mention_of
    from store.analysis.entities.organisation_kinds import firms_by_legal_form

    doc = nlp("The plant is owned by Lumley Corp., Boston, and by Fenwick Holdings.")
    start = next(t.i for t in doc if t.text == "Lumley")
    firm = mention_of(doc[start : start + 2], "GPE")  # as a rule reading a town before its state would leave it
    other = next(t.i for t in doc if t.text == "Fenwick")
    holdings = mention_of(doc[other : other + 2], "GPE")
    firms_by_legal_form([firm, holdings])
    assert (firm.name, firm.label) == ("Lumley Corp.", "ORG")
    assert (holdings.name, holdings.label) == ("Fenwick Holdings", "GPE")  # 'Holdings' is no legal form


@pytest.mark.parametrize("name", ["Larkfield Strategies", "Copperline Network", "Harwell Ventures"])
def test_a_name_ending_in_a_word_only_a_firm_has_is_an_organisation(nlp, name) -> None:
    text = f"{name} said the advertisement was fair, and {name} added that it would run it again."
    found = entities_of(nlp, text)
    assert (name, "ORG") in found
    assert (name, "PERSON") not in found
