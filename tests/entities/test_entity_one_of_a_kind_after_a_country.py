"""A common noun that wire copy capitalises after a country's dotted abbreviation, under 'a', 'another' or a
possessive ('a dealer at a U.S. Bank', 'opened by a U.S. Company', 'its U.S. Subsidiary, <Firm> Inc,'), is one of a kind,
no name: the country stays a place of its own and the noun goes (real model, real pipeline). A body's own name
after the abbreviation ('the U.S. Mint') and a name under an article that belongs to the noun after it ('a U.S. Air
Force jet') stay whole. Passages of our own."""

from __future__ import annotations

import pytest
from entity_support import entities_of


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ('FRANKFURT, May 4 - "Volumes are light," one trader with a U.S. Bank told us. He saw no change.', "Bank"),
        ("TOKYO, May 4 - The Hollin mine, opened in 1902 by a U.S. Company, may reopen next year.", "Company"),
        (
            "LONDON, May 4 - Harbin Holdings Plc said its U.S. Subsidiary, Tarrow Foods Inc, bought the shares.",
            "Subsidiary",
        ),
    ],
)
def test_a_common_noun_after_a_or_a_possessive_is_no_part_of_a_name(nlp, text: str, noun: str) -> None:
    found = entities_of(nlp, text)
    assert ("U.S.", "GPE") in found
    assert not any(name == f"U.S. {noun}" for name, _ in found)


def test_a_bodys_name_after_the_stays_whole(nlp) -> None:
    text = "WASHINGTON, May 4 - The U.S. Mint said it will sell more gold coins this year."
    assert ("U.S. Mint", "ORG") in entities_of(nlp, text)


def test_an_article_on_the_noun_after_the_name_leaves_the_name_whole(nlp) -> None:
    text = "OSLO, May 4 - The envoy flew home on a U.S. Air Force plane late on Sunday."
    assert ("U.S. Air Force", "ORG") in entities_of(nlp, text)
