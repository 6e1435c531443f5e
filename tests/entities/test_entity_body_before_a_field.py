"""A body's letters the model runs into the field of its commissioner's post ('EU Farm Commissioner') stay the body,
an organisation, and the field goes into the person's role, as after a country ('U.S. Treasury Secretary'); fields
the portfolio list lacked ('Legal Affairs', 'External Trade', 'Lands') are part of the post, no organisation.
Real model.

Our own sentences in the shape of wire copy."""

from __future__ import annotations

from entity_support import mentions

from store.analysis import analyze


def test_the_letters_before_a_field_stay_the_body(nlp) -> None:
    text = "BRUSSELS, Aug 22 - EU Farm Commissioner Hans Verbeek said on Thursday the ban would stay.\n"
    found = mentions(nlp, text)
    assert ("EU", "ORG") in {(name, label) for name, label, _ in found}
    assert not any(name == "EU Farm" for name, _, _ in found)


def test_fields_the_list_lacked_are_the_posts(nlp) -> None:
    text = ("LUSAKA, Aug 28 - Legal Affairs Minister Peter Banda was sacked, and EC External Trade Commissioner "
            "Willy Claes said the talks would resume.\n")
    found = analyze(nlp, text).entities
    assert not any(e.label == "ORG" and e.text in ("Legal Affairs", "EC External Trade") for e in found)
    assert {e.text: e.role for e in found if e.label == "PERSON"} == {
        "Peter Banda": "Legal Affairs Minister", "Willy Claes": "External Trade Commissioner"}
