""""<Name>, who teaches <field> at <University>," holds a post there: the university is the affiliation, as for
"who works at"; not "who taught" (held once) nor "who studies at" (a student's) (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_who_teaches_at_a_university(nlp) -> None:
    text = "Ken Doyle, who teaches economics at the University of Westport, said the plan would fail."
    q = quote_with(nlp, text, "the plan would fail")
    assert q.speaker == "Ken Doyle"
    assert q.affiliation == "University of Westport"


def test_who_taught_there_once_has_none(nlp) -> None:
    text = "Ken Doyle, who taught economics at the University of Westport, said the plan would fail."
    assert quote_with(nlp, text, "the plan would fail").affiliation is None


def test_who_studies_there_has_none(nlp) -> None:
    text = "Ken Doyle, who studies economics at the University of Westport, said the plan would fail."
    assert quote_with(nlp, text, "the plan would fail").affiliation is None
