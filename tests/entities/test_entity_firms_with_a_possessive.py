"""A firm named for its founder with the founder's possessive in its name ('Harold's Kitchen Inc', 'McDonald's
Corp'): the name read back from its legal form runs over the possessive, and the short name later joins it (real
model and pipeline). Passages of our own, and a place, a parent firm and capitals before the mark that own the firm
after it."""

from __future__ import annotations

from entity_support import mentions


def test_the_founders_possessive_opens_the_firms_name(nlp) -> None:
    found = mentions(nlp, "CHICAGO, May 3 - Harold's Kitchen Inc said it would open ten stores. "
                          "The company said sales rose.")
    assert ("Harold's Kitchen Inc", "ORG", "Harold's Kitchen Inc") in found
    assert not any(name == "Kitchen Inc" for _, _, name in found)


def test_a_possessive_straight_before_the_legal_form(nlp) -> None:
    found = mentions(nlp, "NEW YORK, May 3 - McDonald's Corp said it would raise prices. McDonald's said costs "
                          "rose.")
    assert ("McDonald's Corp", "ORG", "McDonald's Corp") in found
    assert ("McDonald's", "ORG", "McDonald's Corp") in found


def test_an_owner_before_the_mark_stays_apart(nlp) -> None:
    found = mentions(nlp, "TOKYO, May 3 - Harbor Air Corp's Coastal Air Lines Inc unit and Japan's Hoshi Kogyo Co "
                          "signed a deal. ABX's Uni-Gelenk AG unit was not part of it.")
    names = {name for _, _, name in found}
    assert {"Harbor Air Corp", "Coastal Air Lines Inc", "Hoshi Kogyo Co", "Uni-Gelenk AG"} <= names
    assert not any("'s" in name for name in names)
