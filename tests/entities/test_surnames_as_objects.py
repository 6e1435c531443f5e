"""A surname the model left untagged, of a person the article names in full, is that person also where it stands as
an object or a possessor, or as a subject the model reads as a verb (real model; our own sentences)."""

from __future__ import annotations

from store.analysis import analyze


def surname_mentions(nlp, text: str, surname: str) -> list[str]:
    """The canonical name of each mention written exactly as the surname."""
    return [e.canonical for e in analyze(nlp, text).entities if e.text == surname]


def test_an_object_and_a_possessor_are_the_person_named_before(nlp):
    text = ("Customs officers said on Friday they had arrested Daniel Okonkwo, 41, at the harbour.\n\n"
            "A coast guard patrol spotted Okonkwo late on Tuesday near the pier.\n\n"
            "Okonkwo's boat was towed to the harbour and searched by the officers.")
    found = surname_mentions(nlp, text, "Okonkwo")
    assert len(found) >= 2 and set(found) == {"Daniel Okonkwo"}


def test_a_surname_in_ing_opening_a_sentence_is_the_person(nlp):
    text = ("Police charged Martin Gowling with damage to a parked van on Thursday.\n\n"
            "Gowling threw a stone through the window of the van after an argument.\n\n"
            "Gowling, who has two earlier convictions, is expected to appeal.")
    assert surname_mentions(nlp, text, "Gowling").count("Martin Gowling") >= 2


def test_a_surname_that_is_also_a_country_is_left_to_the_place(nlp):
    text = ("Police charged Martin Jordan with damage to a parked van on Thursday.\n\n"
            "The officers flew the stolen paintings back to Jordan the next morning.")
    assert "Martin Jordan" not in surname_mentions(nlp, text, "Jordan")
