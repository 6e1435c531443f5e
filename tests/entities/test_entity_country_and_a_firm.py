"""A country and a firm joined by 'and' ('..., Ghana and Harrow Bank Plc said', '<Firm> SA of France and <Firm>
Corp') are two names, where the name read back from the legal form ran over the country; a firm named for two
places stays whole, and a Spanish firm's name joined by 'y' is one name (real model and pipeline). Passages of our
own."""

from __future__ import annotations

from entity_support import mentions


def test_a_country_before_and_is_no_part_of_the_firm(nlp) -> None:
    found = mentions(nlp, "LONDON, May 3 - A date has been set for the signing, Ghana and Harrow Bank Plc said in a "
                          "joint statement.")
    assert ("Ghana", "GPE", "Ghana") in found
    assert ("Harrow Bank Plc", "ORG", "Harrow Bank Plc") in found
    found = mentions(nlp, "PARIS, May 3 - The venture is owned by Lorrain Acier SA of France and Harbor Steel Corp of the "
                          "U.S.")
    assert ("Harbor Steel Corp", "ORG", "Harbor Steel Corp") in found
    assert not any(text.startswith("France and") for text, _, _ in found)


def test_a_spanish_firms_y_joins_its_name(nlp) -> None:
    found = mentions(nlp, "MADRID, May 3 - Spain's Aceites de Sevilla y Cordoba S.A. said it would host a meeting.")
    assert ("Aceites de Sevilla y Cordoba S.A.", "ORG", "Aceites de Sevilla y Cordoba S.A.") in found


def test_a_firm_named_for_two_places_stays_whole(nlp) -> None:
    found = mentions(nlp, "HONG KONG, May 3 - Hongkong and Shanghai Banking Corp said profits rose.")
    assert ("Hongkong and Shanghai Banking Corp", "ORG", "Hongkong and Shanghai Banking Corp") in found
