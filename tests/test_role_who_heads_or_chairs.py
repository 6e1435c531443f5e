""""<Name>, who heads/chairs <X>,": the verb gives the post ("head", "chair") when held now; a post held once
("who headed … until 2019") gives none (real model).

Our own sentences and names.
"""

from __future__ import annotations

from quote_support import quote_with

_LEAD = "A study by a team at the University of Bergen found more carbon in the soil than expected.\n\n"


def test_who_has_chaired_a_named_cooperative(nlp) -> None:
    text = ("Last week we spoke with Maria Olsen, who has chaired the Westfield Apple Growers' Cooperative since "
            "2015.\n\n\"We lost half the orchard,\" Olsen said.")
    q = quote_with(nlp, text, "We lost half the orchard")
    assert q.speaker == "Maria Olsen"
    assert q.speaker_role == "chair"
    assert q.affiliation == "Westfield Apple Growers' Cooperative"


def test_who_heads_the_universitys_department(nlp) -> None:
    text = _LEAD + "Peter Lund, who heads the university's chemistry department, said the results were clear."
    q = quote_with(nlp, text, "the results were clear")
    assert q.speaker == "Peter Lund"
    assert q.speaker_role == "head"


def test_a_head_held_once_gives_nothing(nlp) -> None:
    text = _LEAD + ("Karin Holm, who headed the university's physics department until 2019, said she was not "
                    "surprised.")
    q = quote_with(nlp, text, "she was not surprised")
    assert q.speaker == "Karin Holm"
    assert q.speaker_role is None
    assert q.affiliation is None
