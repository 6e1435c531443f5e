"""Entities in wire copy, round 10: ports and resorts, capitals after 'U.S.', two organisations across 'and'
(real model, real pipeline).

The sentences are our own, each in the shape of a mistake seen on Reuters articles the rules were not written from.
"""

from __future__ import annotations

import pytest
from entity_support import entities_of


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Crude will be shipped from the Pacific port of Tumaco to refineries, officials said.", "Tumaco"),
        ("Ministers meet this weekend at the Belgian resort of Knokke to discuss the currency float.", "Knokke"),
    ],
)
def test_a_name_after_port_of_or_resort_of_is_a_town(nlp, text: str, town: str) -> None:
    found = entities_of(nlp, text)
    assert (town, "GPE") in found
    assert not {(town, label) for label in ("ORG", "PERSON")} & found


def test_a_common_noun_capitalised_after_us_in_copy_that_capitalises_them_all_is_no_organisation(nlp) -> None:
    text = ("TOKYO, Oct 19 - A lower dollar would harm the U.S. Economy, the official said. He said the U.S. Would "
            "never attempt to lower the range. Higher rates would depress U.S. Stock and bond markets, and the "
            "U.S. Treasury knows it, he said, citing a U.S. Television interview.")
    found = entities_of(nlp, text)
    assert ("U.S. Treasury", "ORG") in found
    assert not {name for name, _ in found} & {"U.S. Economy", "U.S. Stock", "U.S. Television"}
    assert any(name in ("U.S.", "United States") and label == "GPE" for name, label in found)


def test_an_institution_after_us_stays_whole_where_the_copy_capitalises_every_word(nlp) -> None:
    text = ("WASHINGTON, March 3 - The U.S. Would not retaliate yet, officials said. The U.S. Senate will vote on "
            "the bill, and the U.S. Is ready to talk, they said.")
    assert ("U.S. Senate", "ORG") in entities_of(nlp, text)


def test_two_organisations_the_article_also_names_alone_are_parted_at_and(nlp) -> None:
    text = ("A senior Bank of Japan official said the market overreacted. Officials from the Bank of Japan and "
            "Finance Ministry agreed in interviews. A Finance Ministry official said the accord still held.")
    found = entities_of(nlp, text)
    assert {("Bank of Japan", "ORG"), ("Finance Ministry", "ORG")} <= found
    assert not any(" and " in name for name, _ in found)


def test_a_firm_named_alone_and_a_partnership_with_its_legal_form_are_parted_at_the_first_and(nlp) -> None:
    text = ("FMC said it might appeal. That part of the case, involving a contract between FMC and Goldman Sachs and "
            "Co, would go to a state court. Goldman Sachs was FMC's investment banker.")
    found = entities_of(nlp, text)
    assert ("FMC and Goldman Sachs and Co", "ORG") not in found
    assert any(name.startswith("Goldman Sachs") and label == "ORG" for name, label in found)
    assert any(name == "FMC" for name, _ in found)


def test_a_name_whose_parts_are_not_written_alone_stays_whole(nlp) -> None:
    text = ("The Securities and Exchange Commission fined Kidder Peabody and Co, the broker said. The Securities and "
            "Exchange Commission gave no details.")
    found = entities_of(nlp, text)
    assert ("Securities and Exchange Commission", "ORG") in found
    assert ("Kidder Peabody and Co", "ORG") in found


def test_a_participle_opening_the_sentence_is_no_part_of_the_name_after_it(nlp) -> None:
    text = ("Finance minister Cesar Gaviria said the measures were flexible. Echoing Gaviria's words, Jorge Cardenas, "
            "manager of the federation, said Colombia sought to adapt.")
    found = entities_of(nlp, text)
    assert not any(name.startswith("Echoing") for name, _ in found)
    assert ("Cesar Gaviria", "PERSON") in found


def test_a_country_name_with_n_after_its_final_a_is_a_nationality(nlp) -> None:
    text = "The Ugandan government proposed taxing land and food crops. Uganda owes 984 mln dlrs abroad."
    found = entities_of(nlp, text)
    assert ("Uganda", "GPE") in found
    assert not any(name == "Ugandan" for name, _ in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Output rose to 30,000 BPD of gas liquids, the company said.", "BPD"),
        ("Manila plans to sell Philippine Investment Notes worth about 150 mln dlrs a year.", "Notes"),
    ],
)
def test_a_unit_or_a_security_is_no_name(nlp, text: str, word: str) -> None:
    assert not any(word in name for name, _ in entities_of(nlp, text))


def test_a_brokerage_named_after_its_owner_is_a_firm(nlp) -> None:
    found = entities_of(nlp, "John Tafaro, owner of Tafaro Brokerage, was reelected to the board.")
    assert ("Tafaro Brokerage", "ORG") in found
    assert ("John Tafaro", "PERSON") in found


def test_a_dateline_naming_the_country_with_the_still_gives_its_town(nlp) -> None:
    text = ("GRONINGEN, the Netherlands, March 31 - European countries must cooperate closely, the chairman told a "
            "congress here.")
    found = entities_of(nlp, text)
    assert ("Groningen", "GPE") in found
    assert ("Netherlands", "GPE") in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (('"We do plan to cover the costs by selling Philippine Investment Notes (PINs) worth about 150 mln dlrs a '
          'year."\n\nPINs are negotiable, foreign-currency denominated instruments that will be offered to creditor '
          'banks.'), "PINs"),
        ("In his budget, Lawson set no explicit target range for the broader sterling M3.", "M3"),
    ],
)
def test_securities_by_their_initials_and_money_aggregates_are_no_names(nlp, text: str, word: str) -> None:
    assert not any(name == word for name, _ in entities_of(nlp, text))


def test_a_post_and_the_field_of_a_post_are_no_organisations(nlp) -> None:
    found = entities_of(nlp, "Reagan's National Security Adviser, Frank Carlucci, added that it looked difficult.")
    assert ("Frank Carlucci", "PERSON") in found
    assert not any("Adviser" in name for name, _ in found)


def test_euromarket_instruments_and_treasury_bonds_are_no_names(nlp) -> None:
    text = ("Under review are the senior debt of issues guaranteed by the group, including Eurodebt of its Dutch unit. "
            "With Treasurys coffers full, analysts had predicted a bigger cut.")
    found = entities_of(nlp, text)
    assert not {name for name, _ in found} & {"Eurodebt", "Treasurys"}
