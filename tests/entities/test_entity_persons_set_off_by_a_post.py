"""A name whose first word the list of given names lacks, set off by commas after one person's post ('the
association's chairman, <Name>,'), is a person's, though the model reads an organisation (real model and
pipeline). Passages of our own; the people and bodies are made up."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_after_a_chairman_is_a_person(nlp) -> None:
    text = "The association's chairman, Nuwan Rathnayake, told a rally of nurses outside the hospital."
    assert labels_of(nlp, text, "Nuwan Rathnayake") == {"PERSON"}


def test_a_name_after_a_president_is_a_person(nlp) -> None:
    text = "The federation's president, Wasantha Dissanayake, told a rally of teachers outside the station."
    assert labels_of(nlp, text, "Wasantha Dissanayake") == {"PERSON"}


def test_a_firm_set_off_after_a_post_stays_a_firm(nlp) -> None:
    text = "Its adviser, Kolvane Holdings, said the deal was done."
    assert labels_of(nlp, text, "Kolvane Holdings") == {"ORG"}
