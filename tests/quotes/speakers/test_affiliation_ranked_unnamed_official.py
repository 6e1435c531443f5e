""""A senior official at <Ministry> said": an unnamed source with a word of rank before the post is tied to the
body after "at", "of" or "for" as "an official at <Ministry>" is; a ranked source tied to no body gets none
(real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_senior_official_at_a_ministry(nlp) -> None:
    text = ("Nurses marched in Tarnow on Monday. A senior official at the Ministry of Labour said the talks "
            "would resume in May.")
    q = quote_with(nlp, text, "the talks would resume in May")
    assert (q.speaker, q.affiliation) == ("senior official", "Ministry of Labour")


def test_a_senior_official_with_no_body_has_none(nlp) -> None:
    text = "Nurses marched in Tarnow on Monday. A senior official said the talks would resume in May."
    q = quote_with(nlp, text, "the talks would resume in May")
    assert q.speaker == "senior official"
    assert q.affiliation is None
