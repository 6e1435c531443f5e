"""A country the model runs into the field of a minister's or a secretary's post ('U.S. Treasury Secretary')
names no organisation: the field goes, as it does alone ('Treasury Secretary'), and the country stays a place
(real model).

Our own sentences; an official of the country's treasury keeps it as his affiliation."""

from __future__ import annotations

from entity_support import entities_of

from store.analysis import analyze


def test_the_field_after_a_country_names_no_body(nlp) -> None:
    text = ("PARIS, March 2 - Finance ministers met on Monday, and U.S. Treasury Secretary Jane Roe said the dollar "
            "had fallen far enough.\n")
    found = entities_of(nlp, text)
    assert ("U.S.", "GPE") in found and ("Jane Roe", "PERSON") in found
    assert "U.S. Treasury" not in {name for name, _ in found}


def test_an_official_of_the_treasury_keeps_it(nlp) -> None:
    text = "WASHINGTON, March 2 - A senior U.S. Treasury official said on Monday the dollar had fallen far enough.\n"
    assert [q.affiliation for q in analyze(nlp, text).quotes] == ["U.S. Treasury"]
