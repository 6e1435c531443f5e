"""'rated A by S and P. Harwick Securities Inc co-managed': two letters joined by 'and' with a stop on the second end
the sentence, so the agency's name stops there and the next sentence's firm is a name of its own (real model and
pipeline). Passages of our own."""

from __future__ import annotations

from entity_support import mentions


def test_the_letters_stop_ends_the_name(nlp) -> None:
    text = ("The notes carry a Baa-1 grade from Moody's and BBB-plus from S and P. Hollis Securities Inc co-managed the offering.")
    names = {name for name, label, _ in mentions(nlp, text) if label == "ORG"}
    assert "Hollis Securities Inc" in names
    assert not any(name.startswith("S and P") and "Hollis" in name for name in names)


def test_a_legal_form_opening_the_next_sentence_is_no_name(nlp) -> None:
    text = ("The bonds were sold through Hollis and Co Inc. They carry a Baa-1 grade from Moody's and BBB-plus from S and P. "
            "Co-managers are Dunmore Securities and Kell Bank.")
    assert "Co" not in {name for name, _, _ in mentions(nlp, text)}
