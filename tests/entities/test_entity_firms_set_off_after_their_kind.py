"""A name set off by commas right after a lower-case kind of firm that the article qualifies ('the second biggest
phone operator, <Name>,') is the firm's, as the same name straight after the noun is; 'provider', 'unit', 'affiliate',
'chain', 'enterprise' and 'railway' are such kinds ('web mail provider <Name>', 'its Swedish unit <Name>'). The model,
with no cue right before the name, reads it as a person's (real model, real pipeline). A person's full name set off
after a firm's noun stays a person's, and a town the model saw as one stays a town after 'unit' (a power station's
unit named for its town)."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_set_off_after_a_qualified_kind_of_firm_is_the_firm(nlp) -> None:
    text = "Britain's second biggest mobile phone operator, Tremlett, plans to sell songs to phones."
    assert labels_of(nlp, text, "Tremlett") == {"ORG"}


def test_a_provider_named_after_its_kind_is_a_firm(nlp) -> None:
    text = "Users of web mail provider Tremlett complained of delays on Monday."
    assert labels_of(nlp, text, "Tremlett") == {"ORG"}


def test_a_provider_set_off_after_its_kind_is_a_firm(nlp) -> None:
    text = "Europe's largest online music provider, Garside, plans to sell songs to phones."
    assert labels_of(nlp, text, "Garside") == {"ORG"}


def test_a_persons_full_name_set_off_after_a_firm_stays_a_person(nlp) -> None:
    text = "The chief of the local chemicals group, Tom Garside, said sales rose."
    assert labels_of(nlp, text, "Tom Garside") == {"PERSON"}


def test_a_unit_named_after_its_kind_is_a_firm(nlp) -> None:
    text = "Its Swedish unit Tremlett made a loss, the group said."
    assert labels_of(nlp, text, "Tremlett") == {"ORG"}


def test_a_generating_unit_named_for_its_town_stays_a_town(nlp) -> None:
    text = "Work on generating unit Maidstone 3 will start next year, the utility said."
    assert labels_of(nlp, text, "Maidstone") == {"GPE"}
