"""A country's dotted abbreviation the model left untagged ('U.K. Grocers expect', wire copy capitalising the word
after it; 'U.S. House Speaker <Name>') is the country all the same (real model, real pipeline; passages of our own
in the shape of wire copy). Not before a currency ('U.S. Dlrs' names money); opening capitalised words that end in
an organisation's word ('The U.S. Commerce Department raised'), the body is named whole. And a country's
abbreviation the model ran into a capitalised currency ('notes in U.S. Dollars', read as an organisation) names
money: no entity, as 'U.S. dlrs' gives none."""

from __future__ import annotations

import pytest
from entity_support import mentions


@pytest.mark.parametrize("text", [
    "LONDON, March 12 - U.K. Grocers expect sales to rise this spring, Hallward Stores Plc said.",
    "Marlowe Textiles Inc sought shelter on Friday from its lenders under the U.S. Bankruptcy code's Chapter 11.",
    "DENVER, June 9 - U.S. House Speaker Tom Brandel told reporters he feared for the budget.",
])
def test_an_untagged_dotted_country_is_the_country(nlp, text) -> None:
    found = [(words, label) for words, label, _ in mentions(nlp, text) if words in ("U.K.", "U.S.")]
    assert len(found) == 1 and found[0][1] == "GPE"


def test_no_country_before_a_currency(nlp) -> None:
    text = "Hallward Stores Plc said it would raise 50 mln U.S. Dlrs through a bond issue in Zurich."
    assert not [m for m in mentions(nlp, text) if m[0] == "U.S."]


def test_a_bodys_whole_name_is_left_to_the_speakers_rules(nlp) -> None:
    text = "WASHINGTON, April 3 - The U.S. Fisheries Department said catches of cod fell by 12 pct last year."
    found = {(w, label) for w, label, _ in mentions(nlp, text)}
    assert ("U.S.", "GPE") not in found and ("U.S. Fisheries Department", "ORG") in found


@pytest.mark.parametrize("text", [
    "Hallward Stores Plc may now sell its short-dated paper in U.S. Dollars or in sterling, it said.",
    "The U.S. Dollar remained the main currency of the reserves, the Ledra Finance Ministry said.",
])
def test_a_country_before_a_capitalised_currency_names_money(nlp, text) -> None:
    # the model reads 'U.S. Dollars' as an organisation; the country in it names a currency, as 'U.S. dlrs' does
    assert not [m for m in mentions(nlp, text) if m[0].startswith("U.S.")]


def test_a_country_before_a_common_word_stays(nlp) -> None:
    text = "Imports would harm U.S. Industry, the Garvey Metals Inc chairman told U.S. Legislators on Monday."
    assert [(w, label) for w, label, _ in mentions(nlp, text) if w.startswith("U.S.")] == [("U.S.", "GPE")] * 2


def test_an_untagged_body_after_a_country_is_named_whole(nlp) -> None:
    # the model tags nothing in the story's first words; the body is named whole, not the country alone
    text = "WASHINGTON, April 3 - The U.S. Commerce Department raised its estimate of steel imports for 1987, it " \
        "said in a report."
    found = {(w, label) for w, label, _ in mentions(nlp, text)}
    assert ("U.S. Commerce Department", "ORG") in found and ("U.S.", "GPE") not in found
