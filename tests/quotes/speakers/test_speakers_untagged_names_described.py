"""A speaker whose name the model left untagged keeps the post the article gives beside it (real model).

Our own sentences, in the shape of role misses read in Wikinews copy: a paragraph opens on a name with a given
name the model does not know, then the post ("<Name>, a spokesperson for the coast guard, told …"). The model
tags no name there, so the entities never read the post and the quote had no role; the same name with a known
given name had it. A name with no description stays with none.
"""

from __future__ import annotations

from quote_support import quote_with

_BEFORE = "A storm flattened three villages on the coast on Sunday.\n\n"


def test_a_post_after_an_untagged_name(nlp) -> None:
    text = _BEFORE + "Piotr Gajek, a spokesperson for the coast guard, told reporters two boats were missing."
    q = quote_with(nlp, text, "two boats were missing")
    assert (q.speaker, q.speaker_role) == ("Piotr Gajek", "spokesperson")


def test_a_post_held_at_an_organisation(nlp) -> None:
    text = _BEFORE + "Jasim Rahat, a spokesman for Northwind Airlines, said all flights to the islands were cancelled."
    q = quote_with(nlp, text, "all flights to the islands")
    assert (q.speaker, q.speaker_role, q.affiliation) == ("Jasim Rahat", "spokesman", "Northwind Airlines")


def test_a_post_written_before_the_noun(nlp) -> None:
    text = _BEFORE + "Wiesław Kądzior, a coast guard spokesman, said two boats were missing."
    q = quote_with(nlp, text, "two boats were missing")
    assert q.speaker == "Wiesław Kądzior" and q.speaker_role and q.speaker_role.endswith("spokesman")


def test_no_description_no_post(nlp) -> None:
    text = _BEFORE + "Piotr Gajek said two boats were missing and the harbour was closed."
    q = quote_with(nlp, text, "two boats were missing")
    assert q.speaker == "Piotr Gajek" and q.speaker_role is None and q.affiliation is None


def test_a_firm_described_as_a_subsidiary_gets_no_post(nlp) -> None:
    # wire copy opens on a firm the model leaves untagged; its kind is no person's post
    text = ("TULSA, Okla., March 3 - Harlow Brooks, a subsidiary of Dentex Corp, said it plans to build a plant "
            "near the city.")
    q = quote_with(nlp, text, "plans to build a plant")
    assert q.speaker == "Harlow Brooks" and q.speaker_role is None
