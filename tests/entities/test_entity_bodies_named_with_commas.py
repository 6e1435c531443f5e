"""A body's name written with commas ('... Educational, Scientific and Cultural Organization', 'a Subcommittee on
Forests, Parks and Recreation') is one name, not the piece after its last comma or before its first (real model and
pipeline). Passages of our own; lists of bodies and of firms that the rule must leave alone."""

from __future__ import annotations

from entity_support import mentions


def test_a_list_ending_on_the_bodys_head_is_one_name(nlp) -> None:
    found = mentions(nlp, "LONDON, May 3 - The British Paper, Board and Packaging Federation said orders fell in "
                          "April. The federation blamed weak demand.")
    names = {name for _, label, name in found if label == "ORG"}
    assert "British Paper, Board and Packaging Federation" in names
    assert "Packaging Federation" not in names


def test_a_list_after_a_bodys_head_and_of_is_one_name(nlp) -> None:
    found = mentions(nlp, "OTTAWA, May 3 - The Ministry of Energy, Mines and Resources said it would review "
                          "the fees next month.")
    assert ("Ministry of Energy, Mines and Resources", "ORG", "Ministry of Energy, Mines and Resources") in found
    found = mentions(nlp, "WASHINGTON, May 3 - The Senate Subcommittee on Forests, Parks and Recreation approved "
                          "the bill on Monday.")
    names = {name for _, _, name in found}
    assert "Senate Subcommittee on Forests, Parks and Recreation" in names
    assert "Parks" not in names


def test_a_council_named_for_three_crops_is_one_name(nlp) -> None:
    found = mentions(nlp, "GENEVA, May 3 - The World Wheat, Barley and Oats Council said stocks would shrink. "
                          "The council met on Tuesday.")
    assert any(name == "World Wheat, Barley and Oats Council" for _, _, name in found)


def test_lists_of_bodies_and_of_firms_stay_apart(nlp) -> None:
    found = mentions(nlp, "The Energy Department, Treasury and Commerce Department agreed on the plan on Monday.")
    names = {name for _, _, name in found}
    assert {"Energy Department", "Commerce Department"} <= names
    found = mentions(nlp, "Loans came from Bank of Osaka, Kansai Bank and Sanyo Bank, the company said.")
    names = {name for _, _, name in found}
    assert {"Bank of Osaka", "Kansai Bank", "Sanyo Bank"} <= names


def test_a_name_the_model_opened_further_back_keeps_its_opening(nlp) -> None:
    found = mentions(nlp, "Tom Hale, who leads the House of Representatives Committee on Energy, Water and Trade, "
                          "said the bill would pass.")
    names = {name for _, _, name in found}
    assert "House of Representatives Committee on Energy, Water and Trade" in names
    assert "Representatives Committee on Energy, Water and Trade" not in names
