"""A site named by its address ('Qarvo.hu reported', 'ran on vx24.at') is an organisation, though the model takes a
country's domain ending for a place, drops the name as a common word, or tags no name in lower case; a mail address,
a full web address and two words run together at a missing space are no site (real model, sentences of our own)."""

from __future__ import annotations

from entity_support import entities_of, labels_of


def test_a_site_with_a_countrys_ending_is_named(nlp) -> None:
    text = (
        "Velmora.hu first reported the closures on Monday, and the owner of the bakery chain, Tom Baxter, "
        "confirmed them."
    )
    assert labels_of(nlp, text, "Velmora.hu") == {"ORG"}


def test_a_site_in_lower_case_is_tagged(nlp) -> None:
    text = (
        "A long interview with the goalkeeper first ran on vx24.at, a small sports site, before the papers took it up."
    )
    assert ("vx24.at", "ORG") in entities_of(nlp, text)


def test_addresses_and_run_together_words_are_no_site(nlp) -> None:
    text = (
        "Readers may write to press@velmora.com or see www.velmora.com/news for the schedule. The mayor "
        "said.he would not attend."
    )
    names = {name for name, _ in entities_of(nlp, text)}
    assert not any("velmora" in n.lower() for n in names)
    assert "said.he" not in names
