"""A band named after its kind ('Irish band <Name>', 'group <Name>') is an organisation, though the model took the
name for a product, a work or an event (real model and pipeline). Passages of our own, made-up bands; a product
after a firm's kind stays a product."""

from __future__ import annotations

from entity_support import labels_of


def test_a_band_after_its_kind_is_an_organisation(nlp) -> None:
    text = "Irish band K7 have won a special prize at the music awards in Paris. K7 thanked their fans."
    assert labels_of(nlp, text, "K7") == {"ORG"}
    text = "The show was won by boy band Z4 last year."
    assert labels_of(nlp, text, "Z4") == {"ORG"}
    text = "The judges praised singer Ann Lee and group Q5, who sang last."
    assert labels_of(nlp, text, "Q5") == {"ORG"}


def test_a_product_after_a_firms_kind_stays(nlp) -> None:
    text = "The electronics group said its Lantern 9 handset would go on sale in May."
    assert "ORG" not in labels_of(nlp, text, "Lantern 9")
    text = "The company launched the PlayStation 9 console in Tokyo on Friday."
    assert labels_of(nlp, text, "PlayStation 9") == {"PRODUCT"}
