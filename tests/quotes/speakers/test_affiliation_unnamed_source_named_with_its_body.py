""""An official of <Body> said": the unnamed source keeps its name as written ("official of <Body>"), and the
organisation its tie names goes in the affiliation as well, as for "a <Body> official" (names README: the
organisation goes in the affiliation) (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_an_official_of_a_trust_company(nlp) -> None:
    text = ("The bank said on Monday it would sell the unit. An official of the Harbour Trust Company said the sale "
            "was expected.")
    q = quote_with(nlp, text, "the sale was expected")
    assert q.speaker == "official of the Harbour Trust Company"
    assert q.affiliation == "Harbour Trust Company"


def test_said_an_official_of_the_body_after_the_cue(nlp) -> None:
    text = ("The bank said on Monday it would sell the unit. The sale was expected, said an official of the "
            "Harbour Trust Company.")
    q = quote_with(nlp, text, "The sale was expected")
    assert q.affiliation == "Harbour Trust Company"
