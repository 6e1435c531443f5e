"""A country or a town whose name holds 'and', 'of' or a particle ('Antigua and Barbuda', 'Port of Spain'), which the
model cut at that word, is one place; a name that runs on past the place takes it whole
(cut_names.places_cut_at_a_small_word; real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_capital_cut_at_of_is_one_town(nlp) -> None:
    found = mentions(nlp, "Cargo bound for Port of Spain was held at the quay, the harbour master said.")
    assert ("Port of Spain", "GPE", "Port of Spain") in found
    assert not any(name in ("Port", "Spain") for name, _, _ in found)


def test_a_country_cut_at_and_is_one_country(nlp) -> None:
    found = mentions(nlp, "The ferry between Antigua and Barbuda's two islands was cancelled, officials said.")
    assert ("Antigua and Barbuda", "GPE", "Antigua and Barbuda") in found


def test_a_body_named_after_the_country_takes_it_whole(nlp) -> None:
    found = mentions(nlp, "The Bosnia and Herzegovina Chamber of Commerce warned that exports would fall.")
    assert ("Bosnia and Herzegovina Chamber of Commerce", "ORG", "Bosnia and Herzegovina Chamber of Commerce") \
        in found


def test_the_port_of_a_town_cut_at_of_is_a_facility(nlp) -> None:
    found = mentions(nlp, "Workers at the Port of Port of Spain stopped work on Monday.")
    assert ("Port of Port of Spain", "FAC", "Port of Port of Spain") in found


def test_a_country_tagged_whole_is_left(nlp) -> None:
    found = mentions(nlp, "Delegates from Bosnia and Herzegovina arrived on Tuesday.")
    assert ("Bosnia and Herzegovina", "GPE", "Bosnia and Herzegovina") in found
