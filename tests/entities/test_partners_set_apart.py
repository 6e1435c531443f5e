"""A partners' firm written with commas, whose first partner the model tags apart (real model and pipeline).

Wire copy of our own: 'Tolland, Marsh and Co Inc' came out as a firm 'Tolland' and another 'Marsh and Co Inc'. A
one-word name the article writes only there, before the comma and the next partner, opens the firm's name; one the
article writes elsewhere is a name of its own.
"""

from __future__ import annotations

from entity_support import mentions


def test_a_partner_before_a_comma_opens_the_firms_name(nlp) -> None:
    text = ("NEW YORK, March 4 - Halvorsen Steel Corp said the offering will be managed by Tolland, Marsh and Co Inc "
            "and Grebe Securities Corp.")
    found = mentions(nlp, text)
    assert ("Tolland, Marsh and Co Inc", "ORG", "Tolland, Marsh and Co Inc") in found
    assert not any(name in ("Tolland", "Marsh and Co Inc") for name, _, _ in found)


def test_a_name_written_elsewhere_stays_its_own(nlp) -> None:
    text = ("CHICAGO, March 4 - Halvorsen Steel Corp said Kestrel, Marsh and Co Inc will manage the offering. "
            "Kestrel is a unit of Bream Corp.")
    assert ("Kestrel", "ORG", "Kestrel") in mentions(nlp, text)
