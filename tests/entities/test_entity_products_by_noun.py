"""A program or a device the article names beside its kind ("the web browser Quillfox", "the Dunmore browser") is a
product, not the person the model reads for want of any other cue, in every mention; a person named in full before
such a noun stays a person (real model)."""

from __future__ import annotations

from entity_support import labels_of


def test_a_name_after_its_kind_is_a_product(nlp) -> None:
    text = ("The web browser Quillfox has won two million users in a month, its makers said. Quillfox is free to "
            "download.")
    assert labels_of(nlp, text, "Quillfox") == {"PRODUCT"}


def test_a_name_before_its_kind_is_a_product(nlp) -> None:
    text = ("Millions now use the Dunmore browser at work. Dunmore was written by volunteers, and its makers hope to "
            "win a tenth of the market.")
    assert labels_of(nlp, text, "Dunmore") == {"PRODUCT"}


def test_a_person_named_in_full_before_the_noun_stays_a_person(nlp) -> None:
    text = "Analysts said rival Ann Lee's software was cheaper, and Lee said her firm would cut prices again."
    assert labels_of(nlp, text, "Ann Lee") == {"PERSON"}
    assert labels_of(nlp, text, "Lee") == {"PERSON"}
