"""'PARIS, June 9 - The Ministry of Fisheries said …': a body named by its head word, 'of' and its field or place,
which the model leaves untagged straight after a wire dateline, is the body
(untagged.bodies_of_a_field_after_the_dateline; real model and pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_a_ministry_of_a_field_after_the_dateline_is_the_body(nlp) -> None:
    found = mentions(nlp, "LIMA, June 9 - The Ministry of Fisheries raised its estimate of the anchovy catch to "
                          "4.1 mln tonnes from 3.6 mln.")
    assert ("Ministry of Fisheries", "ORG", "Ministry of Fisheries") in found


def test_an_association_of_a_trade_after_the_dateline_is_the_body(nlp) -> None:
    found = mentions(nlp, "CHICAGO, June 9 - The Association of Grain Elevator Operators asked regulators to "
                          "ease the storage rules.")
    assert ("Association of Grain Elevator Operators", "ORG", "Association of Grain Elevator Operators") in found


def test_a_name_that_goes_on_is_left(nlp) -> None:
    found = mentions(nlp, "WASHINGTON, June 9 - The Office of Tariffs and Quotas Director said the rules would "
                          "change.")
    assert not any(name == "Office of Tariffs" for name, _, _ in found)
