""""coordinator" is a post: "Its coordinator, <Name>," and "<Body>'s coordinator for <field>, <Name>," give it as the
role, as "Its spokeswoman, <Name>," did (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with


def test_its_coordinator_before_the_name(nlp) -> None:
    text = ("Farmers from the Green Valley Network met in the capital.\n\n"
            "Its coordinator, Rosa Marquez, said the ruling was fair.")
    q = quote_with(nlp, text, "the ruling was fair")
    assert q.speaker == "Rosa Marquez"
    assert q.speaker_role == "coordinator"
    assert q.affiliation == "Green Valley Network"


def test_owners_coordinator_for_a_field(nlp) -> None:
    text = ("The Harbour Council's coordinator for flood defence, Ivo Brandt, said the walls would be raised "
            "next year.")
    q = quote_with(nlp, text, "the walls would be raised")
    assert q.speaker == "Ivo Brandt"
    assert q.speaker_role == "coordinator for flood defence"
