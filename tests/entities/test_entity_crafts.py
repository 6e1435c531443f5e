"""A ship named after the kind of carrier it is ('the bulk carrier <Name>', 'an ore carrier') or set beside its kind
between commas ('a ferry, the <Name>,') is a craft, a product, in every mention, not a firm or a person (real model,
real pipeline). A carrier that flies ('the national carrier') is an airline, a name after the comma that a verb
follows is someone speaking, and one that a noun follows is the next thing of a list: none of them is the craft."""

from __future__ import annotations

from entity_support import labels_of


def test_a_bulk_carrier_is_a_craft(nlp) -> None:
    text = ("The Greek bulk carrier Aegean Dawn ran aground near the harbour on Tuesday. The Aegean Dawn was carrying "
            "iron ore to Rotterdam, its agents said.")
    assert labels_of(nlp, text, "Aegean Dawn") == {"PRODUCT"}


def test_a_carrier_named_between_commas_is_a_craft(nlp) -> None:
    text = "The Maltese ore carrier, Kestrel Bay, 81,200 dwt, was holed below the waterline, the insurer said."
    assert labels_of(nlp, text, "Kestrel Bay") == {"PRODUCT"}


def test_an_airline_and_a_speaker_after_the_comma_are_no_crafts(nlp) -> None:
    text = "The national carrier, Brindair, cut its fares. Brindair flies to 40 cities."
    assert labels_of(nlp, text, "Brindair") == {"ORG"}
    text = "Officials boarded and searched the ship, Hanley said on Monday. Hanley gave no details."
    assert "PRODUCT" not in labels_of(nlp, text, "Hanley")


def test_the_next_thing_of_a_list_is_no_craft(nlp) -> None:
    text = "The budget pays for a nuclear aircraft carrier, the Mirabeau helicopter and two frigates."
    assert labels_of(nlp, text, "Mirabeau") == {"ORG"}
