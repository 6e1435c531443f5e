"""A body's name before its initials in brackets, of which the model tagged only the last words ('Kuantan
Authority') or two pieces around a small word: the words the initials spell are the name, and the initials join it
(real model and pipeline). Passages of our own, and names the initials already spell, which stay as they are."""

from __future__ import annotations

from entity_support import mentions


def test_the_words_the_initials_spell_open_the_name(nlp) -> None:
    text = ("SINGAPORE, May 3 - The Port of Kuantan Authority (PKA) will spend more on cranes. "
            "The PKA said traffic rose.")
    found = mentions(nlp, text)
    assert ("Port of Kuantan Authority", "ORG", "Port of Kuantan Authority") in found
    assert ("PKA", "ORG", "Port of Kuantan Authority") in found
    assert not any(name == "Kuantan Authority" for _, _, name in found)


def test_a_country_before_the_name_stays_out(nlp) -> None:
    found = mentions(nlp, "LONDON, May 3 - The U.K. Overseas Credit Guarantee Department (OCGD) said it would change "
                          "its fees. The OCGD said costs would fall.")
    assert ("OCGD", "ORG", "Overseas Credit Guarantee Department") in found


def test_a_name_cut_at_a_small_word_is_whole(nlp) -> None:
    found = mentions(nlp, "LONDON, May 3 - The Royal Society for the Protection of Birds (RSPB) said numbers "
                          "fell. The RSPB said the winter was hard.")
    assert ("RSPB", "ORG", "Royal Society for the Protection of Birds") in found
    assert not any(name == "Protection of Birds" for _, _, name in found)


def test_names_the_initials_already_spell_stay(nlp) -> None:
    found = mentions(nlp, "ROME, May 3 - Farmers told the National Grain Growers Federation (NGGF) that prices "
                          "were low.")
    assert ("NGGF", "ORG", "National Grain Growers Federation") in found
    found = mentions(nlp, "NEW YORK, May 3 - Shares of Acme Widget Corp (AWC) rose on Monday.")
    assert ("AWC", "ORG", "Acme Widget Corp") in found


def test_untagged_words_that_name_no_body_stay_untagged(nlp) -> None:
    found = mentions(nlp, "Traders said the Composite Freight Rate Gauge (CFRG) rose on Monday.")
    assert not any(label == "ORG" for _, label, _ in found)
    found = mentions(nlp, "Pupils in Galway will be taught Irish Sign Language (ISL) from next year, the school said.")
    assert not any(text == "Irish Sign Language" for text, _, _ in found)
