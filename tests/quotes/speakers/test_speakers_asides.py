"""Sources the parse hid behind an aside (real model).

Our own sentences, in the shapes of speaker errors read on unseen Reuters copy: "He applauded the agreement …,
saying X" given to "agreement", "Consul officials told an analysts meeting that X" to "analysts", and
"Pillsbury Corp, reporting lower earnings, said X" found with no source at all.
"""

from __future__ import annotations

import pytest
from quote_support import quote_with


def test_saying_hung_on_the_object_is_the_subjects(nlp) -> None:
    text = ("Governor Amadou Keita spoke in Dakar.  He applauded last week's agreement between producers and consumers "
            "on the functioning of a new international cocoa pact, saying negotiation of other commodity accords would "
            "benefit the region's countries.")
    assert quote_with(nlp, text, "negotiation of other commodity accords").speaker == "Amadou Keita"


def test_a_meeting_told_is_no_source(nlp) -> None:
    text = "Consul officials told an analysts meeting that in return for each bond, investors will receive 10 shares."
    assert quote_with(nlp, text, "investors will receive").speaker == "Consul officials"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (("MINNEAPOLIS, March 19 - Pillsbury Corp, reporting lower earnings for the third quarter ended February 28, "
          "said a strong performance by its Foods Group was offset by Restaurants Group declines."),
         "a strong performance by its Foods Group", "Pillsbury Corp"),
        (("Delmont Corp, reporting higher earnings for the first quarter, said a strong performance by its chemicals "
          "unit offset weak sales."), "a strong performance by its chemicals", "Delmont Corp"),
    ],
)
def test_subject_before_a_participle_aside_speaks(nlp, text: str, fragment: str, speaker: str) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Unlike Fiat, Volkswagen AG (VW) says this is a cost the Germans have to bear.", "this is a cost",
         "Volkswagen AG"),
        ("Unlike Shell, British Petroleum Co Plc (BP) says this is a risk the industry has to take.", "this is a risk",
         "British Petroleum Co Plc"),
    ],
)
def test_the_one_compared_with_is_no_source(nlp, text: str, fragment: str, speaker: str) -> None:
    assert quote_with(nlp, text, fragment).speaker == speaker


def test_the_banks_at_large_are_not_the_company_named_last(nlp) -> None:
    text = ("Western lenders, according to a survey by Euromoney, remain cautious about new loans. "
            "The banks insist that they want more flexible terms from debtors.")
    assert quote_with(nlp, text, "they want more flexible terms").speaker == "banks"


def test_a_circular_speaks_for_its_issuer(nlp) -> None:
    text = ("The Bahrain Monetary Agency has issued a circular to all commercial banks outlining a new policy from "
            "April 1. The circular, released officially to Reuters, said current arrangements will no longer be valid.")
    assert quote_with(nlp, text, "current arrangements will").speaker == "Bahrain Monetary Agency"
