"""A network's name run onto the handle after it in a columnist's sign-off ('Follow <Name> on <Network>
@<handle>'), which the model reads as a person: the network is an organisation (real model, real pipeline;
sentences of our own, names made up)."""

from __future__ import annotations

from entity_support import mentions

_SIGN_OFF = (
    "The council voted to close the pier on Monday.\n\nFollow Harold Venn on Twitter @HVennWrites and Instagram @hvenn."
)


def test_a_network_before_a_handle_is_the_network(nlp) -> None:
    found = [(text, label) for text, label, _ in mentions(nlp, _SIGN_OFF)]
    assert ("Instagram", "ORG") in found
    assert not any("@hvenn" in text for text, _ in found)
    assert ("Harold Venn", "PERSON") in found


def test_a_handle_that_reads_as_a_name_stays_a_person(nlp) -> None:
    text = "The council voted to close the pier on Monday.\n\nFollow Gemma Lusk on Twitter\u00a0@GemmaLusk. Have a tip?"
    found = [(text_, label) for text_, label, _ in mentions(nlp, text)]
    assert ("@GemmaLusk", "PERSON") in found
    assert ("Twitter", "ORG") in found
