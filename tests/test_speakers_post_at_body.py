"""A post, the body it is held at, then the holder's name run into the cue (real model).

Our own sentences, in the shape of speaker errors read on unseen news: "Chairman of the <committee> <title> <name>,
said" shown as "chairman", "Chief investment officer at <firm> <name> said" as "chief investment officer".
"""

from __future__ import annotations

from quote_support import quote_with


def test_a_post_at_a_body_then_the_name_is_the_person(nlp) -> None:
    q = quote_with(nlp, "Chairman of the Senate Finance Committee Admiral John Baxter, said the plan was sound.",
                   "the plan was sound")
    assert q.speaker == "John Baxter"
    assert q.affiliation == "Senate Finance Committee"


def test_a_post_with_a_body_then_the_name(nlp) -> None:
    q = quote_with(nlp, "Senior analyst with the Perth Weather Bureau Ian Marsh, says the storm will pass tonight.",
                   "the storm will pass tonight")
    assert q.speaker == "Ian Marsh"
    assert q.speaker_role == "Senior analyst"


def test_a_spokesman_for_a_person_is_not_that_person(nlp) -> None:
    text = "The spokesman for Prime Minister Kevin Barnes says the plan was sound."
    assert quote_with(nlp, text, "the plan was sound").speaker != "Kevin Barnes"


def test_an_unnamed_official_at_a_body_stays_unnamed(nlp) -> None:
    text = "An official at the Riverside Nursing Home said the patient was stable."
    assert quote_with(nlp, text, "the patient was stable").speaker != "Nursing Home"


def test_a_relation_of_a_titled_person_is_not_that_person(nlp) -> None:
    text = "The wife of Acme Corp chairman John Smith says the house was sold."
    assert quote_with(nlp, text, "the house was sold").speaker != "John Smith"
