"""Where a firm is based ('the U.S.-based <Firm> Corp', 'Calif.-based <Firm> Inc') is no part of its name, which the
model ran the two into; the firm opens after 'based' (real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_base_before_a_firm_is_left_off_its_name(nlp) -> None:
    found = mentions(nlp, "CHICAGO, May 3 - The Ohio-based Lanko Industries Corp agreed to acquire the U.S.-based "
                          "Tarnby Chemical Corp for 40 mln dlrs. Irvine, Calif.-based Harlow Glass Inc said it would "
                          "not bid.")
    assert ("Tarnby Chemical Corp", "ORG", "Tarnby Chemical Corp") in found
    assert ("Harlow Glass Inc", "ORG", "Harlow Glass Inc") in found
    assert not any("based" in text for text, _, _ in found)


def test_a_base_after_the_name_changes_nothing(nlp) -> None:
    found = mentions(nlp, "CHICAGO, May 3 - Lanko Industries Corp, an Ohio-based maker of valves, said it would buy a "
                          "plant from Tarnby Chemical Corp.")
    assert ("Lanko Industries Corp", "ORG", "Lanko Industries Corp") in found
