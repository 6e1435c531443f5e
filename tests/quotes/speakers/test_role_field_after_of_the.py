"""A post's field after 'of the' in lower case that names what the post is over, not a body: "<Name>, head of the
rescue operation," and "head of the marine ecology department at <Institute>" keep the field in the role (names
README: the role as the article gives it), where the role read was the bare post. A body after 'of the' ("chairman
of the executive board", "leader of the main opposition party") stays the affiliation's: the post is bare (real
model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_head_of_the_operation_after_the_name(nlp) -> None:
    text = ("Divers reached the flooded cave on Sunday.\n\n"
            "\"The water is still rising,\" said Marta Ruiz, head of the rescue operation.")
    q = quote_with(nlp, text, "The water is still rising")
    assert q.speaker == "Marta Ruiz"
    assert q.speaker_role == "head of the rescue operation"


def test_head_of_a_unit_at_a_body(nlp) -> None:
    text = ("A rare coin was found near the harbour. Sofia Lind, head of the medieval history department at the "
            "Institute of History, said the coin was minted in Bergen.")
    q = quote_with(nlp, text, "the coin was minted in Bergen")
    assert q.speaker == "Sofia Lind"
    assert q.speaker_role == "head of the medieval history department"
    assert q.affiliation == "Institute of History"


def test_a_body_after_of_the_is_no_field(nlp) -> None:
    text = "The vote was close. Jan Berg, leader of the main opposition party, said the bill would fail."
    q = quote_with(nlp, text, "the bill would fail")
    assert q.speaker == "Jan Berg"
    assert q.speaker_role == "leader"
