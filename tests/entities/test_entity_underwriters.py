"""The banks and brokers that manage a securities issue are firms, though most are named after their founders and the
model reads a person in them (real model, real pipeline): the names before 'co-managed the deal', after 'lead-managed
by' in a sentence about the issue, and after 'lead manager'. Not the persons who co-manage something else."""

from __future__ import annotations

from entity_support import labels_of


def test_names_that_co_managed_the_deal_are_firms(nlp) -> None:
    text = ("The bank is offering 100 mln dlrs of notes, said lead manager Tolland Harrow and Co. "
            "Brisk Vane and Orrin Lakewood co-managed the deal.")
    assert labels_of(nlp, text, "Orrin Lakewood") == {"ORG"}


def test_a_name_that_lead_manages_the_notes_is_a_firm(nlp) -> None:
    text = "The notes are lead-managed by Harrow Tolland, the bank said."
    assert labels_of(nlp, text, "Harrow Tolland") == {"ORG"}


def test_investors_who_co_manage_a_fund_stay_persons(nlp) -> None:
    text = "The fund will be co-managed by Tom Brisk and Anna Vane, two investors."
    assert labels_of(nlp, text, "Tom Brisk") == {"PERSON"}
    assert labels_of(nlp, text, "Anna Vane") == {"PERSON"}


def test_a_projects_lead_manager_stays_a_person(nlp) -> None:
    text = "The hospital's project lead manager Anna Vane said the wing would open in May."
    assert labels_of(nlp, text, "Anna Vane") == {"PERSON"}
